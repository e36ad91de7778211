/**
 * The Explain region's LaTeX: every formula id the engine can send has a formula KaTeX typesets
 * and a sentence in both languages; the run's numbers (the golden fixture of tests/golden/explain:
 * the course's linear neuron on diabetes bmi and the normal equations) are written out rounded to
 * 5 significant digits; and the neuron lesson's fit, as the app sends it, lands on w ≈ 913.6,
 * b ≈ 123.4 with that same first step.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import type { ColumnInfo } from '../../src/protocol/protocol';
import type { Explanation } from '../../src/models/explain/types';
import { fitTable } from '../../src/models/pipeline';
import { makeTable, numberColumn } from '../../src/table/build';
import { modelForms } from '../../src/worker/modelForms';
import { en } from '../../renderer/app/locales/en';
import { ko } from '../../renderer/app/locales/ko';
import { specFromForm } from '../../renderer/features/models/fitForm';
import { methodOf } from '../../renderer/features/models/methodSpecs';
import { GRADIENT_TEX, OBJECTIVE_TEX, OBJECTIVE_WHERE, UPDATE_TEX, formulaLines } from '../../renderer/features/models/explain/formulas';
import { LESSONS, lessonForms } from '../../renderer/features/models/explain/lessons';
import { normalEquationsTex } from '../../renderer/features/models/explain/normalEquationsTex';
import { stepTex } from '../../renderer/features/models/explain/stepTex';
import { lbfgsTex, newtonTex } from '../../renderer/features/models/explain/solverStepTex';
import { coordinateSweepTex } from '../../renderer/features/models/explain/coordinateSweepTex';
import { CANCER_STEPS, DIABETES_STEPS, steps } from './explainStepsData';
import { texNumber, texOperand, texText } from '../../renderer/features/models/explain/texNumbers';

interface Fixture {
  neuron: {
    bmi: number[];
    target: number[];
    firstStep: {
      x: number[];
      y: number;
      z: number[];
      dz: number[];
      gradWeights: number[];
      gradIntercepts: number[];
      weightsAfter: number[];
      interceptsAfter: number[];
      batchLoss: number;
    };
  };
  ols: { matrix: number[][]; rhs: number[]; solution: number[] };
  ridge: { alpha: number; matrix: number[][]; rhs: number[]; solution: number[] };
}
const fx = JSON.parse(readFileSync(join(__dirname, '../golden/explain/fixtures/explain.json'), 'utf8')) as Fixture;
const FORMS = modelForms();

const typesets = (tex: string) => katex.renderToString(tex, { throwOnError: true, strict: 'error' });
const lookup = (messages: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);

/** The neuron's explanation as the engine sends it for its first per-sample step (the fixture's numbers). */
const f = fx.neuron.firstStep;
const NEURON: Explanation = {
  family: 'linear',
  method: 'sgd',
  objective: 'halfMse',
  gradient: 'squaredError',
  update: 'descentStep',
  penalty: 'none',
  features: ['bmi'],
  step: {
    batchRows: 1,
    rows: [0],
    learningRate: 1,
    penalty: 'none',
    alpha: 0,
    outputs: 1,
    weightsBefore: [1],
    interceptsBefore: [1],
    gradWeights: f.gradWeights,
    gradIntercepts: f.gradIntercepts,
    weightsAfter: f.weightsAfter,
    interceptsAfter: f.interceptsAfter,
    batchLoss: f.batchLoss,
    sample: { x: f.x, y: f.y, z: f.z, dz: f.dz },
  },
};

