/**
 * The chart registry is the one place a chart type is declared: every registered kind has a spec,
 * a builder that buildChart dispatches to, and CLI flags for its required columns, and
 * `fitplot chart <kind>` writes an SVG for each. (Its labels: tests/renderer/chartSpecLabels.test.ts.)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildChart } from '../../../src/charts/build';
import { applyLook } from '../../../src/charts/look';
import { CHART_KINDS, CHART_SPECS, CHART_TYPES, chartType } from '../../../src/charts/registry';
import type { ChartSettings } from '../../../src/charts/settings';
import type { RoleSpec } from '../../../src/charts/spec';
import type { ColumnType } from '../../../src/table/types';
import { categoryColumn, makeTable, numberColumn } from '../../../src/table/build';
import { runCli } from '../../../src/cli/run';
import { captureIO } from '../../helpers/cliIO';

const dir = mkdtempSync(join(tmpdir(), 'fitplot-registry-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COLUMNS: Partial<Record<ColumnType, readonly string[]>> = { number: ['a', 'b', 'w'], category: ['cat'] };
const a = [3, 1, 4, 1, 5, 9, 2, 6];
const b = [2, 7, 1, 8, 2, 8, 1, 8];
const w = [1, 2, 3, 4, 5, 6, 7, 8];
const cat = ['p', 'q', 'p', 'r', 'q', 'p', 'r', 'p'];
writeFileSync(join(dir, 'data.csv'), ['a,b,w,cat', ...a.map((_, i) => `${a[i]},${b[i]},${w[i]},${cat[i]}`)].join('\n'));
const table = makeTable([numberColumn('a', a), numberColumn('b', b), numberColumn('w', w), categoryColumn('cat', cat)]);

/** A distinct column of a fitting type for each required role (its first accepted type the file has). */
function requiredColumns(roles: readonly RoleSpec[]): Record<string, string> {
  const used = new Set<string>();
  const chosen: Record<string, string> = {};
  for (const role of roles.filter((r) => r.required)) {
    const name = role.types.flatMap((type) => COLUMNS[type] ?? []).find((n) => !used.has(n))!;
    used.add(name);
    chosen[role.key] = name;
  }
  return chosen;
}

describe('chart registry', () => {
  it('lists every kind once, each with its own spec', () => {
    expect(CHART_KINDS).toEqual(['scatter', 'bar', 'pie', 'bubble', 'histogram', 'line', 'box', 'heatmap']);
    for (const kind of CHART_KINDS) {
      expect(CHART_TYPES[kind].spec.kind).toBe(kind);
      expect(CHART_SPECS[kind]).toBe(CHART_TYPES[kind].spec);
      expect(chartType(kind)).toBe(CHART_TYPES[kind]);
    }
    expect(chartType('radar')).toBeUndefined();
    expect(chartType('toString')).toBeUndefined();
  });

  it.each(CHART_KINDS)('buildChart draws a %s with its registered builder', (kind) => {
    const { roles } = CHART_SPECS[kind];
    const columns = Object.entries(requiredColumns(roles)).map(([key, name]) => [
      key,
      roles.find((r) => r.key === key)!.multiple ? [name] : name,
    ]);
    const settings = { kind, ...Object.fromEntries(columns) } as ChartSettings;
    const option = buildChart(table, settings);
    expect(option).toEqual(applyLook(chartType(kind)!.build(table, settings), settings));
    expect(Array.isArray(option.series) ? option.series.length : 0).toBeGreaterThan(0);
  });

  it.each(CHART_KINDS)('gives every required %s column a CLI flag of its name, and lists every flag in --help', (kind) => {
    const { spec, cli } = CHART_TYPES[kind];
    expect(spec.roles.filter((r) => r.required && !cli.flags[r.key]).map((r) => r.key)).toEqual([]);
    expect(Object.keys(cli.flags).filter((name) => !new RegExp(`--${name}\\b`).test(cli.usage))).toEqual([]);
  });

  it.each(CHART_KINDS)('fitplot chart %s writes an SVG', async (kind) => {
    const flags = Object.entries(requiredColumns(CHART_SPECS[kind].roles)).flatMap(([key, column]) => [`--${key}`, column]);
    const io = captureIO({ cwd: dir });
    const code = await runCli(['chart', kind, 'data.csv', ...flags, '--out', `${kind}.svg`], io);
    expect(io.err()).toContain(`Wrote ${kind}.svg (${kind}, 900×560)`);
    expect(code).toBe(0);
    const svg = readFileSync(join(dir, `${kind}.svg`), 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('</svg>');
  });
});
