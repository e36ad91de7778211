/**
 * A plain-language verdict on a fit, from numbers only, with documented rules (thresholds exported
 * so tests and the UI can cite them). Inputs use the main score (R² for regression, accuracy for
 * classification; higher is better), the mean loss on train and validation rows, the per-epoch
 * curves of an iterative fit, and what the run already did (scaling, penalty, early stopping), so
 * the advice never suggests what the user already did. Reasons and advice are Messages.
 *
 * Rules, first match wins:
 * 1. Unstable if the run diverged; or, with ≥ MIN_CURVE epochs, if the training loss ends more
 *    than UNSTABLE_RISE (50 %) above its minimum, or rises by more than OSCILLATION_STEP (2 %) in
 *    more than OSCILLATION_SHARE (25 %) of the epochs of the second half (it oscillates).
 * 2. No validation rows → 'unknown': overfitting cannot be judged without held-out data.
 * 3. Overfitting if the validation loss, after its minimum at the best epoch, ends more than
 *    RISE_AFTER_BEST (10 %) above that minimum while the training loss kept falling; or if
 *    train − validation score > SCORE_GAP (0.10 for R², 0.05 for accuracy) and the validation loss
 *    is more than LOSS_RATIO (1.5×) the training loss.
 * 4. Underfitting if the training score itself is poor: R² < POOR_R2 (0.5) or accuracy closes less
 *    than half of the way from the majority-class baseline to 1; or, unless the run was stopped
 *    early on purpose, the training loss — and the validation loss, where it was tracked per
 *    epoch — was still falling by more than STILL_FALLING (1 %) over the last 10 % of epochs (not
 *    converged, and more epochs would still help held-out rows).
 * 5. Otherwise a good fit.
 * The best epoch is one number everywhere: the epoch with the lowest validation loss (the weights
 * early stopping keeps).
 */
import type { Message } from '../table/messages';
import { msg } from '../table/messages';
import type { TrainingCurves } from './curves';
import type { StopReason } from './estimatorContract';

export const RISE_AFTER_BEST = 0.1;
export const SCORE_GAP = { r2: 0.1, accuracy: 0.05 } as const;
export const LOSS_RATIO = 1.5;
export const POOR_R2 = 0.5;
export const STILL_FALLING = 0.01;
export const MIN_CURVE = 10;
export const UNSTABLE_RISE = 0.5;
export const OSCILLATION_STEP = 0.02;
export const OSCILLATION_SHARE = 0.25;

export type Verdict = 'overfitting' | 'underfitting' | 'good fit' | 'unstable' | 'unknown';

/** What the run already did: advice leaves these out. */
export interface RunContext {
  readonly iterative?: boolean;
  readonly learningRate?: number;
  readonly scaled?: boolean;
  readonly penalised?: boolean;
  readonly earlyStopping?: boolean;
  readonly degree?: number;
  readonly crossValidated?: boolean;
  readonly stopReason?: StopReason;
}

export interface DiagnosisInput {
  readonly metric: 'r2' | 'accuracy';
  readonly trainScore: number;
  readonly validationScore?: number;
  readonly trainLoss: number;
  readonly validationLoss?: number;
  /** Majority-class share of the training rows (classification). */
  readonly baselineAccuracy?: number;
  readonly curves?: TrainingCurves;
  readonly run?: RunContext;
}

export interface Diagnosis {
  readonly verdict: Verdict;
  readonly reasons: Message[];
  readonly advice: Message[];
  /** Epoch with the lowest validation loss, when curves were recorded. */
  readonly bestEpoch?: number;
}

/** The epoch (1-based number from the curves) with the lowest validation loss; first one on ties. */
export function bestValidationEpoch(c: TrainingCurves | undefined): number | undefined {
  if (!c || c.validationLoss.length === 0) return undefined;
  let b = 0;
  c.validationLoss.forEach((v, i) => {
    if (v < c.validationLoss[b]!) b = i;
  });
  return c.epochs[b];
}

