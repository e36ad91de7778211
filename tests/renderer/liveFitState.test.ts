/**
 * What the live fit chart is drawn from, without React: the run keeps the worker's sample of rows
 * and the latest streamed weights across progress messages; once the run is done, the line is the
 * report's coefficients in original units (not the last streamed epoch's, which early stopping may
 * have replaced), in the model inputs' order.
 */
import { describe, expect, it } from 'vitest';
import type { FitReport } from '../../src/models/pipeline';
import { initialModels, runTransitions } from '../../renderer/features/models/runsStore';
import type { ModelsState } from '../../renderer/features/models/runsStore';
import { finalLine } from '../../renderer/features/models/runCoefficients';

const apply = (s: ModelsState, patch: Partial<ModelsState>): ModelsState => ({ ...s, ...patch });
const epoch = (e: number) => ({ epoch: e, epochs: 10, trainLoss: 1 / e, elapsedMs: e });

describe('live fit state', () => {
  it('keeps the rows from the first message and the latest weights', () => {
    let s = apply(
      initialModels,
      runTransitions.started(initialModels, {
        id: 'r',
        datasetId: 'd',
        fileName: 'f.csv',
        spec: { model: 'linear', target: 'y' },
        methodLabel: { key: 'model.method.sgd' },
        startedAt: 0,
      }),
    );
    const points = { target: 'y', inputs: ['x'], x: [[1, 2]], y: [3, 4], total: 2 };
    s = apply(s, runTransitions.progress(s, 'r', { epochs: [], points }));
    s = apply(s, runTransitions.progress(s, 'r', { epochs: [epoch(1)], weights: { weights: [1], intercept: 0 } }));
    s = apply(s, runTransitions.progress(s, 'r', { epochs: [epoch(2)], weights: { weights: [1.5], intercept: 0.25 } }));
    s = apply(s, runTransitions.progress(s, 'r', { epochs: [epoch(3)] }));
    const run = s.runs[0]!;
    expect(run.livePoints).toEqual(points);
    expect(run.liveWeights).toEqual({ weights: [1.5], intercept: 0.25 });
    expect(run.epochs.map((e) => e.epoch)).toEqual([1, 2, 3]);
  });

  it('the final line is the report’s, in original units when scaled, in feature order', () => {
    const report = {
      features: ['bmi', 'bmi^2'],
      coefficients: { bmi: 9, 'bmi^2': 3 },
      intercept: 150,
      coefficientsOriginalUnits: { 'bmi^2': 0.5, bmi: -2 },
      interceptOriginalUnits: -40,
    } as unknown as FitReport;
    expect(finalLine(report)).toEqual({ weights: [-2, 0.5], intercept: -40 });
    const unscaled = { features: ['a', 'b'], coefficients: { a: 1, b: 2 }, intercept: 3 } as unknown as FitReport;
    expect(finalLine(unscaled)).toEqual({ weights: [1, 2], intercept: 3 });
    // Several outputs (multinomial): no single line.
    expect(
      finalLine({ features: ['a'], coefficients: { c1: { a: 1 }, c2: { a: 2 } }, intercept: { c1: 0, c2: 0 } } as unknown as FitReport),
    ).toBeNull();
    expect(finalLine(undefined)).toBeNull();
  });
});
