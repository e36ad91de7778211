import { describe, expect, it } from 'vitest';
import { quantileSorted, quantiles, quantilesSorted, sortedFinite } from '../../../src/stats/quantiles';
import { FitplotError } from '../../../src/table/errors';

describe('quantiles (numpy linear, type 7)', () => {
  it('[1, 2, 3, 4]: q0.25 = 1.75, median 2.5, q0.75 = 3.25 (h = (n−1)·p)', () => {
    expect(quantiles([4, 1, 3, 2], [0, 0.25, 0.5, 0.75, 1])).toEqual({ '0': 1, '0.25': 1.75, '0.5': 2.5, '0.75': 3.25, '1': 4 });
  });

  it('interpolates like numpy: quantile([0, 10], 0.3) = 3, ([1, 2, 3, 4, 5], 0.01) = 1.04', () => {
    expect(quantileSorted([0, 10], 0.3)).toBe(3);
    expect(quantileSorted([1, 2, 3, 4, 5], 0.01)).toBe(1.04);
  });

  it('one value: every quantile is that value; no value: null', () => {
    expect(quantilesSorted([5], [0.01, 0.99])).toEqual({ '0.01': 5, '0.99': 5 });
    expect(quantileSorted([], 0.5)).toBeNull();
  });

  it('drops missing cells, NaN and ±Infinity before sorting', () => {
    expect(Array.from(sortedFinite([3, NaN, -Infinity, 1, 99, Infinity, 2], new Uint8Array([0, 0, 0, 0, 1, 0, 0])))).toEqual([1, 2, 3]);
  });

  it('rejects a probability outside [0, 1] with BAD_OPTION', () => {
    expect(() => quantileSorted([1, 2], 25)).toThrow(FitplotError);
    expect(() => quantileSorted([1, 2], NaN)).toThrow(/between 0 and 1/);
  });
});
