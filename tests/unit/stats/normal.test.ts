import { describe, expect, it } from 'vitest';
import { dagostinoPearson, jarqueBera, kurtosisTestZ, normalFit, normalPdf, skewTestZ } from '../../../src/stats/normal';
import { summarizeMoments } from '../../../src/stats/momentSummary';
import { momentsOf } from '../../../src/stats/moments';
import { expectClose } from '../../helpers/expectClose';

const sk = (x: number[]) => summarizeMoments(momentsOf(x));

describe('normal fit', () => {
  it('normalPdf(0; 0, 1) = 1/√(2π); normalPdf(3; 1, 2) = φ(1)/2', () => {
    expectClose(normalPdf(0, 0, 1), 0.3989422804014327, { rtol: 1e-15 });
    expectClose(normalPdf(3, 1, 2), 0.24197072451914337 / 2, { rtol: 1e-15 });
  });

  it("μ and σ (MLE ÷ n and sample ÷ (n−1)) of [1, 2, 3, 4]; D'Agostino null below n = 8", () => {
    const fit = normalFit([1, 2, 3, 4]);
    expect(fit.mu).toBe(2.5);
    expectClose(fit.sigma, Math.sqrt(1.25), { rtol: 1e-15 });
    expectClose(fit.sigmaSample, Math.sqrt(5 / 3), { rtol: 1e-15 });
    expect(fit.dagostino).toBeNull();
    // JB = n/6·(g1² + g2²/4) = 4/6·(0 + 1.36²/4) = 0.30826...; p = exp(−JB/2)
    expectClose(fit.jarqueBera?.statistic, (4 / 6) * (1.36 ** 2 / 4), { rtol: 1e-14 });
    expectClose(fit.jarqueBera?.pValue, Math.exp(-((4 / 6) * (1.36 ** 2 / 4)) / 2), { rtol: 1e-14 });
  });

  it('skewtest z matches the scipy docstring examples', () => {
    // scipy.stats.skewtest([1, 2, 3, 4, 5, 6, 7, 8]).statistic = 1.0108048609177787: the skewness
    // is 0, and scipy's guard replaces y = 0 by 1 — kept for identical results.
    expectClose(skewTestZ(8, sk([1, 2, 3, 4, 5, 6, 7, 8]).skewness as number), 1.0108048609177787, { rtol: 1e-12 });
    // ([1, …, 7, 8000]) → 3.571773510360407
    expectClose(skewTestZ(8, sk([1, 2, 3, 4, 5, 6, 7, 8000]).skewness as number), 3.571773510360407, { rtol: 1e-12 });
    // ([2, 8, 0, 4, 1, 9, 9, 0]) → 0.44626385374196975
    expectClose(skewTestZ(8, sk([2, 8, 0, 4, 1, 9, 9, 0]).skewness as number), 0.44626385374196975, { rtol: 1e-12 });
  });

  it('kurtosistest z matches the scipy docstring example', () => {
    // scipy.stats.kurtosistest(list(range(20))).statistic = -1.7058104152122062
    const x = Array.from({ length: 20 }, (_, i) => i);
    expectClose(kurtosisTestZ(20, sk(x).kurtosis as number), -1.7058104152122062, { rtol: 1e-12 });
  });

  it('K² is z1² + z2² with p = exp(−K²/2); JB p is the χ²₂ tail', () => {
    const k2 = dagostinoPearson(100, 0.3, 0.5);
    expect(k2).not.toBeNull();
    const z1 = skewTestZ(100, 0.3);
    const z2 = kurtosisTestZ(100, 0.5);
    expectClose(k2?.statistic, z1 * z1 + z2 * z2, { rtol: 1e-15 });
    expectClose(k2?.pValue, Math.exp(-(z1 * z1 + z2 * z2) / 2), { rtol: 1e-15 });
    expect(jarqueBera(1e6, 2, 3).pValue).toBe(0); // far tail underflows to 0, never negative
  });
});
