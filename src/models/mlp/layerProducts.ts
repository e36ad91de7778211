/**
 * The dense products of a network's forward and backward passes, behind one interface so a fit
 * can run them in WebAssembly SIMD (wasmProducts.ts) or in plain JavaScript (kernels.ts). Both give
 * the same bits: each output sums its terms in the same order (tests/unit/models/mlpProducts.test.ts).
 */
import { accumulateGradient, affineRows, backpropRows } from './kernels';
import type { LayerView } from './network';
import { createWasmProducts } from './wasmProducts';

export interface LayerProducts {
  /** A zeroed buffer the products may read and write: the workspace is allocated through this. */
  buffer(length: number): Float64Array;
  /** False when the products read only buffer()s (wasm memory): the forward pass then copies its input block there first. */
  readonly readsAnyInput: boolean;
  /** out (rows × units) = the layer's pre-activations for rows of a (from offset aAt). */
  affine(a: Float64Array, aAt: number, rows: number, layer: LayerView, out: Float64Array): void;
  /** g.w += Σ_r d[r] ⊗ a[r], g.b += Σ_r d[r] (g: the layer's gradient view). */
  gradient(a: Float64Array, aAt: number, rows: number, d: Float64Array, g: LayerView): void;
  /** back (rows × inputs) = d·W: the deltas carried back to the layer's inputs. */
  backprop(d: Float64Array, rows: number, layer: LayerView, back: Float64Array): void;
}

/** 'auto': WebAssembly SIMD where available, else scalar. Tests pin 'scalar' to compare the paths. */
export type ProductsChoice = 'auto' | 'scalar';

export const scalarProducts: LayerProducts = {
  buffer: (length) => new Float64Array(length),
  readsAnyInput: true,
  affine: (a, aAt, rows, { inputs, units, w, b }, out) => affineRows(a, aAt, rows, inputs, w, b, units, out),
  gradient: (a, aAt, rows, d, g) => accumulateGradient(a, aAt, rows, g.inputs, d, g.units, g.w, g.b),
  backprop: (d, rows, { inputs, units, w }, back) => backpropRows(d, rows, units, w, inputs, back),
};

/** Products for a network of these layer sizes over blocks of up to blockRows rows. */
export function layerProducts(sizes: readonly number[], blockRows: number, choice: ProductsChoice = 'auto'): LayerProducts {
  return (choice === 'auto' ? createWasmProducts(sizes, blockRows) : null) ?? scalarProducts;
}
