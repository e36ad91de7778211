/**
 * Loss history of long fits: kept to a bounded size whatever the epoch count, with the first, the
 * last and the best epoch always among the kept points, whether the epochs stream in (the run's
 * state while it trains) or come as the report's full curves.
 */
import { describe, expect, it } from 'vitest';
import type { FitEpoch } from '../../src/protocol/protocol';
import { appendEpochs, MAX_CURVE_POINTS, thinLosses } from '../../renderer/features/models/curveThinning';
import { bestEpoch, runLosses } from '../../renderer/features/models/trainingChart';
import type { RunRecord } from '../../renderer/features/models/runsStore';

const EPOCHS = 200_000;
const BEST = 123_457;
/** A falling validation loss with one dip at BEST (not on any power-of-two stride). */
const validation = (e: number) => (e === BEST ? 0.5 : 1 + 1 / e);
const epoch = (e: number): FitEpoch => ({ epoch: e, epochs: EPOCHS, trainLoss: 2 / e, validationLoss: validation(e), elapsedMs: e / 10 });

describe('curve thinning', () => {
  it('200,000 streamed epochs in batches keep at most 2,000, with first, last and best', () => {
    let kept: readonly FitEpoch[] = [];
    let largest = 0;
    for (let start = 1; start <= EPOCHS; start += 997) {
      kept = appendEpochs(
        kept,
        Array.from({ length: Math.min(997, EPOCHS - start + 1) }, (_, i) => epoch(start + i)),
      );
      largest = Math.max(largest, kept.length);
    }
    expect(largest).toBeLessThanOrEqual(MAX_CURVE_POINTS);
    expect(kept.length).toBeGreaterThan(MAX_CURVE_POINTS / 4);
    const numbers = kept.map((e) => e.epoch);
    expect(numbers[0]).toBe(1);
    expect(numbers.at(-1)).toBe(EPOCHS);
    expect(numbers).toContain(BEST);
    expect(numbers.every((e, i) => i === 0 || e > numbers[i - 1]!)).toBe(true);
    // The chart marks the true best epoch from the kept points.
    const run = { epochs: kept } as unknown as RunRecord;
    expect(bestEpoch(runLosses(run)!)).toBe(BEST);
  });

  it('a short fit keeps every epoch', () => {
    const kept = appendEpochs(appendEpochs([], [epoch(1), epoch(2)]), [epoch(3)]);
    expect(kept.map((e) => e.epoch)).toEqual([1, 2, 3]);
  });

  it('a finished run’s full curves are thinned the same way, values paired with their epochs', () => {
    const train = Array.from({ length: EPOCHS }, (_, i) => 2 / (i + 1));
    const val = Array.from({ length: EPOCHS }, (_, i) => validation(i + 1));
    const thin = thinLosses(train, val);
    expect(thin.epochs.length).toBeLessThanOrEqual(MAX_CURVE_POINTS);
    expect(thin.epochs[0]).toBe(1);
    expect(thin.epochs.at(-1)).toBe(EPOCHS);
    thin.epochs.forEach((e, i) => {
      expect(thin.train[i]).toBe(train[e - 1]);
      expect(thin.validation![i]).toBe(val[e - 1]);
    });
    expect(bestEpoch(thin)).toBe(BEST);
    // Without a validation curve the lowest training loss is the one kept.
    const dip = thinLosses(
      train.map((v, i) => (i === BEST - 1 ? 0 : v)),
      undefined,
    );
    expect(dip.validation).toBeUndefined();
    expect(dip.epochs).toContain(BEST);
  });
});
