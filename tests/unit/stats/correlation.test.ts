import { describe, expect, it } from 'vitest';
import {
  accumulateCorrelation,
  createCorrelation,
  mergeCorrelation,
  pearsonFromAccumulator,
  pearsonMatrix,
  sampledMean,
} from '../../../src/stats/correlation';
import type { CorrelationAccumulator, NumericInput } from '../../../src/stats/correlation';
import { averageRanks } from '../../../src/stats/rank';
import { SeededRandom } from '../../../src/stats/random';
import { spearmanMatrix } from '../../../src/stats/spearman';
import { numberColumn } from '../../../src/table/build';
import { expectClose } from '../../helpers/expectClose';

describe('Pearson (pairwise-complete)', () => {
  it('exact linear relations give ±1; the diagonal is 1; a constant column gives null', () => {
    const x = numberColumn('x', [1, 2, 3, 4, 5]);
    const y = numberColumn('y', [10, 8, 6, 4, 2]);
    const c = numberColumn('c', [7, 7, 7, 7, 7]);
    const { pearson, n } = pearsonMatrix([x, y, c]);
    expect(pearson).toEqual([
      [1, -1, null],
      [-1, 1, null],
      [null, null, null],
    ]);
    expect(n[0]).toEqual([5, 5, 5]);
  });

  it('uses only the rows where both values are present, and reports n per pair', () => {
    // Pair (x, y) uses rows 0, 1, 3: x = 1, 2, 4 and y = 1, 3, 2 → r = 0.5 (hand-computed:
    // dx = −4/3, −1/3, 5/3; dy = −1, 1, 0; Σdxdy = 1, Σdx² = 42/9, Σdy² = 2 → 1/√(84/9)).
    const x = numberColumn('x', [1, 2, null, 4, 5]);
    const y = numberColumn('y', [1, 3, 9, 2, null]);
    const { pearson, n } = pearsonMatrix([x, y]);
    expect(n).toEqual([
      [4, 3],
      [3, 4],
    ]);
    expectClose(pearson[0]?.[1], 1 / Math.sqrt(84 / 9), { rtol: 1e-15 });
  });

  it('fewer than 2 common rows → null', () => {
    const { pearson } = pearsonMatrix([numberColumn('a', [1, null, 3]), numberColumn('b', [null, 2, 5])]);
    expect(pearson[0]?.[1]).toBeNull();
  });

  it('merging accumulators of arbitrary row splits equals the whole (1e-12)', () => {
    const r = new SeededRandom(9);
    const length = 10_000;
    const shared = Float64Array.from({ length }, () => r.nextNormal());
    // Correlated columns at very different offsets, with 0 %, 5 % and 10 % missing.
    const columns: NumericInput[] = [0, 1e9, -42].map((offset, j) => {
      const values = new Float64Array(length);
      const missing = new Uint8Array(length);
      for (let i = 0; i < length; i++) {
        values[i] = offset + (shared[i] as number) * (j + 1) * 0.4 + r.nextNormal();
        if (r.next() < 0.05 * j) missing[i] = 1;
      }
      return { values, missing };
    });
    const whole = pearsonFromAccumulator(accumulateCorrelation(createCorrelation(3), columns));
    for (let trial = 0; trial < 5; trial++) {
      const cuts = [0, ...Array.from({ length: 4 }, () => r.nextInt(length)).sort((a, b) => a - b), length];
      const parts = cuts.slice(1).map((end, i) => accumulateCorrelation(createCorrelation(3), columns, cuts[i], end));
      const merged = parts.reduceRight((acc, part) => mergeCorrelation(part, acc));
      const result = pearsonFromAccumulator(merged as CorrelationAccumulator);
      expect(result.n).toEqual(whole.n);
      for (let j = 0; j < 3; j++) expectClose(result.pearson[j] as number[], whole.pearson[j] as number[], { rtol: 1e-12 });
    }
  });

  it("records each column's usable extremes, also across merges; sampledMean is a usable shift", () => {
    const a: NumericInput = { values: Float64Array.from([5, NaN, -2, Infinity, 7, 100]), missing: Uint8Array.from([0, 0, 0, 0, 0, 1]) };
    const b: NumericInput = { values: Float64Array.from([1, 2, 3, 4, 5, 6]) };
    const whole = accumulateCorrelation(createCorrelation(2), [a, b]);
    expect(Array.from(whole.min)).toEqual([-2, 1]);
    expect(Array.from(whole.max)).toEqual([7, 6]);
    const merged = mergeCorrelation(
      accumulateCorrelation(createCorrelation(2), [a, b], 0, 3),
      accumulateCorrelation(createCorrelation(2), [a, b], 3, 6),
    );
    expect(Array.from(merged.min)).toEqual([-2, 1]);
    expect(Array.from(merged.max)).toEqual([7, 6]);
    // Usable values 5, −2, 7 (NaN, Infinity and the flagged 100 are skipped).
    expect(sampledMean(a)).toBeCloseTo(10 / 3, 14);
    expect(Number.isNaN(sampledMean({ values: [NaN, Infinity] }))).toBe(true);
  });

  it('given shifts (near the means, or far from the data) change nothing beyond 1e-12', () => {
    // Two drifting columns (1e9 + i/10 + noise, and −3 + i/1000 + noise), 3 % missing:
    // shifts at the means take the one-pass path; shifts of 0 (9 orders of magnitude from the
    // data) force the second centring pass in every block.
    const r = new SeededRandom(4);
    const length = 9000;
    const noise = Float64Array.from({ length }, () => r.nextNormal());
    const a = Float64Array.from({ length }, (_, i) => 1e9 + i / 10 + (noise[i] as number));
    const b = Float64Array.from({ length }, (_, i) => -3 + i / 1000 + 0.5 * (noise[i] as number) + r.nextNormal());
    const missing = Uint8Array.from({ length }, () => (r.next() < 0.03 ? 1 : 0));
    const columns: NumericInput[] = [{ values: a, missing }, { values: b }];
    const reference = pearsonMatrix(columns);
    for (const shifts of [
      [1e9 + 450, -3],
      [0, 0],
    ]) {
      const shifted = pearsonMatrix(columns, shifts);
      expect(shifted.n).toEqual(reference.n);
      for (let j = 0; j < 2; j++) expectClose(shifted.pearson[j] as number[], reference.pearson[j] as number[], { rtol: 1e-12 });
    }
  });
});

