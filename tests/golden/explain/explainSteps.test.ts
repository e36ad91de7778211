/**
 * The Explain panel's solver steps against numpy (generate_explain_steps.py), through fitTable as
 * the app's fit worker runs it: logistic Newton's and L-BFGS's first iteration on breast cancer
 * (three unscaled features, l2 with C = 1), and the first coordinate-descent sweep of lasso and
 * elastic net on diabetes (the fixture's sweep matches sklearn's own max_iter = 1 fit to 1e-12).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categoryColumn, makeTable, numberColumn } from '../../../src/table/build';
import { fitTable } from '../../../src/models/pipeline';
import { expectClose } from '../../helpers/expectClose';

interface Sweep {
  alpha: number;
  l1Ratio: number;
  correlation: number[];
  denominator: number[];
  after: number[];
  intercept: number;
}
interface Fixture {
  logistic: {
    features: string[];
    X: number[][];
    y: number[];
    lambda: number;
    newton: {
      gradient: number[];
      hessian: number[][];
      direction: number[];
      t: number;
      theta1: number[];
      lossBefore: number;
      lossAfter: number;
    };
    lbfgs: { gradient: number[]; t: number; stepAlongGradient: number; theta1: number[]; lossAfter: number };
  };
  softmax: {
    features: string[];
    X: number[][];
    y: number[];
    gradient: number[];
    direction: number[];
    t: number;
    theta1: number[];
    lossBefore: number;
    lossAfter: number;
  };
  diabetes: { features: string[]; X: number[][]; y: number[]; lasso: Sweep; elasticNet: Sweep };
}
const fx = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'explain_steps.json'), 'utf8')) as Fixture;
const l = fx.logistic;
const cancer = makeTable([
  ...l.features.map((f, j) =>
    numberColumn(
      f,
      l.X.map((r) => r[j]!),
    ),
  ),
  categoryColumn(
    'diagnosis',
    l.y.map((v) => (v === 1 ? 'malignant' : 'benign')),
  ),
]);
const d = fx.diabetes;
const diabetes = makeTable([
  ...d.features.map((f, j) =>
    numberColumn(
      f,
      d.X.map((r) => r[j]!),
    ),
  ),
  numberColumn('target', d.y),
]);
/** θ = (b, w) of one output. */
const theta = (intercepts: number[], weights: number[]) => [...intercepts, ...weights];

describe("Explain: logistic Newton's first iteration (breast cancer, l2, C = 1)", () => {
  const { explanation, report } = fitTable(cancer, {
    model: 'logistic',
    method: 'newton',
    options: { penalty: 'l2', C: 1 },
    target: 'diagnosis',
    split: { kind: 'none' },
  });
  const s = explanation!.newton!;

  it('writes g, H, Δ = H⁻¹g, the Armijo step t and θ₁ as numpy gets them', () => {
    expect(explanation).toMatchObject({ update: 'newtonStep', features: l.features });
    expect(explanation!.step).toBeUndefined();
    expect(s.outputs).toBe(1);
    expectClose(s.lambda, l.lambda, { rtol: 1e-15 });
    expect(theta(s.interceptsBefore, s.weightsBefore)).toEqual([0, 0, 0, 0]);
    expectClose(theta(s.gradIntercepts, s.gradWeights), l.newton.gradient, { rtol: 1e-10 });
    if (!s.hessian.shown) throw new Error('Hessian of 4 unknowns not shown');
    expectClose(s.hessian.matrix.flat(), l.newton.hessian.flat(), { rtol: 1e-10 });
    expectClose(theta(s.directionIntercepts, s.directionWeights), l.newton.direction, { rtol: 1e-10 });
    expect(s.stepLength).toBe(l.newton.t);
    expectClose(theta(s.interceptsAfter, s.weightsAfter), l.newton.theta1, { rtol: 1e-10 });
    expectClose([s.lossBefore, s.lossAfter], [l.newton.lossBefore, l.newton.lossAfter], { rtol: 1e-10 });
  });

  it("is the solver's own first iterate: the fit's objective curve starts at J(θ₁)", () => {
    expectClose(report.curves!.objective[0]!, s.lossAfter, { rtol: 1e-14 });
  });
});

