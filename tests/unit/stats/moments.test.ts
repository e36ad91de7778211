import { describe, expect, it } from 'vitest';
import { accumulateMoments, createMoments, mergeMoments, momentsOf } from '../../../src/stats/moments';
import type { MomentAccumulator } from '../../../src/stats/moments';
import { summarizeMoments } from '../../../src/stats/momentSummary';
import { SeededRandom } from '../../../src/stats/random';
import { expectClose } from '../../helpers/expectClose';

const summary = (values: ArrayLike<number>, missing?: Uint8Array) => summarizeMoments(momentsOf(values, missing));

describe('moments: hand-computed', () => {
  it('[1, 2, 3, 4]: mean 2.5, var 5/3, population var 1.25, skew 0, excess kurtosis −1.36', () => {
    const s = summary([1, 2, 3, 4]);
    expect(s.count).toBe(4);
    expect(s.sum).toBe(10);
    expect(s.mean).toBe(2.5);
    expectClose(s.variance, 5 / 3, { rtol: 1e-15 });
    expect(s.populationVariance).toBe(1.25);
    expectClose(s.std, Math.sqrt(5 / 3), { rtol: 1e-15 });
    expect(s.skewness).toBe(0);
    // m4 = 2·(1.5⁴ + 0.5⁴)/4 = 2.5625, m2 = 1.25: m4/m2² = 1.64 → g2 = −1.36
    expectClose(s.kurtosis, -1.36, { rtol: 1e-14 });
    // G2 = (n−1)/((n−2)(n−3))·((n+1)g2 + 6) = 3/2·(5·(−1.36) + 6) = −1.2 (Excel KURT(1,2,3,4))
    expectClose(s.kurtosisCorrected, -1.2, { rtol: 1e-14 });
    expect(s.skewnessCorrected).toBe(0);
    expect(s.min).toBe(1);
    expect(s.max).toBe(4);
  });

  it('[1, 2, 10]: skewness g1 = m3/m2^1.5 and G1 = g1·√(n(n−1))/(n−2)', () => {
    // mean 13/3; deviations −10/3, −7/3, 17/3; m2 = 438/27, m3 = 2548/81 (÷ n)
    const s = summary([1, 2, 10]);
    const m2 = (100 + 49 + 289) / 9 / 3;
    const m3 = (-1000 - 343 + 4913) / 27 / 3;
    const g1 = m3 / Math.pow(m2, 1.5);
    expectClose(s.skewness, g1, { rtol: 1e-14 });
    expectClose(s.skewnessCorrected, (g1 * Math.sqrt(6)) / 1, { rtol: 1e-14 });
    expect(s.kurtosisCorrected).toBeNull(); // needs n > 3
  });
});

describe('moments: edge cases', () => {
  it('all missing: count 0, every statistic null, sum 0', () => {
    const s = summary(new Float64Array([NaN, NaN]), new Uint8Array([1, 1]));
    expect(s).toMatchObject({
      count: 0,
      missing: 2,
      mean: null,
      variance: null,
      populationVariance: null,
      min: null,
      max: null,
      skewness: null,
      sum: 0,
    });
  });

  it('one value: mean is the value, sample variance null, population variance 0', () => {
    const s = summary([7.25]);
    expect(s).toMatchObject({ count: 1, mean: 7.25, variance: null, std: null, populationVariance: 0, skewness: null, kurtosis: null });
  });

  it('constant column: std 0, skewness and kurtosis null (0/0), even at a huge offset', () => {
    for (const c of [3.5, 1e15 + 0.5]) {
      const s = summary(new Float64Array(5000).fill(c));
      expect(s.mean).toBe(c);
      expect(s.std).toBe(0);
      expect(s.skewness).toBeNull();
      expect(s.kurtosisCorrected).toBeNull();
    }
  });

  it('±Infinity and unflagged NaN are counted and excluded from every moment', () => {
    const s = summary([1, Infinity, 2, -Infinity, NaN, 3, Infinity]);
    expect(s).toMatchObject({ count: 3, posInf: 2, negInf: 1, nan: 1, mean: 2, variance: 1, min: 1, max: 3, sum: 6 });
  });

  it('overflowing moments are null, never ±Infinity or NaN', () => {
    const s = summary([-1e308, 0, 1e308]);
    expect(s).toMatchObject({ count: 3, min: -1e308, max: 1e308, sum: 0, variance: null, std: null, skewness: null });
  });

  it('missing cells are skipped whatever value they hold', () => {
    const s = summary([1, 1000, 3], new Uint8Array([0, 1, 0]));
    expect(s).toMatchObject({ count: 2, missing: 1, mean: 2 });
  });

  it('reads Float32Array columns', () => {
    expect(summary(new Float32Array([0.5, 1.5, 2.5])).mean).toBe(1.5);
  });

  it('compensated sum: 1e16 + 1 − 1e16 is 1 (naive summation gives 0)', () => {
    expect(summary([1e16, 1, -1e16]).sum).toBe(1);
  });

  it('huge n: 3 million copies of 0.1 sum to 300000 exactly (the correctly rounded value) with variance 0', () => {
    // Σ = 3e6 · 0.1000000000000000055… = 300000.0000000000167, which rounds to 300000.
    const s = summary(new Float64Array(3_000_000).fill(0.1));
    expect(s.sum).toBe(300000);
    expect(s.mean).toBe(0.1);
    expect(s.variance).toBe(0);
  });

  it('stays accurate at an offset of 1e9 (shifted accumulation)', () => {
    // 1e9 + {1, 2, 3, 4}: var 5/3 exactly as without the offset; naive Σx² would lose it all.
    const s = summary([1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4]);
    expectClose(s.variance, 5 / 3, { rtol: 1e-15 });
    expect(s.skewness).toBe(0);
  });
});

