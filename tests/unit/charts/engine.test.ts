// Aggregation, ranking, binning, LTTB and the local line fit, against hand-computed values.
import { describe, expect, it } from 'vitest';
import { aggregateBy } from '../../../src/charts/aggregate';
import { bin2d } from '../../../src/charts/bin2d';
import { rankCategories } from '../../../src/charts/columns';
import { formatNumber } from '../../../src/charts/format';
import { fitLine } from '../../../src/charts/linearFit';
import { roundDown } from '../../../src/charts/sizeLegend';
import { expectClose } from '../../helpers/expectClose';

// Rows: category a = [0,0,0,1,1,-1,2], value = [1,2,6,10,NaN,99,4]
const a = Int32Array.from([0, 0, 0, 1, 1, -1, 2]);
const v = Float64Array.from([1, 2, 6, 10, NaN, 99, 4]);

describe('aggregateBy', () => {
  it('count counts rows with a category (and a value when values are given)', () => {
    expect(Array.from(aggregateBy({ a, groupsA: 3 }, undefined, 'count').values)).toEqual([3, 2, 1]);
    expect(Array.from(aggregateBy({ a, groupsA: 3 }, v, 'count').values)).toEqual([3, 1, 1]);
  });
  it('sum, mean, min, max skip missing values and missing categories', () => {
    expect(Array.from(aggregateBy({ a, groupsA: 3 }, v, 'sum').values)).toEqual([9, 10, 4]);
    expect(Array.from(aggregateBy({ a, groupsA: 3 }, v, 'mean').values)).toEqual([3, 10, 4]);
    expect(Array.from(aggregateBy({ a, groupsA: 3 }, v, 'min').values)).toEqual([1, 10, 4]);
    expect(Array.from(aggregateBy({ a, groupsA: 3 }, v, 'max').values)).toEqual([6, 10, 4]);
  });
  it('median averages the two middle values for even counts (numpy.median)', () => {
    const codes = Int32Array.from([0, 0, 0, 0, 1, 1, 1]);
    const values = Float64Array.from([4, 1, 3, 2, 9, 7, 8]);
    expect(Array.from(aggregateBy({ a: codes, groupsA: 2 }, values, 'median').values)).toEqual([2.5, 8]);
  });
  it('splits by a second category into cells a + b·groupsA; empty cells are NaN', () => {
    const b = Int32Array.from([0, 1, 1, 0, 1, 0, 1]);
    const out = aggregateBy({ a, groupsA: 3, b, groupsB: 2 }, v, 'sum').values;
    // cell (a,b): (0,0)=1, (1,0)=10, (2,0)=empty, (0,1)=2+6, (1,1)=NaN value only → empty, (2,1)=4
    expect(Array.from(out)).toEqual([1, 10, NaN, 8, NaN, 4]);
  });
});

describe('rankCategories', () => {
  it('keeps the top N by weight and maps the rest to one "other" code', () => {
    const codes = Int32Array.from([0, 1, 2, 3, 1, 2, 2, -1]);
    const counts = Float64Array.from([1, 2, 3, 1]);
    const r = rankCategories(codes, counts, counts, 2);
    expect(r.kept).toEqual([2, 1]);
    expect(r.hasOther).toBe(true);
    expect(Array.from(r.codes)).toEqual([2, 1, 0, 2, 1, 0, 0, -1]);
  });
});

describe('bin2d', () => {
  it('counts points per cell with the maximum in the last bin (numpy.histogram2d)', () => {
    const b = bin2d([0, 1, 2, 2, NaN], [0, 0, 2, 1, 5], 2, 2);
    expect(Array.from(b.xEdges)).toEqual([0, 1, 2]);
    // (0,0)→cell 0; (1,0)→ix 1, iy 0 → 1; (2,2)→(1,1) → 3; (2,1)→ iy = 1 → 3.
    expect(Array.from(b.counts)).toEqual([1, 1, 0, 2]);
    expect(b.total).toBe(4);
  });
});

describe('fitLine', () => {
  it('matches the closed form on a small example', () => {
    // x = 1..4, y = 2,3,5,6: x̄ = 2.5, ȳ = 4, Sxx = 5, Sxy = 7, Syy = 10 → b = 1.4, a = 0.5, R² = 49/50.
    const fit = fitLine([1, 2, 3, 4, NaN], [2, 3, 5, 6, 1])!;
    expectClose(fit.slope, 1.4, { rtol: 1e-12 });
    expectClose(fit.intercept, 0.5, { rtol: 1e-12 });
    expectClose(fit.r2, 0.98, { rtol: 1e-12 });
    expect(fit.n).toBe(4);
  });
  it('is undefined for a constant x', () => {
    expect(fitLine([1, 1, 1], [1, 2, 3])).toBeUndefined();
  });
});

describe('formatNumber', () => {
  it('uses thousands separators, 4 significant digits and an ASCII minus (the bundled font has no U+2212)', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(-0.123456)).toBe('-0.1235');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatNumber(0.00001234)).toBe('1.234e-5');
  });
});

describe('bubble size legend values', () => {
  it('rounds down to one significant digit so the largest reference circle is near the largest value', () => {
    expect(roundDown(47.76)).toBe(40);
    expect(roundDown(47.76 / 4)).toBe(10);
    expect(roundDown(47.76 / 16)).toBe(2);
    expect(roundDown(40)).toBe(40);
    expectClose(roundDown(0.0347), 0.03, { rtol: 1e-12 });
    expect(roundDown(0)).toBe(0);
  });
});