describe("Explain: softmax Newton's first iteration (iris, 3 classes)", () => {
  it('gives g, Δ, t and θ₁ per class, without the 15×15 Hessian', () => {
    const sm = fx.softmax;
    const names = ['setosa', 'versicolor', 'virginica'];
    const iris = makeTable([
      ...sm.features.map((f, j) =>
        numberColumn(
          f,
          sm.X.map((r) => r[j]!),
        ),
      ),
      categoryColumn(
        'species',
        sm.y.map((v) => names[v]!),
      ),
    ]);
    const { explanation } = fitTable(iris, {
      model: 'logistic',
      method: 'newton',
      options: { penalty: 'l2', C: 1 },
      target: 'species',
      split: { kind: 'none' },
    });
    expect(explanation!.objective).toBe('softmaxCrossEntropy');
    const s = explanation!.newton!;
    expect(s.outputs).toBe(3);
    expect(s.hessian).toEqual({ shown: false, unknowns: 15, max: 8 });
    // Per class c: (b_c, w_c…), numpy's order.
    const perClass = (b: number[], w: number[]) => [0, 1, 2].flatMap((c) => theta([b[c]!], w.slice(c * 4, c * 4 + 4)));
    expectClose(perClass(s.gradIntercepts, s.gradWeights), sm.gradient, { rtol: 1e-10, atol: 1e-15 });
    // H is singular along the classes' common shift (both damp it by 1e-10 of its largest diagonal
    // entry): Δ's component along that shift is rounding noise amplified by 1e10, and moves no
    // probability. Compared with it removed: each unknown centred over the classes.
    const centred = (v: number[]) => v.map((x, i) => x - (v[i % 5]! + v[5 + (i % 5)]! + v[10 + (i % 5)]!) / 3);
    expectClose(centred(perClass(s.directionIntercepts, s.directionWeights)), centred(sm.direction), { rtol: 1e-10, atol: 1e-12 });
    expect(s.stepLength).toBe(sm.t);
    expectClose(centred(perClass(s.interceptsAfter, s.weightsAfter)), centred(sm.theta1), { rtol: 1e-10, atol: 1e-12 });
    expectClose([s.lossBefore, s.lossAfter], [sm.lossBefore, sm.lossAfter], { rtol: 1e-10 });
  });
});

describe("Explain: logistic L-BFGS's first iteration", () => {
  it('steps along −g scaled by 1/max(‖g‖∞, 1) and halved by Armijo, as numpy', () => {
    const { explanation } = fitTable(cancer, {
      model: 'logistic',
      method: 'lbfgs',
      options: { penalty: 'l2', C: 1 },
      target: 'diagnosis',
      split: { kind: 'none' },
    });
    expect(explanation!.newton).toBeUndefined();
    const s = explanation!.lbfgs!;
    expectClose(theta(s.gradIntercepts, s.gradWeights), l.lbfgs.gradient, { rtol: 1e-10 });
    expectClose(s.stepAlongGradient, l.lbfgs.stepAlongGradient, { rtol: 1e-10 });
    expectClose(theta(s.interceptsAfter, s.weightsAfter), l.lbfgs.theta1, { rtol: 1e-10 });
    expectClose([s.lossBefore, s.lossAfter], [l.newton.lossBefore, l.lbfgs.lossAfter], { rtol: 1e-10 });
  });

  it('Newton with an l1 penalty runs the proximal solver: formulas only, no Newton step', () => {
    const { explanation } = fitTable(cancer, {
      model: 'logistic',
      method: 'newton',
      options: { penalty: 'l1', C: 1 },
      target: 'diagnosis',
      split: { kind: 'none' },
    });
    expect(explanation!.update).toBe('newtonStep');
    expect(explanation!.newton).toBeUndefined();
  });
});

describe('Explain: the first coordinate-descent sweep (diabetes, all features)', () => {
  for (const [method, ref, options] of [
    ['lasso', d.lasso, { alpha: 0.1 }],
    ['elasticnet', d.elasticNet, { alpha: 0.1, l1Ratio: 0.5 }],
  ] as const) {
    it(`${method}: z_j, the denominators and w after the sweep as numpy's cyclic sweep from w = 0`, () => {
      const { explanation } = fitTable(diabetes, { model: 'linear', method, options, target: 'target', split: { kind: 'none' } });
      const s = explanation!.coordinateSweep!;
      expect(s).toMatchObject({ alpha: ref.alpha, l1Ratio: ref.l1Ratio, skipped: [] });
      expectClose(s.threshold, ref.alpha * ref.l1Ratio, { rtol: 1e-15 });
      expect(s.before).toEqual(new Array(10).fill(0));
      expectClose(s.correlation, ref.correlation, { rtol: 1e-12 });
      expectClose(s.denominator, ref.denominator, { rtol: 1e-12 });
      expectClose(s.after, ref.after, { rtol: 1e-12 });
      expectClose(s.intercept!, ref.intercept, { rtol: 1e-12 });
    });
  }

  it('ridge and least squares have no sweep', () => {
    const { explanation } = fitTable(diabetes, {
      model: 'linear',
      method: 'ridge',
      options: { alpha: 1 },
      target: 'target',
      split: { kind: 'none' },
    });
    expect(explanation!.coordinateSweep).toBeUndefined();
  });
});
