/**
 * What MLPClassifier and MLPRegressor share: options, the network's parameters, training through
 * trainNetwork, block-wise forward passes for predictions, and JSON. The subclasses choose the
 * output layer (Head) and the metric.
 */
import type { DenseMatrix } from '../../linalg';
import { FitplotError } from '../../table/errors';
import type { Message } from '../../table/messages';
import type { TrainingCurves } from '../curves';
import type { EstimatorJSON, FitOptions } from '../estimator';
import { checkFeatures, notFitted } from '../estimator';
import type { Net } from './blockPass';
import { createWorkspace, forwardBlock } from './blockPass';
import type { LayerJSON, Parameters } from './network';
import { initialParameters, parametersFromLayers, parametersToLayers } from './network';
import type { MLPOptions, ResolvedOptions } from './options';
import { checkOptions } from './options';
import type { Head } from './outputLayer';
import { outputValues } from './outputLayer';
import type { StopReason, TrainHooks } from './train';
import { trainNetwork } from './train';

/** Rows per forward block when predicting. */
const PREDICT_BLOCK = 256;

export type MLPFitOptions = FitOptions & Omit<TrainHooks, 'validation'>;

export abstract class MLPBase {
  abstract readonly kind: string;
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
    if (!params) throw new FitplotError({ code: 'BAD_OPTION', key: 'model.mlp.badLayers', params: { model: this.kind }, message: `${this.kind}: the starting layers do not chain from ${inputs} inputs or hold non-finite values.` });
    this.start = params;
    return this;
  }

  protected train(x: DenseMatrix, y: ArrayLike<number>, head: Head, metric: 'accuracy' | 'r2', fitOptions: MLPFitOptions): void {
    const o = this.resolved;
    const sizes = [x.cols, ...o.hidden, head.outputs];
    let params = initialParameters(sizes, o.init, o.seed);
    if (this.start) {
      if (this.start.sizes.join() !== sizes.join()) throw new FitplotError({ code: 'BAD_OPTION', key: 'model.mlp.badLayers', params: { model: this.kind }, message: `${this.kind}: the starting layers have sizes ${this.start.sizes.join('-')}, the network ${sizes.join('-')}.` });
      params = this.start;
      this.start = undefined;
    }
    const net: Net = { params, activation: o.activation, head };
    const { validation, onEpoch, shouldStop } = fitOptions;
    const r = trainNetwork(net, { x, y }, o, metric, { ...(validation && { validation }), ...(onEpoch && { onEpoch }), ...(shouldStop && { shouldStop }) });
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

  protected stateJSON(extra: Record<string, unknown>): EstimatorJSON {
    if (!this.net) throw notFitted(this.kind);
    const { sizes } = this.net.params;
    return {
      kind: this.kind, options: { ...this.options }, outputs: sizes.at(-1)!, features: sizes[0]!, weights: [], intercepts: [],
      state: { layers: this.layers(), stopReason: this.stopReason, epochsRun: this.epochsRun, ...extra },
    };
  }

  /** Restores the network saved by stateJSON with the given output layer. */
  protected restore(j: EstimatorJSON, head: Head): void {
    const layers = j.state?.layers as LayerJSON[] | undefined;
    const params = Array.isArray(layers) ? parametersFromLayers(layers, j.features) : null;
    if (!params || params.sizes.at(-1) !== head.outputs) throw new FitplotError({ code: 'MODEL', key: 'model.mlp.damagedFile', params: { model: j.kind }, message: `The saved ${j.kind} has no usable layers: the file is damaged.` });
    this.net = { params, activation: this.resolved.activation, head };
    this.stopReason = j.state?.stopReason as StopReason | undefined;
    this.epochsRun = Number(j.state?.epochsRun ?? 0);
  }
}