const advice = (...items: (Message | false | undefined)[]): Message[] => items.filter((m): m is Message => !!m);

export function diagnose(d: DiagnosisInput): Diagnosis {
  const run = d.run ?? {};
  const c = d.curves;
  const bestEpoch = bestValidationEpoch(c);
  const withBest = (x: Omit<Diagnosis, 'bestEpoch'>): Diagnosis => (bestEpoch !== undefined ? { ...x, bestEpoch } : x);
  const unstable = instability(d, run);
  if (unstable) return withBest(unstable);
  if (d.validationScore === undefined || d.validationLoss === undefined || Number.isNaN(d.validationScore)) {
    return withBest({ verdict: 'unknown', reasons: [msg('model.reason.noValidation')], advice: [msg('model.advice.holdOut')] });
  }
  const overfit = overfitting(d, run, bestEpoch);
  if (overfit) return withBest(overfit);
  const underfit = underfitting(d, run);
  if (underfit) return withBest(underfit);
  const gap = d.trainScore - d.validationScore;
  return withBest({
    verdict: 'good fit',
    reasons: [
      msg('model.reason.close', {
        metric: d.metric,
        train: d.trainScore,
        validation: d.validationScore,
        gap,
        ratio: d.validationLoss / d.trainLoss,
      }),
    ],
    advice: advice(run.crossValidated ? msg('model.advice.nothingToFix') : msg('model.advice.crossValidate')),
  });
}

function instability(d: DiagnosisInput, run: RunContext): Omit<Diagnosis, 'bestEpoch'> | undefined {
  const lr = run.learningRate;
  const fix = () =>
    advice(
      lr !== undefined && msg('model.advice.smallerLearningRate', { learningRate: lr }),
      !run.scaled && msg('model.advice.scaleFeatures'),
    );
  if (run.stopReason === 'diverged')
    return { verdict: 'unstable', reasons: [msg('model.reason.diverged', lr !== undefined ? { learningRate: lr } : {})], advice: fix() };
  const t = d.curves?.trainLoss;
  if (!t || t.length < MIN_CURVE) return undefined;
  let minAt = 0;
  t.forEach((v, i) => (v < t[minAt]! ? (minAt = i) : undefined));
  const last = t[t.length - 1]!;
  const min = t[minAt]!;
  if (last > min * (1 + UNSTABLE_RISE) && minAt < t.length - 1) {
    return {
      verdict: 'unstable',
      reasons: [
        msg('model.reason.lossEndsAboveMinimum', {
          last,
          min,
          minEpoch: d.curves!.epochs[minAt]!,
          ...(lr !== undefined && { learningRate: lr }),
        }),
      ],
      advice: fix(),
    };
  }
  const half = Math.floor(t.length / 2);
  let rises = 0;
  for (let i = half + 1; i < t.length; i++) if (t[i]! > t[i - 1]! * (1 + OSCILLATION_STEP)) rises++;
  const steps = t.length - half - 1;
  if (rises > OSCILLATION_SHARE * steps) {
    return {
      verdict: 'unstable',
      reasons: [msg('model.reason.lossOscillates', { rises, epochs: steps, ...(lr !== undefined && { learningRate: lr }) })],
      advice: fix(),
    };
  }
  return undefined;
}