describe('formula ids → LaTeX', () => {
  it('typesets every objective, gradient and update the engine names, with a sentence in English and Korean', () => {
    for (const tex of [
      ...Object.values(OBJECTIVE_TEX),
      ...Object.values(OBJECTIVE_WHERE),
      ...Object.values(GRADIENT_TEX),
      ...Object.values(UPDATE_TEX),
    ])
      expect(() => typesets(tex)).not.toThrow();
    const objectives = Object.keys(OBJECTIVE_TEX) as (keyof typeof OBJECTIVE_TEX)[];
    for (const penalty of ['none', 'l1', 'l2'] as const) {
      const lines = formulaLines({ objective: 'halfMse', gradient: 'squaredError', update: 'descentStep', penalty });
      for (const line of lines) {
        expect(() => typesets(line.tex)).not.toThrow();
        expect(typeof lookup(en, line.sayKey), line.sayKey).toBe('string');
        expect(typeof lookup(ko, line.sayKey), line.sayKey).toBe('string');
      }
    }
    for (const id of objectives) expect(typeof lookup(ko, `models.explain.say.objective.${id}`)).toBe('string');
    for (const id of Object.keys(GRADIENT_TEX)) expect(typeof lookup(ko, `models.explain.say.gradient.${id}`)).toBe('string');
    for (const id of Object.keys(UPDATE_TEX)) expect(typeof lookup(ko, `models.explain.say.update.${id}`)).toBe('string');
  });

  it('adds the descent penalty to the objective and folds it into the update', () => {
    const [objective, , update] = formulaLines({ objective: 'halfMse', gradient: 'squaredError', update: 'descentStep', penalty: 'l2' });
    // The penalty joins the loss, before what ŷ stands for.
    expect(objective!.tex).toBe(
      String.raw`L = \frac{1}{m}\sum_{i \in B} \frac{1}{2}\left(y_i - \hat y_i\right)^2\; + \; \frac{\alpha}{2} \lVert w \rVert_2^2,\qquad \hat y_i = w^\top x_i + b`,
    );
    expect(update!.tex).toContain(String.raw`(1 - \eta\alpha)\, w`);
    expect(update!.sayKey).toBe('models.explain.say.update.descentStep_l2');
    // Least squares' own objective: no descent penalty even if one were named.
    expect(formulaLines({ objective: 'leastSquares', gradient: 'leastSquares', update: 'normalEquations', penalty: 'none' })[2]!.tex).toBe(
      UPDATE_TEX.normalEquations,
    );
  });
});

describe('numbers in formulas', () => {
  it('rounds to 5 significant digits, powers of ten outside [1e-4, 1e6), negatives in parentheses after an operator', () => {
    expect(texNumber(913.5973364346786)).toBe('913.6');
    expect(texNumber(123.39414383177173)).toBe('123.39');
    expect(texNumber(f.gradWeights[0]!)).toBe('-9.2506');
    expect(texNumber(f.x[0]!)).toBe('0.061696');
    expect(texNumber(f.batchLoss)).toBe('11241');
    expect(texNumber(442)).toBe('442');
    expect(texNumber(-9.947598300641403e-14)).toBe(String.raw`-9.9476 \times 10^{-14}`);
    expect(texNumber(2.5e7)).toBe(String.raw`2.5 \times 10^{7}`);
    expect(texOperand(-149.9383037934813)).toBe('(-149.94)');
    expect(texOperand(0.1)).toBe('0.1');
    expect(texText('mean radius')).toBe(String.raw`\text{mean radius}`);
    expect(texText('a_b{c}%^')).toBe(String.raw`\text{a\_b\{c\}\%\textasciicircum{}}`);
    expect(() => typesets(texText('x\\y~$#&_ 키'))).not.toThrow();
  });
});

