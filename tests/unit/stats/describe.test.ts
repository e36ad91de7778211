import { describe, expect, it } from 'vitest';
import { describeTable } from '../../../src/stats/describeTable';
import { accumulateHistogram } from '../../../src/stats/histogram';
import { quantilesSorted, sortedFinite } from '../../../src/stats/quantiles';
import { SeededRandom } from '../../../src/stats/random';
import { booleanColumn, categoryColumn, datetimeColumn, makeTable, numberColumn, textColumn } from '../../../src/table/build';
import type { NumberColumn } from '../../../src/table/types';
import { FitplotError } from '../../../src/table/errors';
import { expectClose } from '../../helpers/expectClose';

const t0 = Date.UTC(2026, 2, 1);

function sampleTable() {
  return makeTable([
    numberColumn('x', [1, 2, 3, 4, null]),
    numberColumn('y', [2, 4, 6, 8, 10]),
    numberColumn('empty', [null, null, null, null, null]),
    categoryColumn('line', ['A', 'B', 'A', null, 'A']),
    booleanColumn('ok', [true, true, false, true, null]),
    textColumn('note', ['a', 'b', 'c', 'd', 'e']),
    datetimeColumn('t', [t0, t0 + 1000, t0 + 2000, t0 + 3000, t0 + 60_000]),
  ]);
}

/** Every number in the output is finite or null: JSON.stringify would turn NaN into null silently. */
function assertNoNonFinite(value: unknown, path = '$'): void {
  if (typeof value === 'number') expect(Number.isFinite(value), path).toBe(true);
  else if (Array.isArray(value)) value.forEach((v, i) => assertNoNonFinite(v, `${path}[${i}]`));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) assertNoNonFinite(v, `${path}.${k}`);
}

