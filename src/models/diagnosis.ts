/**
 * A plain-language verdict on over- and underfitting, from numbers only, with documented rules
 * (thresholds exported so tests and the UI can cite them). Inputs use the main score (R² for
 * regression, accuracy for classification; higher is better) and the mean loss on train and
 * validation rows, plus the per-epoch curves when the fit was iterative.
 *
 * Rules, first match wins:
 * 1. No validation rows → 'unknown': overfitting cannot be judged without held-out data.
 * 2. Overfitting if the validation loss, after its minimum at epoch e*, ends more than
 *    RISE_AFTER_BEST (10 %) above that minimum while the training loss kept falling; or if
 *    train − validation score > SCORE_GAP (0.10 for R², 0.05 for accuracy) and the validation loss
 *    is more than LOSS_RATIO (1.5×) the training loss.
 * 3. Underfitting if the training score itself is poor: R² < POOR_R2 (0.5) or accuracy closes less
 *    than half of the way from the majority-class baseline to 1; or the training loss was still
 *    falling by more than STILL_FALLING (1 %) over the last 10 % of epochs (not converged).
 * 4. Otherwise a good fit.
 */
import type { TrainingCurves } from './curves';

export const RISE_AFTER_BEST = 0.1;
export const SCORE_GAP = { r2: 0.1, accuracy: 0.05 } as const;
export const LOSS_RATIO = 1.5;
export const POOR_R2 = 0.5;
export const STILL_FALLING = 0.01;

export interface DiagnosisInput {
  readonly metric: 'r2' | 'accuracy';
  readonly trainScore: number;
  readonly validationScore?: number;
  readonly trainLoss: number;
  readonly validationLoss?: number;
  /** Majority-class share of the training rows (classification). */
  readonly baselineAccuracy?: number;
  readonly curves?: TrainingCurves;
}

export interface Diagnosis {
  readonly verdict: 'overfitting' | 'underfitting' | 'good fit' | 'unknown';
  readonly reasons: string[];
  readonly suggestion: string;
  /** Epoch with the lowest validation loss, when curves were recorded. */
  readonly bestEpoch?: number;
}

const f3 = (v: number) => (Math.abs(v) >= 1000 || (Math.abs(v) < 0.001 && v !== 0) ? v.toPrecision(3) : v.toFixed(3));

export function diagnose(d: DiagnosisInput): Diagnosis {
  const c = d.curves;
  const hasCurve = !!c && c.validationLoss.length > 1 && c.validationLoss.length === c.trainLoss.length;
  let bestEpoch: number | undefined;
  if (hasCurve) {
    let b = 0;
    c.validationLoss.forEach((v, i) => {
      if (v < c.validationLoss[b]!) b = i;
    });
    bestEpoch = c.epochs[b];
  }
  const withBest = (x: Omit<Diagnosis, 'bestEpoch'>): Diagnosis => (bestEpoch !== undefined ? { ...x, bestEpoch } : x);
  if (d.validationScore === undefined || d.validationLoss === undefined || Number.isNaN(d.validationScore)) {
    return { verdict: 'unknown', reasons: ['No validation rows: overfitting cannot be judged from the training rows alone.'], suggestion: 'Hold out rows (--validation 0.2, --time-split 0.2) or use --folds 5.' };
  }
  const reasons: string[] = [];
  if (hasCurve) {
    const b = c.epochs.indexOf(bestEpoch!);
    const last = c.validationLoss.length - 1;
    const vBest = c.validationLoss[b]!;
    const vLast = c.validationLoss[last]!;
    const tBest = c.trainLoss[b]!;
    const tLast = c.trainLoss[last]!;
    if (b < last && vLast > vBest * (1 + RISE_AFTER_BEST) && tLast < tBest) {
      reasons.push(`Validation loss was lowest at epoch ${bestEpoch} (${f3(vBest)}) and rose ${f3((100 * (vLast - vBest)) / vBest)} % to ${f3(vLast)} by epoch ${c.epochs[last]}, while training loss kept falling (${f3(tBest)} → ${f3(tLast)}).`);
      return withBest({ verdict: 'overfitting', reasons, suggestion: `Stop near epoch ${bestEpoch} (early stopping), add regularisation (L2/L1), or use more data.` });
    }
  }
  const gap = d.trainScore - d.validationScore;
  const ratio = d.validationLoss / d.trainLoss;
  if (gap > SCORE_GAP[d.metric] && ratio > LOSS_RATIO) {
    reasons.push(`Training ${d.metric} ${f3(d.trainScore)} vs validation ${f3(d.validationScore)} (gap ${f3(gap)} > ${SCORE_GAP[d.metric]}); validation loss is ${f3(ratio)}× the training loss (> ${LOSS_RATIO}).`);
    return withBest({ verdict: 'overfitting', reasons, suggestion: 'Use a simpler model (fewer features, lower polynomial degree), more regularisation (larger alpha, smaller C), or more data.' });
  }
  const poor = d.metric === 'r2' ? d.trainScore < POOR_R2 : d.baselineAccuracy !== undefined && d.trainScore < d.baselineAccuracy + 0.5 * (1 - d.baselineAccuracy);
  if (poor) {
    reasons.push(d.metric === 'r2' ? `Training R² is only ${f3(d.trainScore)} (< ${POOR_R2}): the model misses much of the variation even on the rows it was fitted to.` : `Training accuracy ${f3(d.trainScore)} is close to always predicting the majority class (${f3(d.baselineAccuracy!)}).`);
    return withBest({ verdict: 'underfitting', reasons, suggestion: 'Add informative features or polynomial terms, reduce regularisation, or train longer / with a larger learning rate.' });
  }
  if (c && c.trainLoss.length >= 10) {
    const n = c.trainLoss.length;
    const from = c.trainLoss[n - 1 - Math.max(1, Math.floor(n / 10))]!;
    const to = c.trainLoss[n - 1]!;
    if (from > 0 && (from - to) / from > STILL_FALLING) {
      reasons.push(`Training loss was still falling over the last epochs (${f3(from)} → ${f3(to)}, ${f3((100 * (from - to)) / from)} %): the fit has not converged.`);
      return withBest({ verdict: 'underfitting', reasons, suggestion: 'Train for more epochs, use a larger learning rate, or scale the features (--scale standard).' });
    }
  }
  reasons.push(`Training ${d.metric} ${f3(d.trainScore)} and validation ${f3(d.validationScore)} are close (gap ${f3(gap)}); validation loss is ${f3(ratio)}× the training loss.`);
  return withBest({ verdict: 'good fit', reasons, suggestion: 'Nothing to fix; k-fold cross-validation (--folds 5) shows how stable the scores are.' });
}