describe("one step with the run's numbers (the course's neuron, golden fixture)", () => {
  it('writes out the row, the error, each gradient and each update from w = b = 1', () => {
    const worked = stepTex(NEURON)!;
    expect(worked.sampleLines).toEqual([
      String.raw`x_{\text{bmi}} = 0.061696,\quad y = 151`,
      String.raw`\hat y = w^\top x + b = 1 \cdot 0.061696 + 1 = 1.0617`,
      String.raw`\hat y - y = 1.0617 - 151 = -149.94`,
    ]);
    expect(worked.parameters.map((p) => [p.symbol, p.gradientTex, p.updateTex])).toEqual([
      [
        String.raw`w_{\text{bmi}}`,
        String.raw`\frac{\partial L}{\partial w_{\text{bmi}}} = (\hat y - y)\, x_{\text{bmi}} = (-149.94) \cdot 0.061696 = -9.2506`,
        String.raw`w_{\text{bmi}} \leftarrow 1 - 1 \cdot (-9.2506) = 10.251`,
      ],
      ['b', String.raw`\frac{\partial L}{\partial b} = (\hat y - y) = -149.94`, String.raw`b \leftarrow 1 - 1 \cdot (-149.94) = 150.94`],
    ]);
    for (const line of [...worked.sampleLines, ...worked.parameters.flatMap((p) => [p.gradientTex, p.updateTex])])
      expect(() => typesets(line)).not.toThrow();
  });

  it("writes the l2 shrink and the l1 soft-threshold into a weight's update, never the intercept's", () => {
    const step = { ...NEURON.step!, learningRate: 0.5, alpha: 0.1 };
    const l2 = stepTex({ ...NEURON, penalty: 'l2', step: { ...step, penalty: 'l2' } })!.parameters;
    expect(l2[0]!.updateTex).toBe(String.raw`w_{\text{bmi}} \leftarrow (1 - 0.5 \cdot 0.1) \cdot 1 - 0.5 \cdot (-9.2506) = 10.251`);
    expect(l2[1]!.updateTex).toBe(String.raw`b \leftarrow 1 - 0.5 \cdot (-149.94) = 150.94`);
    const l1 = stepTex({ ...NEURON, penalty: 'l1', step: { ...step, penalty: 'l1' } })!.parameters;
    expect(l1[0]!.updateTex).toBe(String.raw`w_{\text{bmi}} \leftarrow S\!\left(1 - 0.5 \cdot (-9.2506),\ 0.5 \cdot 0.1\right) = 10.251`);
    expect(stepTex({ ...NEURON, step: undefined })).toBeUndefined();
  });
});

describe("normal equations with the run's numbers", () => {
  it('shows XᵀX (rounding noise as 0), Xᵀy and the solution 152.13, 949.44', () => {
    const { equations, solution } = normalEquationsTex({ shown: true, unknowns: ['(intercept)', 'bmi'], ...fx.ols });
    expect(equations).toBe(
      String.raw`\underbrace{\begin{pmatrix} 442 & 0 \\ 0 & 1 \end{pmatrix}}_{X^\top X} \begin{pmatrix} b \\ w_{\text{bmi}} \end{pmatrix} = \underbrace{\begin{pmatrix} 67243 \\ 949.44 \end{pmatrix}}_{X^\top y}`,
    );
    expect(solution).toBe(String.raw`b = 152.13,\quad w_{\text{bmi}} = 949.44`);
    const ridge = normalEquationsTex({
      shown: true,
      unknowns: ['(intercept)', 'bmi', 'bp'],
      matrix: fx.ridge.matrix,
      rhs: fx.ridge.rhs,
      solution: fx.ridge.solution,
      alpha: fx.ridge.alpha,
    });
    expect(ridge.equations).toContain(
      String.raw`\begin{pmatrix} 442 & 0 & 0 \\ 0 & 2 & 0.39541 \\ 0 & 0.39541 & 2 \end{pmatrix}}_{\left(X^\top X + 1\, I_0\right)}`,
    );
    expect(ridge.solution).toBe(String.raw`b = 152.13,\quad w_{\text{bmi}} = 420.5,\quad w_{\text{bp}} = 274.23`);
    for (const tex of [equations, solution, ridge.equations]) expect(() => typesets(tex)).not.toThrow();
  });
});

