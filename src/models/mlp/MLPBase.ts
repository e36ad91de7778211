/**
 * What MLPClassifier and MLPRegressor share: options, the network's parameters, training through
 * trainNetwork, block-wise forward passes for predictions, and JSON. The subclasses choose the
 * output layer (Head) and the metric.
 */
import type { DenseMatrix } from '../../linalg';
import { FitplotError } from '../../table/errors';
import type { Message } from '../../table/messages';
import type { TrainingCurves } from '../curves';
import type { Estimator, EstimatorJSON, FitInfo, FitOptions, StopReason } from '../estimatorContract';
import { checkFeatures, notFitted } from '../estimatorContract';
import type { Net } from './blockPass';
import { createWorkspace, forwardBlock } from './blockPass';
import type { LayerJSON, Parameters } from './network';
import { initialParameters, parametersFromLayers, parametersToLayers } from './network';
import type { MLPOptions, ResolvedOptions } from './options';
import { checkOptions } from './options';
import type { Head } from './outputLayer';
import { outputValues } from './outputLayer';
import { trainNetwork } from './train';

/** Rows per forward block when predicting. */
const PREDICT_BLOCK = 256;

export abstract class MLPBase implements Estimator {
  abstract readonly kind: string;
  abstract fit(x: DenseMatrix, y: ArrayLike<number>, fitOptions?: FitOptions): this;
  abstract predict(x: DenseMatrix): Float64Array;
  abstract score(x: DenseMatrix, y: ArrayLike<number>): number;
  abstract toJSON(): EstimatorJSON;
  readonly options: MLPOptions;
  protected readonly resolved: ResolvedOptions;
  protected net: Net | undefined;
  /** Weights to start the next fit from instead of the initialisation (see startFrom). */
  private start: Parameters | undefined;
  curves: TrainingCurves | undefined;
  stopReason: StopReason | undefined;
  epochsRun = 0;
  bestEpoch = 0;
  warnings: Message[] = [];

  constructor(kind: string, options: MLPOptions) {
    this.options = { ...options, ...(options.hidden && { hidden: [...options.hidden] }) };
    this.resolved = checkOptions(kind, options);
  }

  /**
   * The next fit starts from these layers (W as inputs × units, as scikit-learn's coefs_) instead
   * of the initialisation: how tests inject scikit-learn's starting weights.
   */
  startFrom(layers: readonly LayerJSON[], inputs: number): this {
    const params = parametersFromLayers(layers, inputs);
    if (!params)
      throw new FitplotError({
        code: 'BAD_OPTION',
        message: `${this.kind}: the starting layers do not chain from ${inputs} inputs or hold non-finite values.`,
      });
    this.start = params;
    return this;
  }

  protected train(x: DenseMatrix, y: ArrayLike<number>, head: Head, metric: 'accuracy' | 'r2', fitOptions: FitOptions): void {
    const o = this.resolved;
    const sizes = [x.cols, ...o.hidden, head.outputs];
    let params = initialParameters(sizes, o.init, o.seed);
    if (this.start) {
      if (this.start.sizes.join() !== sizes.join())
        throw new FitplotError({
          code: 'BAD_OPTION',
          message: `${this.kind}: the starting layers have sizes ${this.start.sizes.join('-')}, the network ${sizes.join('-')}.`,
        });
      params = this.start;
      this.start = undefined;
    }
    const net: Net = { params, activation: o.activation, head };
    const { validation, control } = fitOptions;
    const r = trainNetwork(net, { x, y }, o, metric, {
      ...(validation && { validation }),
      ...(control?.onEpoch && { onEpoch: (p) => control.onEpoch!(p) }),
      ...(control?.shouldStop && { shouldStop: () => control.shouldStop!() }),
    });
    this.net = net;
    this.curves = r.curves;
    this.stopReason = r.stopReason;
    this.epochsRun = r.epochsRun;
    this.bestEpoch = r.bestEpoch;
    this.warnings = r.warnings;
  }

