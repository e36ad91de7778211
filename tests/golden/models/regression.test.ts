/**
 * Linear models on scikit-learn's diabetes data against statsmodels OLS and sklearn Ridge / Lasso /
 * ElasticNet (fixtures/diabetes.json, made by generate_models.py). Closed forms to 1e-6 relative;
 * coordinate descent by objective value (1e-9 relative) and coefficients (1e-5 absolute on a
 * coefficient scale of ~500).
 */
import { describe, expect, it } from 'vitest';
import { matrix } from '../../../src/linalg';
import { LinearRegression } from '../../../src/models/LinearRegression';
import { Ridge } from '../../../src/models/Ridge';
import { ElasticNet, Lasso } from '../../../src/models/ElasticNet';
import { GradientDescentRegressor } from '../../../src/models/GradientDescentRegressor';
import { expectClose } from '../../helpers/expectClose';
import { loadFixture, toMatrix } from './loadFixture';

interface Diabetes {
  X: number[][];
  Xscaled: number[][];
  y: number[];
  ols: {
    params: number[];
    bse: number[];
    tvalues: number[];
    pvalues: number[];
    confInt: number[][];
    rsquared: number;
    rsquaredAdj: number;
    fvalue: number;
    fPvalue: number;
    mse: number;
    rmse: number;
    mae: number;
    mseResid: number;
    dfResid: number;
  };
  ridge: { alpha: number; coef: number[]; intercept: number };
  ridgeRaw: { alpha: number; coef: number[]; intercept: number };
  lasso: { alpha: number; coef: number[]; intercept: number; objective: number };
  elasticNet: { alpha: number; l1Ratio: number; coef: number[]; intercept: number; objective: number };
  neuron: { w: number; b: number };
}

const d = loadFixture<Diabetes>('diabetes.json');
const X = toMatrix(d.X);
const Xs = toMatrix(d.Xscaled);
const rel = { rtol: 1e-6 };

describe('OLS on diabetes (raw units) vs statsmodels', () => {
  for (const solver of ['qr', 'cholesky'] as const) {
    it(`matches params, standard errors, t, p, intervals, R², F (${solver})`, () => {
      const m = new LinearRegression({ solver }).fit(X, d.y);
      expect(m.solverUsed).toBe(solver);
      const inf = m.inference!;
      expectClose([m.intercept, ...m.coef], d.ols.params, rel, 'params');
      expectClose(
        inf.coefficients.map((c) => c.standardError),
        d.ols.bse,
        rel,
        'bse',
      );
      expectClose(
        inf.coefficients.map((c) => c.t),
        d.ols.tvalues,
        rel,
        't',
      );
      expectClose(
        inf.coefficients.map((c) => c.p),
        d.ols.pvalues,
        rel,
        'p',
      );
      expectClose(
        inf.coefficients.map((c) => c.ciLow),
        d.ols.confInt.map((r) => r[0]!),
        rel,
        'ci low',
      );
      expectClose(
        inf.coefficients.map((c) => c.ciHigh),
        d.ols.confInt.map((r) => r[1]!),
        rel,
        'ci high',
      );
      expectClose(inf.r2, d.ols.rsquared, rel);
      expectClose(inf.adjustedR2, d.ols.rsquaredAdj, rel);
      expectClose(inf.fStatistic, d.ols.fvalue, rel);
      expectClose(inf.fPValue, d.ols.fPvalue, rel);
      expectClose(inf.mse, d.ols.mse, rel);
      expectClose(inf.rmse, d.ols.rmse, rel);
      expectClose(inf.mae, d.ols.mae, rel);
      expectClose(inf.residualVariance, d.ols.mseResid, rel);
      expect(inf.dfResidual).toBe(d.ols.dfResid);
    });
  }

  it('names a duplicated column as collinear and still fits the rest', () => {
    const p = X.cols;
    const data = new Float64Array(X.rows * (p + 1));
    for (let i = 0; i < X.rows; i++) {
      data.set(X.data.subarray(i * p, i * p + p), i * (p + 1));
      data[i * (p + 1) + p] = 2 * X.data[i * p + 2]!; // 2 × bmi
    }
    const m = new LinearRegression().fit(matrix(X.rows, p + 1, data), d.y);
    expect(m.collinear.length).toBe(1);
    expect([2, p]).toContain(m.collinear[0]);
    expectClose(m.inference!.r2, d.ols.rsquared, rel);
  });
});

