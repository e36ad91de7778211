/** Each documented diagnosis rule, triggered by constructed numbers. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/models/diagnosis';
import type { TrainingCurves } from '../../../src/models/curves';

function curves(train: number[], validation: number[]): TrainingCurves {
  return {
    epochs: train.map((_, i) => i + 1),
    trainLoss: train,
    validationLoss: validation,
    metric: 'r2',
    trainMetric: [],
    validationMetric: [],
    objective: train,
  };
}

describe('diagnose', () => {
  it('unknown without validation rows', () => {
    expect(diagnose({ metric: 'r2', trainScore: 0.9, trainLoss: 1 }).verdict).toBe('unknown');
  });

  it('overfitting from a validation curve that turns up after epoch 3 while training keeps falling', () => {
    const d = diagnose({
      metric: 'r2',
      trainScore: 0.95,
      validationScore: 0.9,
      trainLoss: 0.1,
      validationLoss: 0.6,
      curves: curves([1, 0.5, 0.3, 0.2, 0.1], [1, 0.6, 0.5, 0.55, 0.6]),
    });
    expect(d.verdict).toBe('overfitting');
    expect(d.bestEpoch).toBe(3);
    expect(d.reasons[0]).toEqual({
      key: 'model.reason.validationRose',
      params: { bestEpoch: 3, best: 0.5, last: 0.6, lastEpoch: 5, risePercent: expect.closeTo(20, 9), trainBest: 0.3, trainLast: 0.1 },
    });
  });

  it('overfitting from the train/validation gap (R² 0.98 vs 0.70, loss ratio 10)', () => {
    const d = diagnose({ metric: 'r2', trainScore: 0.98, validationScore: 0.7, trainLoss: 1, validationLoss: 10 });
    expect(d.verdict).toBe('overfitting');
  });

  it('a gap below the threshold is not overfitting (0.08 < 0.10)', () => {
    expect(diagnose({ metric: 'r2', trainScore: 0.9, validationScore: 0.82, trainLoss: 1, validationLoss: 2 }).verdict).toBe('good fit');
  });

  it('underfitting: training R² 0.3; accuracy near the majority baseline', () => {
    expect(diagnose({ metric: 'r2', trainScore: 0.3, validationScore: 0.28, trainLoss: 1, validationLoss: 1.05 }).verdict).toBe(
      'underfitting',
    );
    // Baseline 0.6: needs ≥ 0.8 to count as learned.
    expect(
      diagnose({ metric: 'accuracy', trainScore: 0.7, validationScore: 0.69, trainLoss: 0.6, validationLoss: 0.61, baselineAccuracy: 0.6 })
        .verdict,
    ).toBe('underfitting');
  });

  it('underfitting when the training loss is still falling > 1 % at the end', () => {
    const train = Array.from({ length: 20 }, (_, i) => 1 / (i + 1));
    const d = diagnose({
      metric: 'r2',
      trainScore: 0.8,
      validationScore: 0.79,
      trainLoss: 0.05,
      validationLoss: 0.05,
      curves: curves(train, train),
    });
    expect(d.verdict).toBe('underfitting');
    expect(d.advice.map((a) => a.key)).toContain('model.advice.moreEpochs');
  });

  it('a training loss still falling over a flat validation loss is not underfitting (more epochs would not help)', () => {
    // The digits network of the e2e journey: train 0.0176 → 0.0153 over the last epochs (13 %), validation flat at 0.261.
    const train = Array.from({ length: 60 }, (_, i) => 1 / (i + 1));
    const validation = Array.from({ length: 60 }, (_, i) => 0.261 + 0.7 * Math.exp(-i / 3));
    const d = diagnose({
      metric: 'accuracy',
      trainScore: 1,
      validationScore: 0.96,
      trainLoss: 0.0153,
      validationLoss: 0.261,
      baselineAccuracy: 0.1,
      curves: curves(train, validation),
      run: { iterative: true, learningRate: 0.05, scaled: true, stopReason: 'maxEpochs' },
    });
    expect(d.verdict).toBe('good fit');
    expect(d.advice.map((a) => a.key)).not.toContain('model.advice.moreEpochs');
  });
});

describe('diagnose: verdicts that fit the curves, advice that fits the run (issue 11)', () => {
  const epochs = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));

  it('a loss that grows from 263 to 1731 is unstable and gets a smaller, never a larger, learning rate', () => {
    const train = epochs(20, (i) => 263 * Math.pow(1731 / 263, i / 19));
    const d = diagnose({
      metric: 'accuracy',
      trainScore: 0.5,
      validationScore: 0.5,
      trainLoss: 1731,
      validationLoss: 1800,
      baselineAccuracy: 0.4,
      curves: curves(train, train),
      run: { iterative: true, learningRate: 1, scaled: true, stopReason: 'maxEpochs' },
    });
    expect(d.verdict).toBe('unstable');
    expect(d.reasons[0]).toMatchObject({ key: 'model.reason.lossEndsAboveMinimum', params: { min: 263, minEpoch: 1, learningRate: 1 } });
    expect(d.advice).toEqual([{ key: 'model.advice.smallerLearningRate', params: { learningRate: 1 } }]);
  });

  it('an oscillating training loss is unstable, not a good fit', () => {
    const train = epochs(40, (i) => (i < 20 ? 1 / (i + 1) : 0.05 * (i % 2 === 0 ? 1 : 1.3)));
    const d = diagnose({
      metric: 'r2',
      trainScore: 0.9,
      validationScore: 0.89,
      trainLoss: 0.05,
      validationLoss: 0.05,
      curves: curves(train, train),
      run: { iterative: true, learningRate: 0.5, scaled: false },
    });
    expect(d.verdict).toBe('unstable');
    expect(d.reasons[0]!.key).toBe('model.reason.lossOscillates');
    expect(d.advice.map((a) => a.key)).toEqual(['model.advice.smallerLearningRate', 'model.advice.scaleFeatures']);
  });

  it('after early stopping a still-falling training loss is not underfitting ("train for more epochs" would be wrong)', () => {
    const train = epochs(20, (i) => 1 / (i + 1));
    const run = { iterative: true, learningRate: 0.1, scaled: true, earlyStopping: true, stopReason: 'earlyStopped' as const };
    const d = diagnose({
      metric: 'r2',
      trainScore: 0.8,
      validationScore: 0.79,
      trainLoss: 0.05,
      validationLoss: 0.05,
      curves: curves(train, train),
      run,
    });
    expect(d.verdict).toBe('good fit');
    expect(d.advice.map((a) => a.key)).not.toContain('model.advice.moreEpochs');
  });

  it('advice never suggests what the run already did (scaling on, penalty on, early stopping on)', () => {
    const train = epochs(20, (i) => 1 / (i + 1));
    const d = diagnose({
      metric: 'r2',
      trainScore: 0.8,
      validationScore: 0.79,
      trainLoss: 0.05,
      validationLoss: 0.05,
      curves: curves(train, train),
      run: { iterative: true, learningRate: 0.1, scaled: true, stopReason: 'maxEpochs' },
    });
    expect(d.verdict).toBe('underfitting');
    expect(d.advice.map((a) => a.key)).toEqual(['model.advice.moreEpochs', 'model.advice.largerLearningRate']);
    const over = diagnose({
      metric: 'r2',
      trainScore: 0.98,
      validationScore: 0.7,
      trainLoss: 1,
      validationLoss: 10,
      run: { iterative: true, penalised: true, earlyStopping: true, scaled: true },
    });
    expect(over.advice.map((a) => a.key)).toEqual(['model.advice.strongerPenalty', 'model.advice.simplerModel', 'model.advice.moreData']);
  });
});