function randomData(n: number, seed: number, offset: number): Float64Array {
  const r = new SeededRandom(seed);
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = offset + Math.exp(r.nextNormal()); // skewed, so M3/M4 matter
  return x;
}

function expectSameSummary(a: MomentAccumulator, b: MomentAccumulator, rtol: number): void {
  const sa = summarizeMoments(a);
  const sb = summarizeMoments(b);
  expect(sa.count).toBe(sb.count);
  expect(sa.min).toBe(sb.min);
  expect(sa.max).toBe(sb.max);
  for (const key of [
    'mean',
    'sum',
    'variance',
    'populationVariance',
    'skewness',
    'kurtosis',
    'skewnessCorrected',
    'kurtosisCorrected',
  ] as const) {
    expectClose(sa[key], sb[key], { rtol }, key);
  }
}

describe('moments: merging', () => {
  it('merging arbitrary splits equals accumulating the whole (to 1e-12 relative)', () => {
    const r = new SeededRandom(11);
    for (const offset of [0, 1e9, -3e12]) {
      const x = randomData(20_000, 5, offset);
      const missing = new Uint8Array(x.length);
      for (let i = 0; i < x.length; i += 37) missing[i] = 1;
      const whole = momentsOf(x, missing);
      for (let trial = 0; trial < 10; trial++) {
        const cuts = [0, ...Array.from({ length: 1 + r.nextInt(8) }, () => r.nextInt(x.length)).sort((a, b) => a - b), x.length];
        const parts = cuts.slice(1).map((end, i) => accumulateMoments(createMoments(), x, missing, cuts[i], end));
        // Merge in a random tree order, not only left to right.
        while (parts.length > 1) {
          const i = r.nextInt(parts.length - 1);
          parts.splice(i, 2, mergeMoments(parts[i] as MomentAccumulator, parts[i + 1] as MomentAccumulator));
        }
        expectSameSummary(parts[0] as MomentAccumulator, whole, 1e-12);
        expect((parts[0] as MomentAccumulator).missing).toBe(whole.missing);
      }
    }
  });

  it('merging with an empty accumulator is the identity, on either side', () => {
    const whole = momentsOf(randomData(1000, 3, 10));
    expectSameSummary(mergeMoments(createMoments(), whole), whole, 0);
    expectSameSummary(mergeMoments(whole, createMoments()), whole, 0);
  });

  it('accumulators with different shifts (chunks far apart) merge exactly', () => {
    const a = momentsOf([1e12 + 1, 1e12 + 2]);
    const b = momentsOf([-5, -6]);
    const merged = summarizeMoments(mergeMoments(a, b));
    const direct = summary([1e12 + 1, 1e12 + 2, -5, -6]);
    expectClose(merged.mean, direct.mean, { rtol: 1e-15 });
    expectClose(merged.variance, direct.variance, { rtol: 1e-14 });
  });
});