describe('lessons', () => {
  const col = (name: string): ColumnInfo => ({ name, type: 'number', missing: 0, invalid: 0 });
  const DIABETES_SCALED = ['age', 'sex', 'bmi', 'bp', 's1', 's2', 's3', 's4', 's5', 's6', 'target'].map(col);

  it("the neuron lesson sends the course's fit and lands on w ≈ 913.6, b ≈ 123.4 with the golden first step", () => {
    const neuron = LESSONS.find((l) => l.id === 'neuron')!;
    const [ols, sgd] = lessonForms(neuron, DIABETES_SCALED, FORMS).map((form) =>
      specFromForm(form, neuron.fileName, methodOf(FORMS, form.model, form.method)!),
    );
    expect(sgd).toMatchObject({
      model: 'linear',
      method: 'sgd',
      options: { learningRate: 1, init: 'ones', epochs: 100, shuffle: false },
      target: 'target',
      features: ['bmi'],
      split: { kind: 'none' },
    });
    expect(sgd!.scale).toBeUndefined();
    const table = makeTable([numberColumn('bmi', fx.neuron.bmi), numberColumn('target', fx.neuron.target)]);
    const fit = fitTable(table, sgd!);
    expect((fit.report.coefficients as Record<string, number>).bmi).toBeCloseTo(913.5973, 4);
    expect(fit.report.intercept as number).toBeCloseTo(123.3941, 4);
    expect(stepTex(fit.explanation!)!.parameters.map((p) => p.updateTex)).toEqual(stepTex(NEURON)!.parameters.map((p) => p.updateTex));
    const exact = fitTable(table, ols!);
    expect((exact.report.coefficients as Record<string, number>).bmi).toBeCloseTo(949.4353, 3);
    expect(exact.explanation!.normalEquations!.shown).toBe(true);
  });

  it('every lesson run is a method its family has, with options the form would send', () => {
    for (const lesson of LESSONS) {
      for (const form of lessonForms(lesson, DIABETES_SCALED, FORMS)) {
        const method = methodOf(FORMS, form.model, form.method);
        expect(method, `${lesson.id} ${form.method}`).toBeDefined();
        expect(specFromForm(form, lesson.fileName, method!).options ?? {}).toEqual(form.options);
      }
    }
  });
});

