/**
 * The course's two-layer network on its breast-cancer split (train_test_split with stratify,
 * test_size 0.2, random_state 42, applied twice; standardised on the training rows):
 * - 'ones' initialisation, full batch, 10 sigmoid units, η 0.1, L2 0.01 is deterministic, so every
 *   per-epoch loss over 20,000 epochs must match the numpy generator to 1e-9 relative, and the
 *   validation accuracy must be the course's printed 0.978;
 * - mini-batch 32 (500 epochs) and 128 (1,000 epochs) from N(0, 1) weights: different random numbers
 *   from the course's np.random.seed(42), so 0.978 within ±0.02.
 */
import { describe, expect, it } from 'vitest';
import { MLPClassifier } from '../../../src/models/mlp/MLPClassifier';
import { cancerSplit, course, maxRelativeError } from './fixtures';

const data = cancerSplit();
const validation = { validation: data.validation! };
const COURSE_ACCURACY = 0.978;

describe("the course's two-layer network on breast cancer", () => {
  it('ones initialisation, full batch: per-epoch losses equal numpy to 1e-9 over 20,000 epochs; validation accuracy 0.978', () => {
    const m = new MLPClassifier({
      hidden: [10],
      activation: 'sigmoid',
      init: 'ones',
      method: 'gd',
      learningRate: 0.1,
      penalty: 'l2',
      alpha: 0.01,
      epochs: 20000,
    });
    m.fit(data.x, data.y, validation);
    const c = m.curves!;
    expect(c.epochs.length).toBe(20000);
    const ref = course.twoLayer;
    const at = (series: number[]) => ref.epochs.map((e) => series[e - 1]!);
    expect(maxRelativeError(at(c.trainLoss), ref.trainLoss)).toBeLessThan(1e-9);
    expect(maxRelativeError(at(c.objective), ref.objective)).toBeLessThan(1e-9);
    expect(maxRelativeError(at(c.validationLoss), ref.validationLoss)).toBeLessThan(1e-9);
    expect(at(c.trainMetric)).toEqual(ref.trainMetric);
    expect(at(c.validationMetric)).toEqual(ref.validationMetric);
    expect(m.score(data.validation!.x, data.validation!.y)).toBe(course.courseAccuracy.dualLayer);
    expect(m.score(data.validation!.x, data.validation!.y)).toBeCloseTo(COURSE_ACCURACY, 3);
    expect(m.stopReason).toBe('maxEpochs');
  }, 120_000);

  it.each([
    [32, 500],
    [128, 1000],
  ])(
    'mini-batch %i from N(0, 1) weights, %i epochs: validation accuracy 0.978 ± 0.02',
    (batchSize, epochs) => {
      const m = new MLPClassifier({
        hidden: [10],
        activation: 'sigmoid',
        init: 'normal',
        method: 'minibatch',
        batchSize,
        learningRate: 0.1,
        penalty: 'l2',
        alpha: 0.01,
        epochs,
        randomState: 42,
      });
      m.fit(data.x, data.y, validation);
      expect(Math.abs(m.score(data.validation!.x, data.validation!.y) - COURSE_ACCURACY)).toBeLessThanOrEqual(0.02);
      // The course's own runs (its random numbers) print 0.978 too.
      expect(course.courseAccuracy[batchSize === 32 ? 'minibatch32' : 'minibatch128']).toBeCloseTo(COURSE_ACCURACY, 3);
    },
    60_000,
  );
});
