/**
 * What a gradient-descent run does between epochs, apart from the steps themselves
 * (gradientDescent.ts): record the epoch's point of the training curves, detect divergence, keep
 * the best epoch's weights for early stopping, report progress to the caller and honour its stop
 * button — and, at the end, say how and why the run finished (DescentResult, descentInfo).
 *
 * Divergence — a non-finite loss or weight, or a loss that grew in each of DIVERGE_EPOCHS epochs in
 * a row to more than DIVERGE_FACTOR× its lowest value — stops the run and restores the weights from
 * before the last epoch, so coefficients are never NaN. One bad epoch is not divergence: an
 * unscaled per-sample run often jumps once and recovers.
 */
import type { Message } from '../table/messages';
import { msg } from '../table/messages';
import type { LinearParameters } from './linear';
import { lossAndMetric } from './linear';
import type { RowLoss } from './losses';
import { weightPenalty } from './losses';
import type { TrainingCurves } from './curves';
import { emptyCurves } from './curves';
import type { DescentData, FitControl, StopReason } from './estimatorContract';
import type { GradientDescentOptions, ResolvedDescentOptions } from './descentOptions';
import { resolveDescentOptions } from './descentOptions';

/** Divergence: the training loss rose in this many consecutive epochs … */
export const DIVERGE_EPOCHS = 5;
/** … to more than this many times the lowest training loss of the run. */
export const DIVERGE_FACTOR = 1e4;

export interface DescentHooks {
  readonly validation?: DescentData;
  /** Main metric recorded per epoch: 'r2' (regression) or 'accuracy' (classifiers). */
  readonly metric: 'r2' | 'accuracy';
  /** Decision threshold for binary accuracy (default 0.5). */
  readonly threshold?: number;
  /** Called after each epoch (e.g. to record distance to the least-squares optimum). */
  readonly onEpoch?: (epoch: number, params: LinearParameters) => void;
  /** The caller's progress callback and stop button. */
  readonly control?: FitControl;
}

export interface DescentResult {
  readonly params: LinearParameters;
  readonly curves: TrainingCurves;
  readonly stopReason: Extract<StopReason, 'maxEpochs' | 'earlyStopped' | 'diverged' | 'stopped'>;
  readonly epochsRun: number;
  /**
   * The one best epoch: lowest validation loss by the early-stopping test (improvement by more
   * than `tol`), the epoch whose weights early stopping keeps; the last epoch without validation data.
   */
  readonly bestEpoch: number;
  /** Why the run ended early (diverged, early stopped, stopped by the caller). */
  readonly message?: Message;
  readonly elapsedMs: number;
}

/** Weights and intercepts to restore (the start of the current or of the previous epoch). */
export interface WeightSnapshot {
  readonly w: Float64Array;
  readonly b: Float64Array;
}

/** Watches one run's epochs; the loop calls finishEpoch after each and stops when it says so. */
export class DescentMonitor {
  readonly curves: TrainingCurves;
  /**
   * The training loss at the starting weights (NaN until known): batch descent learns it from its
   * first pass, the other methods before the first step. Divergence compares against it too.
   */
  startLoss = Number.NaN;
  private stopReason: DescentResult['stopReason'] = 'maxEpochs';
  private message: Message | undefined;
  private readonly best: { w: Float64Array; b: Float64Array; loss: number; epoch: number };
  private sinceBest = 0;
  private patienceRef = Infinity;
  private lowestTrain = Infinity;
  private rising = 0;
  private lastTrain = Number.NaN;

  constructor(
    private readonly params: LinearParameters,
    private readonly loss: RowLoss,
    private readonly o: ResolvedDescentOptions,
    private readonly hooks: DescentHooks,
    private readonly start: number,
  ) {
    this.curves = emptyCurves(hooks.metric);
    this.best = { w: Float64Array.from(params.weights), b: Float64Array.from(params.intercepts), loss: Infinity, epoch: 0 };
  }

  /** Ends the run as diverged at epoch e: the weights go back to `restore`. */
  diverge(e: number, lossNow: number, restore: WeightSnapshot): void {
    this.params.weights.set(restore.w);
    this.params.intercepts.set(restore.b);
    this.stopReason = 'diverged';
    this.message = msg('model.warning.diverged', {
      epoch: e,
      learningRate: this.o.learningRate,
      ...(Number.isFinite(lossNow) && { loss: lossNow }),
    });
  }

