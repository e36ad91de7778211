import { describe, expect, it } from 'vitest';
import { gramUpper } from '../../../src/stats/gram';
import { SeededRandom } from '../../../src/stats/random';

describe('gramUpper (blocked Gram kernel)', () => {
  it('equals the plain dot products bit for bit, for every column count from 1 to 11 (full, 2 × 2 and padded tiles)', () => {
    const r = new SeededRandom(21);
    const len = 257;
    for (let p = 1; p <= 11; p++) {
      const cols = Array.from({ length: p }, () => Float64Array.from({ length: len + 3 }, () => r.nextNormal()));
      const out = new Float64Array(p * p).fill(NaN);
      gramUpper(cols, len, out);
      for (let j = 0; j < p; j++) {
        for (let k = 0; k < p; k++) {
          if (j > k) {
            expect(Number.isNaN(out[j * p + k])).toBe(true); // below the diagonal: untouched
            continue;
          }
          // Each sum runs over i in order, as here, so the results are identical.
          let s = 0;
          for (let i = 0; i < len; i++) s += (cols[j] as Float64Array)[i]! * (cols[k] as Float64Array)[i]!;
          expect(out[j * p + k]).toBe(s);
        }
      }
    }
  });
});
