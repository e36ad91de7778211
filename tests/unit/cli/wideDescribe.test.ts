/**
 * Wide files (issue 15): the correlation matrices grow with the square of the column count, so
 * `describe` computes them only for JSON, over the first 100 number columns unless asked
 * (--correlation N|all), and says how many were left out; JSON is written in pieces, identical to
 * JSON.stringify's. Before, 5,000 columns took 1.8 GB and --json failed with "Invalid string length".
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeJson } from '../../../src/cli/jsonStream';
import { runCli } from '../../../src/cli/run';
import { FitplotError } from '../../../src/table/errors';
import { captureIO } from '../../helpers/cliIO';

const dir = mkdtempSync(join(tmpdir(), 'fitplot-wide-'));
const COLUMNS = 105;
/** Column j of row i is i·(j + 1) (+1 on odd rows for j ≥ 1), so every pair correlates and no column is constant. */
const header = Array.from({ length: COLUMNS }, (_, j) => `c${j}`).join(',');
const rows = Array.from({ length: 20 }, (_, i) =>
  Array.from({ length: COLUMNS }, (_, j) => i * (j + 1) + (j > 0 && i % 2 === 1 ? 1 : 0)).join(','),
);
writeFileSync(join(dir, 'wide.csv'), `${header}\n${rows.join('\n')}\n`);

async function describeJson(
  ...flags: string[]
): Promise<{ columns: unknown[]; correlation: { columns: string[]; pearson: unknown[][]; n: unknown[][]; omitted?: number } }> {
  const io = captureIO({ cwd: dir });
  expect(await runCli(['describe', 'wide.csv', '--json', ...flags], io)).toBe(0);
  return JSON.parse(io.out());
}

describe('describe of a wide file', () => {
  it('by default correlates the first 100 number columns and states how many were left out', async () => {
    const out = await describeJson();
    expect(out.columns).toHaveLength(COLUMNS);
    expect(out.correlation.columns).toHaveLength(100);
    expect(out.correlation.pearson).toHaveLength(100);
    expect(out.correlation.omitted).toBe(5);
    expect(out.correlation.pearson[0]?.[0]).toBe(1);
  });

  it('--correlation N and all choose the columns; the other columns are described the same', async () => {
    const three = await describeJson('--correlation', '3');
    expect(three.correlation.columns).toEqual(['c0', 'c1', 'c2']);
    expect(three.correlation.omitted).toBe(102);
    const all = await describeJson('--correlation', 'all');
    expect(all.correlation.columns).toHaveLength(COLUMNS);
    expect(all.correlation.omitted).toBeUndefined();
    expect(all.correlation.pearson.slice(0, 3).map((row) => row.slice(0, 3))).toEqual(three.correlation.pearson);
    expect(all.columns).toEqual(three.columns);
  });

  it('--correlation with a bad value is a usage error', async () => {
    const io = captureIO({ cwd: dir });
    expect(await runCli(['describe', 'wide.csv', '--json', '--correlation', 'some'], io)).toBe(2);
    expect(io.err()).toContain("--correlation takes a whole number of columns or 'all' (got 'some').");
  });
});

describe('writeJson', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes, in pieces', () => {
    const value = {
      a: [1, -0, 1.5e-300, NaN, Infinity, null, 'text "quoted"\n', true],
      empty: { list: [], object: {} },
      skipped: undefined,
      nested: [[1, 2], [{ x: undefined, y: [3] }], []],
      error: new FitplotError({ code: 'TOO_LARGE', key: 'load.tooLarge', params: { n: 1 }, message: 'm' }),
      korean: '온도',
    };
    const pieces: string[] = [];
    writeJson(value, (text) => pieces.push(text));
    expect(pieces.join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('a value larger than 64 KiB of text is written in several pieces', () => {
    const value = { matrix: Array.from({ length: 300 }, (_, i) => Array.from({ length: 300 }, (_, j) => i * j)) };
    const pieces: string[] = [];
    writeJson(value, (text) => pieces.push(text));
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(70 * 1024);
    expect(pieces.join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });
});
