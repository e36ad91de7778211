/**
 * Results logic without React: the threshold slider's confusion matrix (read off the ROC curve)
 * against counting the scores directly, the Runs table's sort, the run transitions, and presets.
 */
import { describe, expect, it } from 'vitest';
import { rocAndPrCurves } from '../../src/models/metrics/classification';
import { SeededRandom } from '../../src/stats/random';
import { atThreshold } from '../../renderer/features/models/threshold';
import { sortRuns } from '../../renderer/features/models/runSummary';
import { initialModels, runTransitions } from '../../renderer/features/models/runsStore';
import type { ModelsState, RunRecord } from '../../renderer/features/models/runsStore';
import { presetVariants } from '../../renderer/features/models/presets';
import { initialForm } from '../../renderer/features/models/fitForm';
import { modelForms } from '../../src/worker/modelForms';
import type { FitResult } from '../../src/protocol/protocol';

describe('threshold', () => {
  it('gives the confusion matrix of counting scores ≥ threshold as positive', () => {
    const random = new SeededRandom(11);
    const n = 300;
    const y = new Uint8Array(n);
    const score = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      y[i] = random.next() < 0.4 ? 1 : 0;
      score[i] = Math.round((0.3 * y[i]! + 0.7 * random.next()) * 100) / 100; // ties on purpose
    }
    const { roc } = rocAndPrCurves(y, score);
    const at05 = [
      [0, 0],
      [0, 0],
    ];
    for (let i = 0; i < n; i++) at05[y[i]!]![score[i]! >= 0.5 ? 1 : 0]! += 1;
    for (const threshold of [0.2, 0.37, 0.5, 0.81, 0.99]) {
      const expected = [
        [0, 0],
        [0, 0],
      ];
      for (let i = 0; i < n; i++) expected[y[i]!]![score[i]! >= threshold ? 1 : 0]! += 1;
      const got = atThreshold(roc, at05, threshold);
      expect(got.confusion).toEqual(expected);
      const [[tn, fp], [fn, tp]] = expected as [[number, number], [number, number]];
      expect(got.accuracy).toBeCloseTo((tp + tn) / n, 12);
      expect(got.recall).toBeCloseTo(tp / (tp + fn), 12);
      expect(got.precision).toBeCloseTo(tp + fp > 0 ? tp / (tp + fp) : 0, 12);
    }
  });
});

function run(id: string, number: number, validation: number | undefined): RunRecord {
  const report = {
    model: 'linear',
    metrics: { train: { r2: 0.5 }, ...(validation !== undefined && { validation: { r2: validation } }) },
    timeMs: number * 10,
  };
  return {
    id,
    number,
    datasetId: 'd1',
    fileName: 'f.csv',
    spec: { model: 'linear', target: 't', method: 'ols' },
    methodLabel: { key: 'model.method.ols' },
    status: 'done',
    epochs: [],
    startedAt: 0,
    result: { report } as unknown as FitResult,
  };
}

describe('runs', () => {
  it('sort by validation score with runs lacking one last, either direction', () => {
    const runs = [run('a', 1, 0.3), run('b', 2, undefined), run('c', 3, 0.9)];
    expect(sortRuns(runs, 'validation', 'desc').map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(sortRuns(runs, 'validation', 'asc').map((r) => r.id)).toEqual(['a', 'c', 'b']);
  });

  it('collect live epochs, then the result; a stopped result is marked stopped', () => {
    const apply = (s: ModelsState, patch: Partial<ModelsState>): ModelsState => ({ ...s, ...patch });
    let s = apply(
      initialModels,
      runTransitions.started(initialModels, {
        id: 'run1',
        datasetId: 'd1',
        fileName: 'f.csv',
        spec: { model: 'linear', target: 't' },
        methodLabel: { key: 'model.method.ols' },
        startedAt: 0,
      }),
    );
    expect(s.activeRunId).toBe('run1');
    s = apply(s, runTransitions.progress(s, 'run1', { epochs: [{ epoch: 1, epochs: 3, trainLoss: 2, elapsedMs: 1 }] }));
    s = apply(s, runTransitions.progress(s, 'run1', { epochs: [{ epoch: 2, epochs: 3, trainLoss: 1, elapsedMs: 2 }] }));
    expect(s.runs[0]!.epochs.map((e) => e.epoch)).toEqual([1, 2]);
    s = apply(s, runTransitions.finished(s, 'run1', { runId: 'run1', stopped: true } as FitResult));
    expect(s.runs[0]!.status).toBe('stopped');
  });

  it('presets vary one thing and keep only what each method uses', () => {
    const form = {
      ...initialForm(
        [
          { name: 'x', type: 'number', missing: 0, invalid: 0 },
          { name: 'y', type: 'number', missing: 0, invalid: 0 },
        ],
        modelForms(),
      ),
      method: 'sgd',
      options: { learningRate: 0.05, epochs: 20 },
    };
    expect(presetVariants('descent', form).map((v) => v.method)).toEqual(['ols', 'gd', 'minibatch', 'sgd']);
    expect(presetVariants('descent', form)[0]!.options).toEqual({});
    expect(presetVariants('learningRates', form).map((v) => [v.method, v.options.learningRate, v.options.epochs])).toEqual([
      ['sgd', 0.001, 20],
      ['sgd', 0.01, 20],
      ['sgd', 0.1, 20],
    ]);
    expect(presetVariants('penalties', form).map((v) => [v.method, v.options.alpha])).toEqual([
      ['ridge', 0.01],
      ['ridge', 1],
      ['ridge', 100],
    ]);
  });
});
