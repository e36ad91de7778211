import { describe, expect, it } from 'vitest';
import {
  isFiniteAscending,
  quantileSorted,
  quantiles,
  quantilesSorted,
  quantilesUnsorted,
  sortedFinite,
} from '../../../src/stats/quantiles';
import { orderStatistics } from '../../../src/stats/select';
import { SeededRandom } from '../../../src/stats/random';
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

describe('O(n) selection (fine binning) equals the full sort bit for bit', () => {
  const r = new SeededRandom(8);
  const n = 50_000;
  const cases: Record<string, () => number> = {
    normal: () => r.nextNormal(),
    lognormalHeavyTail: () => Math.exp(3 * r.nextNormal()),
    fewDistinct: () => r.nextInt(5),
    offset1e9: () => 1e9 + r.nextNormal(),
    // Almost everything in one tiny interval plus far outliers: forces several binning rounds.
    outliers: () => (r.next() < 0.001 ? (r.next() < 0.5 ? -1e300 : 1e300) : 1 + r.next() * 1e-12),
    signedZeros: () => (r.next() < 0.5 ? -0 : 0),
    // Measured data with two decimals: one distinct value per fine bin, so ranks are read from the
    // bins' extremes without gathering; and ±0 among one-decimal values (a bin holding −0 and +0
    // must be gathered, as they sort apart).
    sensorTwoDecimals: () => Math.round((20 + 5 * r.nextNormal()) * 100) / 100,
    zerosAmongDecimals: () => (r.next() < 0.3 ? (r.next() < 0.5 ? -0 : 0) : Math.round(r.nextNormal() * 10) / 10),
  };
  const probabilities = [0, 0.001, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 0.999, 1];
  for (const [name, draw] of Object.entries(cases)) {
    it(name, () => {
      const data = Float64Array.from({ length: n }, draw);
      const sorted = data.slice().sort();
      const fast = quantilesUnsorted(data, probabilities);
      const slow = quantilesSorted(sorted, probabilities);
      for (const p of probabilities)
        expect(Object.is(fast[String(p)], slow[String(p)]), `p=${p}: ${fast[String(p)]} vs ${slow[String(p)]}`).toBe(true);
      const ranks = [0, 1, 17, n >> 1, n - 2, n - 1];
      const stats = orderStatistics(data, ranks);
      for (const k of ranks) expect(stats.get(k)).toBe(sorted[k]);
    });
  }

  it('empty input gives null quantiles', () => {
    expect(quantilesUnsorted(new Float64Array(0), [0.5])).toEqual({ '0.5': null });
  });
});

describe('isFiniteAscending', () => {
  it('accepts finite ascending data (ties, −0 before +0) and rejects NaN, ±Infinity, descents and +0 before −0', () => {
    const f = (xs: number[]) => isFiniteAscending(Float64Array.from(xs));
    expect([f([]), f([1, 2, 2, 3]), f([-0, 0])]).toEqual([true, true, true]);
    expect([f([1, NaN, 2]), f([-Infinity, 1]), f([1, Infinity]), f([2, 1]), f([0, -0])]).toEqual([false, false, false, false, false]);
  });
});