  /** Records epoch e from the training loss/metric of the current weights; false stops the run. */
  finishEpoch(e: number, trainLoss: number, trainMetric: number, restore: WeightSnapshot): boolean {
    const { params, o, hooks, curves, best } = this;
    const w = params.weights;
    const b = params.intercepts;
    this.rising = trainLoss > this.lastTrain ? this.rising + 1 : 0;
    this.lastTrain = trainLoss;
    this.lowestTrain = Math.min(this.lowestTrain, Number.isFinite(this.startLoss) ? this.startLoss : trainLoss, trainLoss);
    if (!Number.isFinite(trainLoss) || (this.rising >= DIVERGE_EPOCHS && trainLoss > DIVERGE_FACTOR * Math.max(this.lowestTrain, 1e-12))) {
      this.diverge(e, trainLoss, restore);
      return false;
    }
    curves.epochs.push(e);
    curves.trainLoss.push(trainLoss);
    curves.objective.push(trainLoss + weightPenalty(w, o.penalty, o.alpha));
    curves.trainMetric.push(trainMetric);
    const v = hooks.validation;
    let valLoss = Number.NaN;
    let valMetric = Number.NaN;
    if (v && v.x.rows > 0) {
      const valEval = lossAndMetric(v.x, v.y, params, this.loss, hooks.metric, hooks.threshold);
      valLoss = valEval.loss;
      valMetric = valEval.metric;
      curves.validationLoss.push(valLoss);
      curves.validationMetric.push(valMetric);
    }
    hooks.onEpoch?.(e, params);
    const monitored = Number.isNaN(valLoss) ? trainLoss : valLoss;
    // The best epoch is the lowest loss (one definition for early stopping, reports and the
    // diagnosis); patience counts epochs since the loss last improved by more than `tol`.
    if (monitored < best.loss) {
      best.loss = monitored;
      best.epoch = e;
      best.w.set(w);
      best.b.set(b);
    }
    const improved = monitored < this.patienceRef * (1 - o.tol);
    if (improved) {
      this.patienceRef = monitored;
      this.sinceBest = 0;
    }
    const control = hooks.control;
    control?.onEpoch?.(
      {
        epoch: e,
        epochs: o.epochs,
        trainLoss,
        trainMetric,
        ...(!Number.isNaN(valLoss) && { validationLoss: valLoss, validationMetric: valMetric, bestEpoch: best.epoch }),
        elapsedMs: performance.now() - this.start,
      },
      () => params,
    );
    const keepBest = o.earlyStopping && v;
    if (!improved && ++this.sinceBest >= o.patience && keepBest) {
      this.restoreBest();
      this.stopReason = 'earlyStopped';
      this.message = msg('model.warning.earlyStopped', { epoch: e, bestEpoch: best.epoch, patience: o.patience });
      return false;
    }
    if (e < o.epochs && control?.shouldStop?.()) {
      if (keepBest) this.restoreBest();
      this.stopReason = 'stopped';
      this.message = msg('model.warning.stopped', { epoch: e, epochs: o.epochs, ...(keepBest && { bestEpoch: best.epoch }) });
      return false;
    }
    return true;
  }

  /** Puts the best epoch's weights back (early stopping, or a stop with validation data). */
  private restoreBest(): void {
    this.params.weights.set(this.best.w);
    this.params.intercepts.set(this.best.b);
  }

  /** The finished run: its weights as they stand, the curves, why it ended and its best epoch. */
  result(): DescentResult {
    const epochsRun = this.curves.epochs.length;
    return {
      params: this.params,
      curves: this.curves,
      stopReason: this.stopReason,
      epochsRun,
      bestEpoch: this.hooks.validation ? this.best.epoch : epochsRun,
      ...(this.message !== undefined && { message: this.message }),
      elapsedMs: performance.now() - this.start,
    };
  }
}

/** FitInfo fields of a finished descent run. */
export function descentInfo(r: Omit<DescentResult, 'params'>, options: GradientDescentOptions) {
  return {
    stopReason: r.stopReason,
    epochsRun: r.epochsRun,
    epochsRequested: resolveDescentOptions(options).epochs,
    bestEpoch: r.bestEpoch,
    converged: r.stopReason !== 'diverged',
    warnings: r.message ? [r.message] : [],
  };
}
