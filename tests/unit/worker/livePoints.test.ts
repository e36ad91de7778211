/**
 * The live chart's rows and weights from the fit worker: a bounded, deterministic sample of the
 * training rows, sent once before the first epoch for the shapes the chart can draw; and the
 * streamed weights in the table's units — by the end of a fit, the report's original-unit
 * coefficients (stochastic descent on diabetes; Newton and L-BFGS logistic on breast cancer).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matrix } from '../../../src/linalg';
import { loadTable } from '../../../src/io/loadTable';
import type { FitSpec } from '../../../src/models/pipeline';
import type { FitWorkerMessage, LiveWeights } from '../../../src/protocol/protocol';
import { runFitJob } from '../../../src/worker/fitRun';
import { LIVE_POINTS_MAX, livePoints } from '../../../src/worker/livePoints';

const samples = join(__dirname, '../../../assets/samples');

async function table(file: string) {
  const bytes = readFileSync(join(samples, file));
  return (
    await loadTable({ name: file, size: bytes.length, open: () => new ReadableStream({ start: (c) => (c.enqueue(bytes), c.close()) }) })
  ).table;
}

async function run(file: string, spec: FitSpec): Promise<FitWorkerMessage[]> {
  const t = await table(file);
  const messages: FitWorkerMessage[] = [];
  runFitJob({ runId: 'r', rowCount: t.rowCount, columns: t.columns, spec }, (m) => messages.push(m));
  return messages;
}

describe('livePoints', () => {
  const n = 5003;
  const x = matrix(
    n,
    1,
    Float64Array.from({ length: n }, (_, i) => i),
  );
  const y = Float64Array.from({ length: n }, (_, i) => (i === 7 ? NaN : 2 * i));

  it('samples at most LIVE_POINTS_MAX rows, spread over the rows, the same every time, without missing values', () => {
    const a = livePoints({ x, y, inputs: ['x'] }, 'y', 1)!;
    expect(a.x[0]).toHaveLength(LIVE_POINTS_MAX);
    expect(a.total).toBe(n);
    expect(a.x[0]![0]).toBe(0);
    // 5002 usable rows over 2000 picks: steps of 2 or 3 rows, ending near the last row.
    expect(a.x[0]!.at(-1)).toBeGreaterThan(n - 4);
    expect(a.x[0]).not.toContain(7);
    expect(a.y.every((v, i) => v === 2 * a.x[0]![i]!)).toBe(true);
    expect(livePoints({ x, y, inputs: ['x'] }, 'y', 1)).toEqual(a);
    // Fewer rows than the bound: all of them.
    expect(livePoints({ x, y, inputs: ['x'] }, 'y', 1, 10_000)!.x[0]).toHaveLength(n - 1);
  });

  it('only for one input (regression, any degree) or two with two classes (no polynomial terms)', () => {
    const two = matrix(4, 2, Float64Array.of(0, 1, 2, 3, 4, 5, 6, 7));
    const classes = Float64Array.of(0, 1, 0, 1);
    expect(livePoints({ x, y, inputs: ['x'] }, 'y', 3)).toBeDefined();
    expect(livePoints({ x: two, y: classes, inputs: ['a', 'b'] }, 'y', 1)).toBeUndefined();
    expect(livePoints({ x: two, y: classes, inputs: ['a', 'b'], classes: ['n', 'p'] }, 'c', 1)!.classes).toEqual(['n', 'p']);
    expect(livePoints({ x: two, y: classes, inputs: ['a', 'b'], classes: ['n', 'p'] }, 'c', 2)).toBeUndefined();
    expect(livePoints({ x: two, y: classes, inputs: ['a', 'b'], classes: ['n', 'p', 'q'] }, 'c', 1)).toBeUndefined();
  });
});

describe('the fit worker streams what the live chart draws', () => {
  const lastWeights = (messages: FitWorkerMessage[]): LiveWeights | undefined =>
    messages.flatMap((m) => (m.type === 'progress' && m.weights ? [m.weights] : [])).at(-1);

  it('stochastic descent on diabetes/bmi: the training rows first, then weights ending on the report’s original units', async () => {
    const messages = await run('diabetes.csv', {
      model: 'linear',
      target: 'target',
      features: ['bmi'],
      method: 'sgd',
      options: { learningRate: 0.01, epochs: 40 },
      scale: 'standard',
      split: { kind: 'random', fraction: 0.2 },
      seed: 3,
    });
    expect(messages[0]!.type).toBe('points');
    const done = messages.at(-1)!;
    if (messages[0]!.type !== 'points' || done.type !== 'done') throw new Error('unexpected messages');
    const { points } = messages[0]!;
    expect(points.inputs).toEqual(['bmi']);
    expect(points.total).toBe(done.report.split.trainRows);
    expect(points.x[0]).toHaveLength(done.report.split.trainRows);
    const w = lastWeights(messages)!;
    const coef = done.report.coefficientsOriginalUnits as Record<string, number>;
    expect(w.weights[0]).toBeCloseTo(coef.bmi!, 10);
    expect(w.intercept).toBeCloseTo(done.report.interceptOriginalUnits as number, 8);
  });

  it('a degree-3 curve of one input streams one weight per power', async () => {
    const messages = await run('diabetes.csv', {
      model: 'linear',
      target: 'target',
      features: ['bmi'],
      method: 'gd',
      options: { learningRate: 0.1, epochs: 20 },
      scale: 'standard',
      degree: 3,
      seed: 1,
    });
    const done = messages.at(-1)!;
    if (done.type !== 'done') throw new Error(done.type);
    const coef = done.report.coefficientsOriginalUnits as Record<string, number>;
    expect(lastWeights(messages)!.weights.map((v, i) => v / coef[done.report.features[i]!]!)).toEqual(
      [1, 1, 1].map(() => expect.closeTo(1, 8)),
    );
  });

  for (const solver of ['newton', 'lbfgs']) {
    it(`${solver} logistic regression on two breast-cancer features streams its iterates in original units`, async () => {
      const messages = await run('breast_cancer.csv', {
        model: 'logistic',
        target: 'diagnosis',
        features: ['mean radius', 'mean texture'],
        method: solver,
        scale: 'standard',
        seed: 0,
      });
      const done = messages.at(-1)!;
      if (done.type !== 'done') throw new Error(done.type === 'failed' ? done.error.message : done.type);
      const points = messages.find((m) => m.type === 'points');
      expect(points?.type === 'points' && points.points.classes).toHaveLength(2);
      const coef = done.report.coefficientsOriginalUnits as Record<string, number>;
      const w = lastWeights(messages)!;
      expect(w.weights[0]).toBeCloseTo(coef['mean radius']!, 8);
      expect(w.weights[1]).toBeCloseTo(coef['mean texture']!, 8);
      expect(w.intercept).toBeCloseTo(done.report.interceptOriginalUnits as number, 6);
    });
  }
});