  protected fitted(x: DenseMatrix): Net {
    if (!this.net) throw notFitted(this.kind);
    checkFeatures(this.kind, x, this.net.params.sizes[0]!);
    return this.net;
  }

  /** Output-layer values per row (see outputValues): z, [1 − σ, σ] or softmax probabilities. */
  protected outputs(x: DenseMatrix): Float64Array {
    const net = this.fitted(x);
    const { head } = net;
    const width = head.activation === 'sigmoid' ? 2 : head.outputs;
    const out = new Float64Array(x.rows * width);
    const ws = createWorkspace(net.params.sizes, Math.max(1, Math.min(PREDICT_BLOCK, x.rows)));
    const last = ws.acts.length - 1;
    for (let s = 0; s < x.rows; s += ws.blockRows) {
      const rows = Math.min(ws.blockRows, x.rows - s);
      forwardBlock(net, ws, x.data, null, s, rows);
      outputValues(head, ws.acts[last]!, rows, out, s);
    }
    return out;
  }

  /** The fitted layers, W as inputs × units. */
  layers(): LayerJSON[] {
    if (!this.net) throw notFitted(this.kind);
    return parametersToLayers(this.net.params);
  }

  /** Every option in effect (defaults included) by its MODEL_SPECS name, and how the fit ended. */
  fitInfo(): FitInfo {
    if (!this.net) throw notFitted(this.kind);
    const o = this.resolved;
    const settings = {
      hidden: o.hidden.join(','),
      activation: o.activation,
      init: o.init,
      learningRate: o.learningRate,
      learningRateSchedule: o.schedule,
      ...(o.schedule === 'decay' && { decay: o.decay }),
      momentum: o.momentum,
      epochs: o.epochs,
      ...(o.method === 'minibatch' && { batchSize: o.batchSize }),
      shuffle: o.shuffle,
      seed: o.seed,
      penalty: o.penalty,
      ...(o.penalty !== 'none' && { alpha: o.alpha }),
      earlyStopping: o.earlyStopping,
      ...(o.earlyStopping && { patience: o.patience, tol: o.tol }),
      ...this.extraSettings(),
    };
    return {
      solver: `gradient descent (${o.method})`,
      settings,
      ...(this.stopReason && { stopReason: this.stopReason }),
      epochsRun: this.epochsRun,
      epochsRequested: o.epochs,
      bestEpoch: this.bestEpoch,
      converged: this.stopReason !== 'diverged',
      warnings: this.warnings,
    };
  }

  /** The subclass's own settings (loss, threshold). */
  protected abstract extraSettings(): Record<string, string | number | boolean>;

  protected stateJSON(extra: Record<string, unknown>): EstimatorJSON {
    if (!this.net) throw notFitted(this.kind);
    return {
      kind: this.kind,
      options: { ...this.options },
      state: {
        features: this.net.params.sizes[0]!,
        layers: this.layers(),
        stopReason: this.stopReason,
        epochsRun: this.epochsRun,
        bestEpoch: this.bestEpoch,
        ...extra,
      },
    };
  }

  /** Restores the network saved by stateJSON with the given output layer. */
  protected restore(j: EstimatorJSON, head: Head): void {
    const layers = j.state.layers as LayerJSON[] | undefined;
    const params = Array.isArray(layers) ? parametersFromLayers(layers, Number(j.state.features)) : null;
    if (!params || params.sizes.at(-1) !== head.outputs)
      throw new FitplotError({
        code: 'MODEL',
        key: 'model.error.damagedWeights',
        params: { kind: j.kind },
        message: `The saved ${j.kind} has no usable layers: the file is damaged.`,
      });
    this.net = { params, activation: this.resolved.activation, head };
    this.stopReason = j.state.stopReason as StopReason | undefined;
    this.epochsRun = Number(j.state.epochsRun ?? 0);
    this.bestEpoch = Number(j.state.bestEpoch ?? 0);
  }
}
