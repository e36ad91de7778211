/**
 * The Explain panel's numbers against plain numpy loops (generate_explain.py): the course's
 * linear neuron's first per-sample step and its weights after 100 epochs, the normal equations of
 * least squares and ridge with their solutions, and a logistic mini-batch step — all through
 * fitTable, as the app's fit worker runs it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTable, numberColumn, categoryColumn } from '../../../src/table/build';
import { fitTable } from '../../../src/models/pipeline';
import { expectClose } from '../../helpers/expectClose';

interface Step {
  gradWeights: number[];
  gradIntercepts: number[];
  weightsAfter: number[];
  interceptsAfter: number[];
  batchLoss: number;
}
interface Fixture {
  neuron: {
    bmi: number[];
    bp: number[];
    target: number[];
    firstStep: Step & { x: number[]; y: number; z: number[]; dz: number[] };
    after100: { w: number; b: number };
  };
  ols: { matrix: number[][]; rhs: number[]; solution: number[] };
  ridge: { alpha: number; matrix: number[][]; rhs: number[]; solution: number[] };
  logistic: Step & { features: string[]; X: number[][]; y: number[]; batch: number; learningRate: number };
}
const fx = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'explain.json'), 'utf8')) as Fixture;
const diabetes = makeTable([
  numberColumn('bmi', fx.neuron.bmi),
  numberColumn('bp', fx.neuron.bp),
  numberColumn('target', fx.neuron.target),
]);
const NEURON = { learningRate: 1, init: 'ones', epochs: 100, shuffle: false } as const;

describe('Explain: the linear neuron on diabetes bmi (lesson a)', () => {
  const { report, explanation } = fitTable(diabetes, {
    model: 'linear',
    method: 'sgd',
    options: NEURON,
    target: 'target',
    features: ['bmi'],
    split: { kind: 'none' },
  });

  it('writes out the first per-sample step from w = b = 1 with the numbers numpy gets', () => {
    expect(explanation).toMatchObject({
      objective: 'halfMse',
      gradient: 'squaredError',
      update: 'descentStep',
      penalty: 'none',
      features: ['bmi'],
    });
    const step = explanation!.step!;
    expect(step).toMatchObject({ batchRows: 1, rows: [0], learningRate: 1, outputs: 1, weightsBefore: [1], interceptsBefore: [1] });
    const f = fx.neuron.firstStep;
    expectClose(step.sample!.x, f.x, { rtol: 1e-15 });
    expect(step.sample!.y).toBe(f.y);
    expectClose([...step.sample!.z, ...step.sample!.dz], [...f.z, ...f.dz], { rtol: 1e-14 });
    expectClose(
      [...step.gradWeights, ...step.gradIntercepts, ...step.weightsAfter, ...step.interceptsAfter, step.batchLoss],
      [...f.gradWeights, ...f.gradIntercepts, ...f.weightsAfter, ...f.interceptsAfter, f.batchLoss],
      { rtol: 1e-13 },
    );
  });

  it("ends at the course's w ≈ 913.6, b ≈ 123.4 after 100 epochs", () => {
    expectClose(
      [(report.coefficients as Record<string, number>).bmi!, report.intercept as number],
      [fx.neuron.after100.w, fx.neuron.after100.b],
      { rtol: 1e-10 },
    );
    expect(fx.neuron.after100.w).toBeCloseTo(913.597, 3);
    expect(fx.neuron.after100.b).toBeCloseTo(123.394, 3);
  });

  it('beside least squares: the normal equations XᵀX β = Xᵀy and their solution 152.13, 949.44', () => {
    const { explanation: ls } = fitTable(diabetes, {
      model: 'linear',
      method: 'ols',
      target: 'target',
      features: ['bmi'],
      split: { kind: 'none' },
    });
    expect(ls).toMatchObject({ objective: 'leastSquares', update: 'normalEquations' });
    expect(ls!.step).toBeUndefined();
    const ne = ls!.normalEquations!;
    if (!ne.shown) throw new Error('normal equations not shown');
    expect(ne.unknowns).toEqual(['(intercept)', 'bmi']);
    expectClose(ne.matrix.flat(), fx.ols.matrix.flat(), { rtol: 1e-12, atol: 1e-12 });
    expectClose(ne.rhs, fx.ols.rhs, { rtol: 1e-12 });
    expectClose(ne.solution, fx.ols.solution, { rtol: 1e-10 });
  });
});

describe('Explain: ridge normal equations', () => {
  it("adds α to the features' diagonal only (the intercept is not penalised), solution as sklearn Ridge", () => {
    const { explanation } = fitTable(diabetes, {
      model: 'linear',
      method: 'ridge',
      options: { alpha: fx.ridge.alpha },
      target: 'target',
      features: ['bmi', 'bp'],
      split: { kind: 'none' },
    });
    const ne = explanation!.normalEquations!;
    if (!ne.shown) throw new Error('normal equations not shown');
    expect(ne.alpha).toBe(1);
    expectClose(ne.matrix.flat(), fx.ridge.matrix.flat(), { rtol: 1e-12, atol: 1e-12 });
    expectClose(ne.rhs, fx.ridge.rhs, { rtol: 1e-12 });
    expectClose(ne.solution, fx.ridge.solution, { rtol: 1e-9 });
  });

  it('says so instead of showing a matrix of more than 8 unknowns', () => {
    const cols = Array.from({ length: 8 }, (_, j) =>
      numberColumn(
        `x${j}`,
        fx.neuron.bmi.map((v, i) => v * (j + 1) + ((i * (j + 3)) % 7)),
      ),
    );
    const wide = makeTable([...cols, numberColumn('target', fx.neuron.target)]);
    const { explanation } = fitTable(wide, { model: 'linear', method: 'ols', target: 'target', split: { kind: 'none' } });
    expect(explanation!.normalEquations).toEqual({ shown: false, unknowns: 9, max: 8 });
  });
});

describe("Explain: the logistic neuron's first mini-batch step", () => {
  it('mean gradient of the first 32 rows from zero weights, new weights −η·∇', () => {
    const l = fx.logistic;
    const table = makeTable([
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
    const { explanation } = fitTable(table, {
      model: 'logistic',
      method: 'minibatch',
      options: { penalty: 'none', learningRate: l.learningRate, batchSize: l.batch, epochs: 1 },
      target: 'diagnosis',
      split: { kind: 'none' },
    });
    expect(explanation).toMatchObject({ objective: 'crossEntropy', update: 'descentStep', penalty: 'none' });
    const step = explanation!.step!;
    expect(step.batchRows).toBe(32);
    expect(step.rows).toEqual(Array.from({ length: 32 }, (_, i) => i));
    expect(step.sample).toBeUndefined();
    expectClose(
      [...step.gradWeights, ...step.gradIntercepts, ...step.weightsAfter, ...step.interceptsAfter, step.batchLoss],
      [...l.gradWeights, ...l.gradIntercepts, ...l.weightsAfter, ...l.interceptsAfter, l.batchLoss],
      { rtol: 1e-13 },
    );
  });
});