describe("solver steps with the run's numbers", () => {
  it('Newton: H Δ = ∇J as matrices, the Armijo test at t = 1 and θ₁ = θ₀ − tΔ per parameter', () => {
    const { explanation } = fitTable(CANCER_STEPS, {
      model: 'logistic',
      method: 'newton',
      options: { penalty: 'l2', C: 1 },
      target: 'malignant',
      split: { kind: 'none' },
    });
    const worked = newtonTex(explanation!, explanation!.newton!);
    // numpy's Δ (the golden fixture), rounded as the panel writes it.
    expect(steps.logistic.newton.direction.map(texNumber)).toEqual(['7.4894', '-0.3645', '-0.090193', '-0.94022']);
    expect(worked.system).toBe(
      String.raw`\underbrace{\begin{pmatrix} 0.25 & 3.5318 & 4.8224 & 0.02409 \\ 3.5318 & 52.996 & 69.352 & 0.34244 \\ 4.8224 & 69.352 & 97.641 & 0.46434 \\ 0.02409 & 0.34244 & 0.46434 & 0.0041282 \end{pmatrix}}_{H} \underbrace{\begin{pmatrix} 7.4894 \\ -0.3645 \\ -0.090193 \\ -0.94022 \end{pmatrix}}_{\Delta} = \underbrace{\begin{pmatrix} 0.12742 \\ 0.55728 \\ 1.5952 \\ 0.0098419 \end{pmatrix}}_{\nabla J}`,
    );
    expect(worked.armijo).toBe(
      String.raw`t = 1:\quad J(\theta_0 - t\Delta) = 0.34775 \le J(\theta_0) - 10^{-4}\, t\, \nabla J^\top \Delta = 0.69315 - 10^{-4} \cdot 1 \cdot 0.59802`,
    );
    expect(steps.logistic.newton.t).toBe(1);
    expect(worked.parameters.map((p) => p.updateTex)).toEqual([
      String.raw`b \leftarrow 0 - 1 \cdot 7.4894 = -7.4894`,
      String.raw`w_{\text{mean radius}} \leftarrow 0 - 1 \cdot (-0.3645) = 0.3645`,
      String.raw`w_{\text{mean texture}} \leftarrow 0 - 1 \cdot (-0.090193) = 0.090193`,
      String.raw`w_{\text{mean smoothness}} \leftarrow 0 - 1 \cdot (-0.94022) = 0.94022`,
    ]);
    for (const tex of [worked.system!, worked.armijo, ...worked.parameters.map((p) => p.updateTex)])
      expect(() => typesets(tex)).not.toThrow();
    // Beyond 8 unknowns (softmax's K(p+1)) there is no matrix, only the vectors.
    expect(newtonTex(explanation!, { ...explanation!.newton!, hessian: { shown: false, unknowns: 12, max: 8 } }).system).toBeUndefined();
  });

  it('L-BFGS: θ₁ = θ₀ − s∇J with the step the solver took', () => {
    const { explanation } = fitTable(CANCER_STEPS, {
      model: 'logistic',
      method: 'lbfgs',
      options: { penalty: 'l2', C: 1 },
      target: 'malignant',
      split: { kind: 'none' },
    });
    const worked = lbfgsTex(explanation!, explanation!.lbfgs!);
    // s = t/max(|∇J|, 1) = (1/64)/1.5952: six halvings before Armijo's test held.
    expect(worked.step).toBe(
      String.raw`\theta_1 = \theta_0 - s\, \nabla J,\quad s = 0.0097951:\quad J(\theta_0) = 0.69315 \;\to\; J(\theta_1) = 0.68363`,
    );
    expect(worked.parameters.map((p) => p.updateTex)).toEqual([
      String.raw`b \leftarrow 0 - 0.0097951 \cdot 0.12742 = -0.0012481`,
      String.raw`w_{\text{mean radius}} \leftarrow 0 - 0.0097951 \cdot 0.55728 = -0.0054586`,
      String.raw`w_{\text{mean texture}} \leftarrow 0 - 0.0097951 \cdot 1.5952 = -0.015625`,
      String.raw`w_{\text{mean smoothness}} \leftarrow 0 - 0.0097951 \cdot 0.0098419 = -9.6402 \times 10^{-5}`,
    ]);
    expect(() => typesets(worked.step)).not.toThrow();
  });

  it('coordinate descent: each weight from S(z_j, αρ)/d_j, then b = ȳ − x̄ᵀw', () => {
    const { explanation } = fitTable(DIABETES_STEPS, {
      model: 'linear',
      method: 'lasso',
      options: { alpha: 0.1 },
      target: 'target',
      split: { kind: 'none' },
    });
    const worked = coordinateSweepTex(explanation!, explanation!.coordinateSweep!);
    expect(worked.coordinates.map((c) => texNumber(c.after))).toEqual(steps.diabetes.lasso.after.map(texNumber));
    expect(worked.coordinates.slice(0, 3).map((c) => c.updateTex)).toEqual([
      String.raw`w_{\text{age}} \leftarrow \frac{S(189.45,\ 0.1)}{171.46} = 1.1044`,
      String.raw`w_{\text{sex}} \leftarrow \frac{S(0.40101,\ 0.1)}{0.249} = 1.2089`,
      String.raw`w_{\text{bmi}} \leftarrow \frac{S(187.25,\ 0.1)}{19.476} = 9.6095`,
    ]);
    expect(worked.intercept).toBe(String.raw`b = \bar y - \bar x^\top w = ${texNumber(steps.diabetes.lasso.intercept)}`);
    for (const tex of [...worked.coordinates.map((c) => c.updateTex), worked.intercept!]) expect(() => typesets(tex)).not.toThrow();
  });
});
