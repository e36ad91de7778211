/**
 * A network's parameters: one Float64Array θ holding, layer after layer, the weights W (units ×
 * inputs, unit-major: row k = unit k's incoming weights) and then the biases b. Every layer's W and
 * b are views into θ, so an update, a momentum step or a snapshot is one loop or one copy over θ.
 * Gradients and velocities use the same layout (`Parameters` over another array).
 */
import { SeededRandom } from '../../stats/random';

export type Initialisation = 'ones' | 'normal' | 'glorot' | 'he';
export const INITIALISATIONS: readonly Initialisation[] = ['ones', 'normal', 'glorot', 'he'];

export interface LayerView {
  readonly inputs: number;
  readonly units: number;
  /** units × inputs, unit-major. */
  readonly w: Float64Array;
  readonly b: Float64Array;
}

export interface Parameters {
  /** [inputs, hidden₁, …, outputs]. */
  readonly sizes: readonly number[];
  readonly theta: Float64Array;
  readonly layers: readonly LayerView[];
}

export function parameterCount(sizes: readonly number[]): number {
  let total = 0;
  for (let l = 1; l < sizes.length; l++) total += sizes[l]! * (sizes[l - 1]! + 1);
  return total;
}

/** Layer views over θ (a fresh zero θ when none is given). */
export function viewParameters(sizes: readonly number[], theta = new Float64Array(parameterCount(sizes))): Parameters {
  const layers: LayerView[] = [];
  let at = 0;
  for (let l = 1; l < sizes.length; l++) {
    const inputs = sizes[l - 1]!;
    const units = sizes[l]!;
    const w = theta.subarray(at, at + units * inputs);
    at += units * inputs;
    const b = theta.subarray(at, at + units);
    at += units;
    layers.push({ inputs, units, w, b });
  }
  return { sizes, theta, layers };
}

/**
 * Starting weights; biases start at 0 in every scheme (as the course's networks do).
 * - ones: every weight 1 — the course's first two-layer network (all hidden units stay identical).
 * - normal: N(0, 1) from the seed — the course's random initialisation.
 * - glorot: uniform on ±√(6 / (inputs + units)) (Glorot & Bengio, 2010).
 * - he: N(0, 2 / inputs) (He et al., 2015), for ReLU units.
 */
export function initialParameters(sizes: readonly number[], init: Initialisation, seed: number): Parameters {
  const params = viewParameters(sizes);
  const rng = new SeededRandom(seed);
  for (const { inputs, units, w } of params.layers) {
    if (init === 'ones') w.fill(1);
    else if (init === 'normal') for (let i = 0; i < w.length; i++) w[i] = rng.nextNormal();
    else if (init === 'he') for (let i = 0; i < w.length; i++) w[i] = Math.sqrt(2 / inputs) * rng.nextNormal();
    else {
      const limit = Math.sqrt(6 / (inputs + units));
      for (let i = 0; i < w.length; i++) w[i] = limit * (2 * rng.next() - 1);
    }
  }
  return params;
}

/** Layers in the usual mathematical layout (W as inputs × units, as numpy and scikit-learn hold coefs_). */
export interface LayerJSON {
  readonly weights: number[][];
  readonly biases: number[];
}

export function parametersToLayers(params: Parameters): LayerJSON[] {
  return params.layers.map(({ inputs, units, w, b }) => ({
    weights: Array.from({ length: inputs }, (_, j) => Array.from({ length: units }, (_, k) => w[k * inputs + j]!)),
    biases: Array.from(b),
  }));
}

/** Parameters from layers given as inputs × units; null when their shapes do not chain from `inputs`. */
export function parametersFromLayers(layers: readonly LayerJSON[], inputs: number): Parameters | null {
  const sizes = [inputs];
  for (const layer of layers) {
    const units = layer.biases.length;
    if (layer.weights.length !== sizes.at(-1) || layer.weights.some((row) => row.length !== units)) return null;
    sizes.push(units);
  }
  const params = viewParameters(sizes);
  layers.forEach((layer, l) => {
    const { inputs: n, w, b } = params.layers[l]!;
    layer.weights.forEach((row, j) => row.forEach((v, k) => (w[k * n + j] = v)));
    b.set(layer.biases);
  });
  return params.theta.every(Number.isFinite) ? params : null;
}

/** Every weight then every bias, layer after layer, W row by row (the order of numpy's ravel on coefs_). */
export function flattenLayers(layers: readonly LayerJSON[]): number[] {
  return layers.flatMap((l) => [...l.weights.flat(), ...l.biases]);
}