describe('Spearman', () => {
  it('average ranks for ties (scipy.stats.rankdata default)', () => {
    expect(Array.from(averageRanks([10, 20, 20, 30, 20, -1]))).toEqual([2, 4, 4, 6, 4, 1]);
  });

  it('a monotone but non-linear relation has Spearman 1 (Pearson below 1)', () => {
    const x = numberColumn('x', [1, 2, 3, 4, 5, 6]);
    const y = numberColumn('y', [1, 8, 27, 64, 125, 216]);
    expect(spearmanMatrix([x, y]).pearson[0]?.[1]).toBe(1);
    expect(pearsonMatrix([x, y]).pearson[0]?.[1]).toBeLessThan(0.99);
  });

  it('ranks each pair over its common rows only', () => {
    // Without row 2 the pair is perfectly increasing; the missing y there must not count.
    const x = numberColumn('x', [1, 2, 100, 3]);
    const y = numberColumn('y', [5, 6, null, 7]);
    const s = spearmanMatrix([x, y]);
    expect(s.pearson[0]?.[1]).toBe(1);
    expect(s.n[0]?.[1]).toBe(3);
  });

  it('equals re-ranking the common rows of each pair from scratch (ties, missing, ±Infinity)', () => {
    const r = new SeededRandom(21);
    const length = 3000;
    const columns: NumericInput[] = [0, 0.02, 0.1, 0.3].map((missingRate) => {
      const values = Float64Array.from({ length }, () => r.nextInt(40) - 20);
      const missing = new Uint8Array(length);
      for (let i = 0; i < length; i++) if (r.next() < missingRate) missing[i] = 1;
      return { values, missing };
    });
    (columns[1] as { values: Float64Array }).values[7] = Infinity;
    const fast = spearmanMatrix(columns);
    for (let j = 0; j < columns.length; j++) {
      for (let k = 0; k < columns.length; k++) {
        const cj = columns[j] as NumericInput;
        const ck = columns[k] as NumericInput;
        const rows = Array.from({ length }, (_, i) => i).filter(
          (i) =>
            cj.missing?.[i] !== 1 &&
            ck.missing?.[i] !== 1 &&
            Number.isFinite(cj.values[i] as number) &&
            Number.isFinite(ck.values[i] as number),
        );
        const x = averageRanks(rows.map((i) => cj.values[i] as number));
        const y = averageRanks(rows.map((i) => ck.values[i] as number));
        const expected = pearsonMatrix([{ values: x }, { values: y }]).pearson[0]?.[1] ?? null;
        expect(fast.n[j]?.[k]).toBe(rows.length);
        expectClose(fast.pearson[j]?.[k], expected, { rtol: 1e-13 }, `spearman[${j}][${k}]`);
      }
    }
  });
});
