import { describe, expect, it } from 'vitest';
import { binnedColumn, usableExtent } from '../../../src/stats/binnedColumn';
import { momentsOf } from '../../../src/stats/moments';
import { summarizeMoments } from '../../../src/stats/momentSummary';
import { SeededRandom } from '../../../src/stats/random';
import { valueOfRank } from '../../../src/stats/select';
import { sortedFinite } from '../../../src/stats/quantiles';
import { expectClose } from '../../helpers/expectClose';

/** A sensor-like column: one decimal, a drift, ±0, unflagged NaN, ±Infinity and flagged missing cells. */
function sensorColumn(n: number, seed: number): { values: Float64Array; missing: Uint8Array } {
  const r = new SeededRandom(seed);
  const values = new Float64Array(n);
  const missing = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const u = r.next();
    if (u < 0.02) {
      missing[i] = 1;
      values[i] = NaN;
    } else if (u < 0.021) values[i] = NaN;
    else if (u < 0.022) values[i] = u < 0.0215 ? Infinity : -Infinity;
    else if (u < 0.05) values[i] = u < 0.035 ? -0 : 0;
    else values[i] = Math.round((i / 3000 + 8 * r.nextNormal()) * 10) / 10;
  }
  return { values, missing };
}

describe('binnedColumn (one value per fine bin)', () => {
  it('moments equal the streaming moments (1e-12); cell counts exactly', () => {
    const { values, missing } = sensorColumn(30_000, 3);
    const extent = usableExtent(values, missing);
    expect(extent).not.toBeNull();
    if (extent === null) return;
    const binned = binnedColumn(values, missing, extent.min, extent.max);
    expect(binned).not.toBeNull();
    if (binned === null) return;
    const fast = summarizeMoments(binned.moments);
    const slow = summarizeMoments(momentsOf(values, missing));
    for (const key of ['count', 'missing', 'nan', 'posInf', 'negInf', 'min', 'max'] as const) expect(fast[key]).toBe(slow[key]);
    for (const key of [
      'sum',
      'mean',
      'variance',
      'populationVariance',
      'skewness',
      'kurtosis',
      'skewnessCorrected',
      'kurtosisCorrected',
    ] as const) {
      expectClose(fast[key], slow[key], { rtol: 1e-12 }, key);
    }
  });

  it('every rank reads the sorted value from its bin, −0 before +0, bit for bit', () => {
    const { values, missing } = sensorColumn(20_000, 5);
    const extent = usableExtent(values, missing);
    const binned = extent === null ? null : binnedColumn(values, missing, extent.min, extent.max);
    expect(binned).not.toBeNull();
    if (binned === null) return;
    const sorted = sortedFinite(values, missing);
    for (let k = 0; k < sorted.length; k++) {
      if (!Object.is(valueOfRank(binned.fine, k), sorted[k]))
        expect({ k, got: valueOfRank(binned.fine, k) }).toEqual({ k, got: sorted[k] });
    }
  });

  it('continuous data (two values in one bin), and too few values, leave it to the general path', () => {
    const r = new SeededRandom(6);
    const continuous = Float64Array.from({ length: 10_000 }, () => r.nextNormal());
    const extent = usableExtent(continuous);
    expect(extent === null ? 'none' : binnedColumn(continuous, undefined, extent.min, extent.max)).toBeNull();
    const small = Float64Array.from({ length: 1000 }, (_, i) => i % 7);
    expect(binnedColumn(small, undefined, 0, 6)).toBeNull();
  });

  it('a missing cell holding a number (against the table contract) leaves it to the general path', () => {
    const values = Float64Array.from({ length: 5000 }, (_, i) => (i % 50) / 10);
    const missing = new Uint8Array(5000);
    missing[7] = 1; // holds 0.7, not NaN
    expect(binnedColumn(values, missing, 0, 4.9)).toBeNull();
    // Found from the flags, or from the usable count another pass found (4999).
    expect(binnedColumn(values, missing, 0, 4.9, 4999)).toBeNull();
    values[7] = NaN;
    expect(binnedColumn(values, missing, 0, 4.9)?.moments.missing).toBe(1);
  });

  it('usableExtent skips missing, NaN and ±Infinity cells', () => {
    expect(usableExtent([NaN, Infinity, 3, -Infinity, -2, 99], Uint8Array.from([0, 0, 0, 0, 0, 1]))).toEqual({ min: -2, max: 3 });
    expect(usableExtent([NaN, 5], Uint8Array.from([0, 1]))).toBeNull();
  });
});