describe('penalised regression vs scikit-learn', () => {
  it('Ridge(alpha=1) on scaled diabetes and Ridge(alpha=10) on raw units', () => {
    const r = new Ridge({ alpha: d.ridge.alpha }).fit(Xs, d.y);
    expectClose(r.coef, d.ridge.coef, rel, 'coef');
    expectClose(r.intercept, d.ridge.intercept, rel);
    const r2 = new Ridge({ alpha: d.ridgeRaw.alpha }).fit(X, d.y);
    expectClose(r2.coef, d.ridgeRaw.coef, rel, 'raw coef');
    expectClose(r2.intercept, d.ridgeRaw.intercept, rel);
  });

  it('Lasso(alpha=0.1): same objective and sparsity pattern', () => {
    const m = new Lasso({ alpha: d.lasso.alpha, tol: 1e-12, maxIter: 100000 }).fit(Xs, d.y);
    expect(m.converged).toBe(true);
    expectClose(m.objective(Xs, d.y), d.lasso.objective, { rtol: 1e-9 });
    expectClose(m.coef, d.lasso.coef, { atol: 1e-5 }, 'coef');
    expectClose(m.intercept, d.lasso.intercept, rel);
    expect(Array.from(m.coef, (v) => v === 0)).toEqual(d.lasso.coef.map((v) => v === 0));
    expect(m.curves!.objective.length).toBe(m.nIter);
  });

  it('ElasticNet(alpha=0.01, l1Ratio=0.5)', () => {
    const m = new ElasticNet({ alpha: d.elasticNet.alpha, l1Ratio: d.elasticNet.l1Ratio, tol: 1e-12, maxIter: 100000 }).fit(Xs, d.y);
    expectClose(m.objective(Xs, d.y), d.elasticNet.objective, { rtol: 1e-9 });
    expectClose(m.coef, d.elasticNet.coef, { atol: 1e-5 }, 'coef');
  });
});

describe("the course's linear Neuron (diabetes bmi, scaled; target raw)", () => {
  it('per-sample descent in file order, η = 1, w = b = 1, 100 epochs → w ≈ 913.6, b ≈ 123.4 (as the Python loop)', () => {
    const bmi = matrix(
      Xs.rows,
      1,
      Float64Array.from(d.Xscaled, (r) => r[2]!),
    );
    const m = new GradientDescentRegressor({ method: 'sgd', learningRate: 1, init: 'ones', epochs: 100, shuffle: false }).fit(bmi, d.y);
    expectClose(m.coef[0]!, d.neuron.w, { rtol: 1e-9 });
    expectClose(m.intercept, d.neuron.b, { rtol: 1e-9 });
    expectClose(m.coef[0]!, 913.6, { atol: 0.05 });
    expectClose(m.intercept, 123.4, { atol: 0.05 });
    expect(m.result!.epochsRun).toBe(100);
  });

  it('batch descent on the same objective approaches the least-squares line', () => {
    const bmi = matrix(
      Xs.rows,
      1,
      Float64Array.from(d.Xscaled, (r) => r[2]!),
    );
    const ols = new LinearRegression().fit(bmi, d.y);
    // bmi has squared norm 1 (sklearn scales columns to unit norm), so the slope's curvature is 1/n
    // and the intercept's 1: η = 1.5 is stable, and 8000 epochs shrink the slope error by (1 − 1.5/442)^8000 ≈ 1e-12.
    const gd = new GradientDescentRegressor({ method: 'batch', learningRate: 1.5, epochs: 8000 }).fit(bmi, d.y);
    expectClose(gd.coef[0]!, ols.coef[0]!, { rtol: 1e-6 });
    expectClose(gd.intercept, ols.intercept, { rtol: 1e-6 });
  });

  it('an unstable rate (η = 400 > 2/curvature of the intercept) is stopped as divergence, never NaN', () => {
    const bmi = matrix(
      Xs.rows,
      1,
      Float64Array.from(d.Xscaled, (r) => r[2]!),
    );
    const gd = new GradientDescentRegressor({ method: 'batch', learningRate: 400, epochs: 100 }).fit(bmi, d.y);
    expect(gd.result!.stopReason).toBe('diverged');
    expect(gd.result!.message).toMatchObject({ key: 'model.warning.diverged', params: { learningRate: 400 } });
    expect(Number.isFinite(gd.coef[0]!) && Number.isFinite(gd.intercept)).toBe(true);
  });
});