describe('describeTable', () => {
  it('number column: the hand-computed statistics of [1, 2, 3, 4] with one missing', () => {
    const d = describeTable(sampleTable());
    const x = d.columns[0];
    expect(x).toMatchObject({
      name: 'x',
      type: 'number',
      count: 4,
      missing: 1,
      invalid: 0,
      nan: 0,
      infinite: 0,
      mean: 2.5,
      sum: 10,
      min: 1,
      max: 4,
      populationVariance: 1.25,
    });
    expectClose(x?.variance, 5 / 3, { rtol: 1e-15 });
    // numpy.quantile([1, 2, 3, 4], p), bit for bit (numpy's lerp rounds 3.85 to 3.8499999999999996).
    expect(x?.quantiles).toEqual({
      '0.01': 1.03,
      '0.05': 1.15,
      '0.25': 1.75,
      '0.5': 2.5,
      '0.75': 3.25,
      '0.95': 3.8499999999999996,
      '0.99': 3.9699999999999998,
    });
    expect(x?.iqr).toBe(1.5);
    expect(x?.skewness).toBe(0);
    expectClose(x?.kurtosis, -1.36, { rtol: 1e-14 });
    expectClose(x?.kurtosisCorrected, -1.2, { rtol: 1e-14 });
    expect(x?.histogram?.counts.reduce((a, b) => a + b, 0)).toBe(4);
    expect(x?.normal?.mu).toBe(2.5);
    expect(x?.normal?.dagostino).toBeNull();
    expect(x?.top).toBeNull();
  });

  it('all-missing number column: counts, and null everywhere else', () => {
    const e = describeTable(sampleTable()).columns[2];
    expect(e).toMatchObject({ count: 0, missing: 5, mean: null, std: null, min: null, histogram: null, normal: null, iqr: null });
    expect(e?.quantiles?.['0.5']).toBeNull();
  });

  it('category, boolean and text columns: top, distinct, mode', () => {
    const [, , , line, ok, note] = describeTable(sampleTable(), { topK: 1 }).columns;
    expect(line).toMatchObject({
      type: 'category',
      count: 4,
      missing: 1,
      distinct: 2,
      mode: 'A',
      top: [{ value: 'A', count: 3 }],
      otherCount: 1,
      mean: null,
    });
    expect(ok).toMatchObject({ type: 'boolean', count: 4, missing: 1, distinct: 2, mode: true });
    expect(note).toMatchObject({ type: 'text', distinct: 5, mode: 'a', otherCount: 4 });
  });

  it('datetime column: min/max as epoch ms and the datetime block', () => {
    const t = describeTable(sampleTable()).columns[6];
    expect(t).toMatchObject({ type: 'datetime', count: 5, min: t0, max: t0 + 60_000, mean: null });
    expect(t?.datetime).toMatchObject({ span: 60_000, medianInterval: 1000, gapCount: 1 });
    expect(t?.quantiles?.['0.5']).toBe(t0 + 2000);
    expect(t?.quantiles?.['0.25']).toBe(t0 + 1000);
  });

  it('datetime column: the same summary whether complete and in file order, shuffled, or with missing cells', () => {
    // Repeated instants, a 10-minute gap and one of 30 minutes; hand-checked: 6 distinct instants,
    // intervals 60, 60, 600, 60, 1800 s → median 60 s, gaps (> 300 s) longest first.
    const times = [0, 0, 60, 120, 120, 720, 780, 2580].map((s) => t0 + s * 1000);
    const inOrder = describeTable(makeTable([datetimeColumn('t', times)])).columns[0];
    const shuffled = describeTable(
      makeTable([datetimeColumn('t', [times[5], times[0], times[7], times[2], times[1], times[6], times[4], times[3]] as number[])]),
    ).columns[0];
    const withMissing = describeTable(makeTable([datetimeColumn('t', [null, ...times, null])])).columns[0];
    expect(inOrder?.datetime).toMatchObject({ distinct: 6, medianInterval: 60_000, gapCount: 2 });
    expect(inOrder?.datetime?.gaps.map((g) => [g.start - t0, g.end - t0])).toEqual([
      [780_000, 2_580_000],
      [120_000, 720_000],
    ]);
    expect(inOrder?.quantiles?.['0.5']).toBe(t0 + 120_000);
    expect(shuffled?.datetime).toEqual(inOrder?.datetime);
    expect(shuffled?.quantiles).toEqual(inOrder?.quantiles);
    expect(withMissing?.datetime).toEqual(inOrder?.datetime);
    expect(withMissing?.quantiles).toEqual(inOrder?.quantiles);
  });

  it('correlation over the number columns, pairwise-complete, with n; Spearman on request', () => {
    const d = describeTable(sampleTable(), { spearman: true });
    expect(d.correlation.columns).toEqual(['x', 'y', 'empty']);
    expect(d.correlation.pearson[0]).toEqual([1, 1, null]);
    expect(d.correlation.n[0]).toEqual([4, 4, 0]);
    expect(d.correlation.spearman?.[0]).toEqual([1, 1, null]);
    expect(describeTable(sampleTable()).correlation.spearman).toBeUndefined();
  });

  it('states its conventions and emits no NaN or Infinity anywhere', () => {
    const d = describeTable(sampleTable(), { spearman: true });
    expect(d.rows).toBe(5);
    expect(d.conventions.quantileMethod).toBe('linear (numpy default, type 7)');
    expect(d.conventions.skewness).toMatch(/bias=True/);
    assertNoNonFinite(d);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it('±Infinity and unflagged NaN are counted, not used', () => {
    const values = new Float64Array([1, Infinity, 3, NaN, -Infinity]);
    const column: NumberColumn = { name: 'v', type: 'number', length: 5, values, missing: new Uint8Array(5), invalidCount: 0 };
    const v = describeTable(makeTable([column])).columns[0];
    expect(v).toMatchObject({ count: 2, nan: 1, infinite: 2, mean: 2, max: 3 });
    assertNoNonFinite(v);
  });

  it('options: quantiles, bins; bad options are BAD_OPTION errors', () => {
    const table = makeTable([
      numberColumn(
        'x',
        Array.from({ length: 101 }, (_, i) => i),
      ),
    ]);
    const d = describeTable(table, { quantiles: [0.1, 0.9], bins: 4 });
    expect(d.columns[0]?.quantiles).toEqual({ '0.1': 10, '0.9': 90 });
    expect(d.columns[0]?.iqr).toBe(50);
    expect(d.columns[0]?.histogram?.edges).toEqual([0, 20, 40, 60, 80, 100]);
    for (const bad of [{ quantiles: [1.5] }, { bins: 0 }, { topK: -1 }, { gapFactor: 0 }]) {
      expect(() => describeTable(table, bad)).toThrow(FitplotError);
    }
  });

  it('large columns: quantiles and histogram equal the sort and the per-value count (discrete, continuous, given bins)', () => {
    // Fine-bin shortcuts (select.ts, histogram.ts) must not change a single count or bit.
    const r = new SeededRandom(12);
    const n = 40_000;
    const sensor = Array.from({ length: n }, () => (r.next() < 0.02 ? null : Math.round((60 + 8 * r.nextNormal()) * 10) / 10));
    const continuous = Array.from({ length: n }, () => (r.next() < 0.02 ? null : Math.exp(r.nextNormal())));
    for (const [values, options] of [
      [sensor, {}],
      [continuous, {}],
      [sensor, { bins: 37 }],
      [continuous, { bins: 500 }],
    ] as const) {
      const column = numberColumn('x', values);
      const d = describeTable(makeTable([column]), { ...options, quantiles: [0.01, 0.5, 0.9] }).columns[0];
      const sorted = sortedFinite(column.values, column.missing);
      const expected = quantilesSorted(sorted, [0.01, 0.5, 0.9]);
      for (const p of ['0.01', '0.5', '0.9']) expect(d?.quantiles?.[p]).toBe(expected[p]);
      const edges = d?.histogram?.edges ?? [];
      expect(edges.length).toBeGreaterThan(2);
      expect(d?.histogram?.counts).toEqual(
        Array.from(accumulateHistogram(new Float64Array(edges.length - 1), edges, column.values, column.missing)),
      );
    }
  });
});
