/**
 * A binary classifier's confusion matrix and metrics at another decision threshold, read off its
 * ROC curve (the report's points: thresholds decreasing, x = false positive rate, y = true positive
 * rate; point i counts scores ≥ thresholds[i] as positive) and the class totals of its confusion matrix.
 */
import type { CurvePoints } from '../../../src/protocol/protocol';

export interface ThresholdResult {
  /** Rows = actual (negative, positive), columns = predicted. */
  readonly confusion: [[number, number], [number, number]];
  readonly accuracy: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function atThreshold(roc: CurvePoints, confusion: readonly (readonly number[])[], threshold: number): ThresholdResult {
  const negatives = confusion[0]![0]! + confusion[0]![1]!;
  const positives = confusion[1]![0]! + confusion[1]![1]!;
  // The last point whose threshold is still ≥ the chosen one: every score ≥ threshold is positive.
  let i = 0;
  while (i + 1 < roc.thresholds.length && roc.thresholds[i + 1]! >= threshold) i++;
  const tp = Math.round(roc.y[i]! * positives);
  const fp = Math.round(roc.x[i]! * negatives);
  const fn = positives - tp;
  const tn = negatives - fp;
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = positives > 0 ? tp / positives : 0;
  return {
    confusion: [
      [tn, fp],
      [fn, tp],
    ],
    accuracy: (tp + tn) / (positives + negatives),
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
  };
}