function overfitting(d: DiagnosisInput, run: RunContext, bestEpoch: number | undefined): Omit<Diagnosis, 'bestEpoch'> | undefined {
  const c = d.curves;
  const cure = () =>
    advice(
      run.iterative && !run.earlyStopping && bestEpoch !== undefined && msg('model.advice.stopEarly', { bestEpoch }),
      run.penalised ? msg('model.advice.strongerPenalty') : msg('model.advice.addPenalty'),
      msg('model.advice.simplerModel'),
      msg('model.advice.moreData'),
    );
  if (c && bestEpoch !== undefined && c.validationLoss.length === c.trainLoss.length && c.validationLoss.length > 1) {
    const b = c.epochs.indexOf(bestEpoch);
    const last = c.validationLoss.length - 1;
    const vBest = c.validationLoss[b]!;
    const vLast = c.validationLoss[last]!;
    const tBest = c.trainLoss[b]!;
    const tLast = c.trainLoss[last]!;
    if (b < last && vLast > vBest * (1 + RISE_AFTER_BEST) && tLast < tBest) {
      const reason = msg('model.reason.validationRose', {
        bestEpoch,
        best: vBest,
        last: vLast,
        lastEpoch: c.epochs[last]!,
        risePercent: (100 * (vLast - vBest)) / vBest,
        trainBest: tBest,
        trainLast: tLast,
      });
      return { verdict: 'overfitting', reasons: [reason], advice: cure() };
    }
  }
  const gap = d.trainScore - d.validationScore!;
  const ratio = d.validationLoss! / d.trainLoss;
  if (gap > SCORE_GAP[d.metric] && ratio > LOSS_RATIO) {
    const reason = msg('model.reason.scoreGap', {
      metric: d.metric,
      train: d.trainScore,
      validation: d.validationScore!,
      gap,
      maxGap: SCORE_GAP[d.metric],
      ratio,
      maxRatio: LOSS_RATIO,
    });
    return { verdict: 'overfitting', reasons: [reason], advice: cure() };
  }
  return undefined;
}

function underfitting(d: DiagnosisInput, run: RunContext): Omit<Diagnosis, 'bestEpoch'> | undefined {
  const poor =
    d.metric === 'r2'
      ? d.trainScore < POOR_R2
      : d.baselineAccuracy !== undefined && d.trainScore < d.baselineAccuracy + 0.5 * (1 - d.baselineAccuracy);
  const stoppedOnPurpose = run.stopReason === 'earlyStopped';
  if (poor) {
    const reason =
      d.metric === 'r2'
        ? msg('model.reason.poorR2', { r2: d.trainScore, min: POOR_R2 })
        : msg('model.reason.nearBaseline', { accuracy: d.trainScore, baseline: d.baselineAccuracy! });
    const items = advice(
      msg('model.advice.addFeatures'),
      (run.degree ?? 1) === 1 && msg('model.advice.polynomialTerms'),
      run.penalised && msg('model.advice.weakerPenalty'),
      run.iterative && !stoppedOnPurpose && run.stopReason === 'maxEpochs' && msg('model.advice.moreEpochs'),
      run.iterative && !run.scaled && msg('model.advice.scaleFeatures'),
    );
    return { verdict: 'underfitting', reasons: [reason], advice: items };
  }
  const c = d.curves;
  if (c && c.trainLoss.length >= MIN_CURVE && !stoppedOnPurpose && run.stopReason !== 'converged') {
    const n = c.trainLoss.length;
    const window = Math.max(1, Math.floor(n / 10));
    const falling = (loss: readonly number[]) => {
      const [a, b] = [loss[n - 1 - window]!, loss[n - 1]!];
      return a > 0 && (a - b) / a > STILL_FALLING;
    };
    const from = c.trainLoss[n - 1 - window]!;
    const to = c.trainLoss[n - 1]!;
    // More epochs only help if the held-out loss is still falling too; a flat validation loss
    // under a falling training loss is the validation floor, not an unfinished fit.
    const validationFalling = c.validationLoss.length !== n || falling(c.validationLoss);
    if (falling(c.trainLoss) && validationFalling) {
      const items = advice(
        msg('model.advice.moreEpochs'),
        run.learningRate !== undefined && msg('model.advice.largerLearningRate', { learningRate: run.learningRate }),
        !run.scaled && msg('model.advice.scaleFeatures'),
      );
      return {
        verdict: 'underfitting',
        reasons: [msg('model.reason.stillFalling', { from, to, percent: (100 * (from - to)) / from })],
        advice: items,
      };
    }
  }
  return undefined;
}
