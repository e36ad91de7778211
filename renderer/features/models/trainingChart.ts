/**
 * What the training-curve chart shows of one or several runs: their train/validation loss per epoch
 * (the live epochs while a run trains, its recorded curves once done), the best epoch, and a
 * closed-form run (least squares) as the flat level a descent converges to. The worker draws it.
 */
import type { ModelChartRequest, TrainingRun } from '../../../src/protocol/protocol';
import type { RunRecord } from './runsStore';
import { thinLosses } from './curveThinning';

export interface Look {
  readonly theme: 'light' | 'dark';
  readonly locale: 'en' | 'ko';
}

export interface Losses {
  /** The epoch of each value (1-based): curves are thinned to a bounded size (curveThinning.ts). */
  readonly epochs: readonly number[];
  readonly train: readonly number[];
  readonly validation?: readonly number[];
}

/** Loss per epoch of a run: the report's curves when finished, the streamed (kept) epochs while training. */
export function runLosses(run: RunRecord): Losses | null {
  const curves = run.result?.report.curves;
  if (curves && curves.trainLoss.length > 0)
    return thinLosses(curves.trainLoss, curves.validationLoss.length === curves.trainLoss.length ? curves.validationLoss : undefined);
  if (run.epochs.length === 0) return null;
  const validation = run.epochs.every((e) => e.validationLoss !== undefined) ? run.epochs.map((e) => e.validationLoss!) : undefined;
  return { epochs: run.epochs.map((e) => e.epoch), train: run.epochs.map((e) => e.trainLoss), ...(validation && { validation }) };
}

/** The epoch with the lowest validation loss, if there is a validation curve (thinning keeps that epoch). */
export function bestEpoch(losses: Losses): number | undefined {
  const v = losses.validation;
  if (!v || v.length === 0) return undefined;
  let best = 0;
  v.forEach((x, i) => (x < v[best]! ? (best = i) : undefined));
  return losses.epochs[best];
}

/** Half the mean squared error on the training rows: the loss the descent curves use, for a closed-form level. */
function closedFormLoss(run: RunRecord): number | undefined {
  const m = run.result?.report.metrics.train as { mse?: number } | undefined;
  return m?.mse === undefined ? undefined : m.mse / 2;
}

export function trainingRequest(runs: readonly RunRecord[], name: (run: RunRecord) => string): ModelChartRequest | null {
  const curves: TrainingRun[] = [];
  const levels: { name: string; value: number }[] = [];
  let first: Losses | undefined;
  for (const run of runs) {
    const losses = runLosses(run);
    first ??= losses ?? undefined;
    if (losses) curves.push({ name: name(run), ...losses });
    else {
      const level = closedFormLoss(run);
      if (level !== undefined) levels.push({ name: name(run), value: level });
    }
  }
  if (curves.length === 0) return null;
  const best = curves.length === 1 && first ? bestEpoch(first) : undefined;
  return { kind: 'training', runs: curves, ...(best !== undefined && { bestEpoch: best }), ...(levels.length > 0 && { levels }) };
}
