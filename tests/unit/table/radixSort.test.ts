/** The radix argsort agrees with a stable comparator sort, including NaN, ±0, ±∞ and ties. */
import { describe, expect, it } from 'vitest';
import { argsortRows } from '../../../src/table/radixSort';
import type { SortKey } from '../../../src/table/radixSort';
import { SeededRandom } from '../../../src/stats/random';

/** Reference: Array.prototype.sort is stable (ES2019); missing last, then key order, then file order. */
function reference(rows: number[], keys: readonly SortKey[]): number[] {
  return [...rows].sort((a, b) => {
    for (const { keys: k, sign } of keys) {
      const x = k[a]!;
      const y = k[b]!;
      if (Number.isNaN(x) || Number.isNaN(y)) {
        if (Number.isNaN(x) && Number.isNaN(y)) continue;
        return Number.isNaN(x) ? 1 : -1;
      }
      if (x !== y) return x < y ? -sign : sign;
    }
    return 0;
  });
}

describe('argsortRows', () => {
  it('orders special values: -∞ < negatives < ±0 < positives < +∞, NaN last', () => {
    const keys = Float64Array.of(3, NaN, -0, Infinity, -2.5, 0, -Infinity, 1e-300, -1e-300);
    const rows = Uint32Array.from(keys.keys());
    expect([...argsortRows(rows.slice(), [{ keys, sign: 1 }])]).toEqual([6, 4, 8, 2, 5, 7, 0, 3, 1]);
    expect([...argsortRows(rows.slice(), [{ keys, sign: -1 }])]).toEqual([3, 0, 7, 2, 5, 8, 4, 6, 1]);
  });

  it('matches a stable comparator sort on random data with ties, two keys and a subset of rows', () => {
    const random = new SeededRandom(42);
    const n = 5000;
    const a = new Float64Array(n);
    const b = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      a[i] = random.next() < 0.05 ? NaN : Math.floor(random.next() * 20) - 10; // many ties
      b[i] = random.next() < 0.05 ? NaN : (random.next() - 0.5) * 1e6;
    }
    const subset = Array.from({ length: n }, (_, i) => i).filter((i) => i % 3 !== 0);
    for (const keys of [
      [{ keys: a, sign: 1 }],
      [
        { keys: a, sign: -1 },
        { keys: b, sign: 1 },
      ],
      [
        { keys: b, sign: -1 },
        { keys: a, sign: 1 },
      ],
    ] as SortKey[][]) {
      expect([...argsortRows(Uint32Array.from(subset), keys)]).toEqual(reference(subset, keys));
    }
  });
});
