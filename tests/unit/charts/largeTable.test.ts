// A 10,000,000-row table gives options of bounded size: density bins, LTTB and aggregation do
// the work in the engine. Wall time is only sanity-checked (the machine is shared); the measured
// times are printed for the report.
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../../src/charts/build';
import type { ChartSettings } from '../../../src/charts/settings';
import type { DictionaryColumn, NumberColumn, Table } from '../../../src/table/types';
import { countValues } from './optionHelpers';

const ROWS = 10_000_000;

function bigTable(): Table {
  const x = new Float64Array(ROWS);
  const y = new Float64Array(ROWS);
  const codes = new Int32Array(ROWS);
  // Deterministic, cheap pseudo-noise (a linear congruential sequence), no Math.random.
  let s = 12345;
  for (let i = 0; i < ROWS; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const u = s / 4294967296;
    x[i] = i / 1000;
    y[i] = Math.sin(i / 50_000) * 10 + u * 4;
    codes[i] = s % 50;
  }
  const missing = new Uint8Array(ROWS);
  const num = (name: string, values: Float64Array): NumberColumn => ({
    name,
    type: 'number',
    length: ROWS,
    values,
    missing,
    invalidCount: 0,
  });
  const cat: DictionaryColumn = {
    name: 'site',
    type: 'category',
    length: ROWS,
    codes,
    dictionary: Array.from({ length: 50 }, (_, k) => `site ${k}`),
    missing,
    invalidCount: 0,
  };
  return { columns: [num('x', x), num('y', y), cat], rowCount: ROWS };
}

describe('10,000,000 rows', () => {
  const table = bigTable();
  const cases: [ChartSettings, number][] = [
    [{ kind: 'scatter', x: 'x', y: 'y', trendLine: true }, 100_000],
    [{ kind: 'line', x: 'x', y: ['y'] }, 10_000],
    [{ kind: 'bar', x: 'site', y: 'y', agg: 'mean' }, 1_000],
    [{ kind: 'histogram', x: 'y' }, 5_000],
  ];
  for (const [settings, bound] of cases) {
    it(`${settings.kind}: at most ${bound.toLocaleString('en')} values in the option`, () => {
      const started = performance.now();
      const option = buildChart(table, settings);
      const ms = performance.now() - started;
      const values = countValues(option);
      console.log(`10M-row ${settings.kind}: ${Math.round(ms)} ms, ${values} values, ${JSON.stringify(option).length} bytes of JSON`);
      expect(values).toBeLessThan(bound);
      // Ten million points are drawn as density, never as ten million markers.
      if (settings.kind === 'scatter') expect((option.series as { type: string }[])[0]!.type).toBe('heatmap');
      expect(ms).toBeLessThan(60_000);
    });
  }
});
