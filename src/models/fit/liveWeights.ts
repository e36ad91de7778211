/**
 * The weights a fit reports live, in the table's units: fitTable's control receives, with each
 * epoch, a reader of the current weights with the feature scaling undone
 * (w·(x − o)/s + b = (w/s)·x + (b − Σ w·o/s), unscaleCoefficients), so a front end can draw the
 * fitted line or decision boundary over the data while the fit runs. Only where that picture
 * exists: at most LIVE_WEIGHTS_MAX_FEATURES model inputs without polynomial terms, or the powers
 * x, x², … of one input (a curve; the weights follow the terms' order); otherwise the reader is
 * withheld rather than passed on in the scaled units.
 */
import type { FitControl } from '../estimatorContract';
import type { LinearParameters } from '../linear';
import { unscaleCoefficients } from '../prepare/scaling';
import type { TransformJSON } from '../prepare/transform';

export const LIVE_WEIGHTS_MAX_FEATURES = 2;

/** Parameters fitted on scaled inputs, mapped back to the table's units (each output's row). */
export function inTableUnits(params: LinearParameters, transform: TransformJSON): LinearParameters {
  const { scaler } = transform;
  if (scaler.kind === 'none') return params;
  const weights = new Float64Array(params.weights.length);
  const intercepts = new Float64Array(params.outputs);
  for (let c = 0; c < params.outputs; c++) {
    const row = params.weights.subarray(c * params.features, (c + 1) * params.features);
    const original = unscaleCoefficients(row, params.intercepts[c]!, scaler);
    weights.set(original.weights, c * params.features);
    intercepts[c] = original.intercept;
  }
  return { weights, intercepts, outputs: params.outputs, features: params.features };
}

/** The caller's control, with each epoch's weights reader giving the table's units (or withheld). */
export function liveWeightsControl(control: FitControl | undefined, transform: TransformJSON, inputs: number): FitControl | undefined {
  const onEpoch = control?.onEpoch;
  if (!control || !onEpoch) return control;
  const drawable = transform.degree === 1 ? inputs <= LIVE_WEIGHTS_MAX_FEATURES : (transform.terms ?? []).every((e) => e.length === 1);
  return {
    ...control,
    onEpoch: (p, current) => onEpoch.call(control, p, drawable && current ? () => inTableUnits(current(), transform) : undefined),
  };
}
