/** Lag-1 autocorrelation by hand, and how missing rows break the chain (autocorrelation.ts). */
import { describe, expect, it } from 'vitest';
import { lag1Autocorrelation } from '../../../src/stats/autocorrelation';
import { makeTable, numberColumn } from '../../../src/table/build';
import { describeTable } from '../../../src/stats/describeTable';

describe('lag1Autocorrelation', () => {
  it('1, 2, 3, 4: deviations ∓1.5, ∓0.5 give (0.75 − 0.25 + 0.75)/5 = 0.25', () => {
    expect(lag1Autocorrelation([1, 2, 3, 4], undefined, 2.5)).toBeCloseTo(0.25, 15);
  });

  it('an alternating signal is −(n−1)/n', () => {
    expect(lag1Autocorrelation([1, -1, 1, -1, 1, -1], undefined, 0)).toBeCloseTo(-5 / 6, 15);
  });

  it('a missing row breaks the chain: no product across it, but its neighbours count in the denominator', () => {
    // Rows 1, 2, (missing), 4, 5 with ȳ = 3: products only (1,2) and (4,5): (−2·−1 + 1·2)/(4+1+1+4).
    const missing = Uint8Array.of(0, 0, 1, 0, 0);
    expect(lag1Autocorrelation([1, 2, Number.NaN, 4, 5], missing, 3)).toBeCloseTo(0.4, 15);
    expect(lag1Autocorrelation([1, 2, Number.POSITIVE_INFINITY, 4, 5], undefined, 3)).toBeCloseTo(0.4, 15);
  });

  it('is null for a constant column, a single value, or no adjacent pair', () => {
    expect(lag1Autocorrelation([7, 7, 7], undefined, 7)).toBeNull();
    expect(lag1Autocorrelation([7], undefined, 7)).toBeNull();
    expect(lag1Autocorrelation([1, 2, 3], Uint8Array.of(0, 1, 0), 2)).toBeNull();
  });

  it('describeTable reports it for number columns', () => {
    const d = describeTable(makeTable([numberColumn('s', [1, 2, 3, 4])]));
    expect(d.columns[0]!.autocorrelation).toBeCloseTo(0.25, 15);
  });
});
