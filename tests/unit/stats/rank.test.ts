import { describe, expect, it } from 'vitest';
import { sortedOrder } from '../../../src/table/radixSort';
import { averageRanks, rankInto } from '../../../src/stats/rank';
import { SeededRandom } from '../../../src/stats/random';

describe('radix argsort', () => {
  it('orders like a stable numeric sort across signs, zeros, ties, subnormals and extremes (−0 and +0 tie)', () => {
    const r = new SeededRandom(4);
    const special = [0, -0, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, 1, 1, -1, 1e-300, -1e300];
    const x = Float64Array.from({ length: 20_000 }, (_, i) =>
      i < special.length ? (special[i] as number) : (Math.round(r.nextNormal() * 50) / 4) * 10 ** r.nextInt(5),
    );
    const order = sortedOrder(x);
    const viaOrder = Float64Array.from(order, (i) => x[i] as number);
    // Array.prototype.sort is stable, and its comparator ties −0 and +0 as the radix keys do.
    const reference = Array.from(x).sort((a, b) => a - b);
    expect(viaOrder.every((v, i) => Object.is(v, reference[i]))).toBe(true);
    expect(order.indexOf(0)).toBeLessThan(order.indexOf(1)); // +0 (row 0) and −0 (row 1) tie: row order kept
    // Stable: equal values keep their row order.
    for (let k = 1; k < order.length; k++) {
      if (x[order[k] as number] === x[order[k - 1] as number]) expect(order[k] as number).toBeGreaterThan(order[k - 1] as number);
    }
  });

  it('handles empty and one-element arrays', () => {
    expect(Array.from(sortedOrder(new Float64Array(0)))).toEqual([]);
    expect(Array.from(sortedOrder(new Float64Array([3])))).toEqual([0]);
  });
});

describe('average ranks', () => {
  it('ties share the mean position (scipy.stats.rankdata([10, 20, 20, 30, 20, -1]))', () => {
    expect(Array.from(averageRanks([10, 20, 20, 30, 20, -1]))).toEqual([2, 4, 4, 6, 4, 1]);
  });

  it('skipped rows are left out of the ranking', () => {
    const values = new Float64Array([5, 1, 5, 3, 2]);
    const out = new Float64Array(5).fill(-1);
    const ranked = rankInto(values, sortedOrder(values), new Uint8Array([0, 1, 0, 0, 1]), out);
    expect(ranked).toBe(3);
    expect(Array.from(out)).toEqual([2.5, -1, 2.5, 1, -1]);
  });
});
