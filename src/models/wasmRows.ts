/**
 * WebAssembly SIMD (f64x2) versions of the two O(n·p) loops of a gradient-descent pass over
 * row-major X: z = X·w + b and gw += Xᵀd. Scalar JavaScript spends about 1 ns per multiply-add on
 * bounds checks and loop overhead; two lanes and no bounds checks (wasm memory is guarded) cut the
 * 100-epoch 1 M × 20 logistic benchmark by more than half.
 *
 * The module is assembled from its instructions (about 200 bytes, in the text format's
 * terms: wasmRowKernels.ts over the loop shapes of wasmRowLoops.ts, with wasmAssembly.ts), so no
 * binary blob or build step is involved. Where WebAssembly or its SIMD
 * proposal is unavailable, or compilation is refused (a content-security policy), createWasmRows
 * returns null and the scalar kernels run instead.
 *
 * Rounding: gw[j] ← gw[j] + d·x_j row after row, exactly the scalar order. The dot product sums
 * even and odd j in two lanes, then b + (even + odd) (+ the last odd column): a different order
 * from a sequential sum, so z differs by a few ulps.
 *
 * Memory: X is copied once into the module's memory (8·n·p bytes more while fitting).
 */

import type { WasmFunction } from './wasmAssembly';
import { F64, I32, instantiate, lazyModule, moduleBytes } from './wasmAssembly';
import { dotBody, gradBody } from './wasmRowKernels';

const FUNCTIONS: WasmFunction[] = [
  { name: 'dot', params: [I32, I32, I32, I32, I32, F64], body: dotBody() },
  { name: 'grad', params: [I32, I32, I32, I32, I32], body: gradBody() },
];
const compiledModule = lazyModule(() => moduleBytes(FUNCTIONS));

/** X in wasm memory plus scratch for w, gw and a block of z / d; byte offsets into `memory`. */
export interface WasmRows {
  readonly p: number;
  /** Rows per dot/grad call (the length of z and d). */
  readonly blockRows: number;
  readonly w: Float64Array;
  readonly gw: Float64Array;
  readonly z: Float64Array;
  readonly d: Float64Array;
  /** z[0‥rows) = b + X[first‥first+rows)·w. */
  dot(first: number, rows: number, b: number): void;
  /** gw += Σ d[r]·X[first + r] over r < rows. */
  grad(first: number, rows: number): void;
}

/** Copies the n×p row-major X into a fresh module instance; null when wasm SIMD is unavailable or X is too large for 32-bit addressing. */
export function createWasmRows(data: Float64Array, n: number, p: number, blockRows = 2048): WasmRows | null {
  const align = (bytes: number) => Math.ceil(bytes / 16) * 16;
  const xBytes = align(n * p * 8);
  const vBytes = align(p * 8);
  const bBytes = blockRows * 8;
  const made = instantiate<{
    dot(x: number, w: number, z: number, rows: number, p: number, b: number): void;
    grad(x: number, d: number, gw: number, rows: number, p: number): void;
  }>(compiledModule(), xBytes + 2 * vBytes + 2 * bBytes);
  if (made === null) return null;
  const { exports: ex, buffer: buf } = made;
  new Float64Array(buf, 0, n * p).set(data);
  const wAt = xBytes;
  const gwAt = wAt + vBytes;
  const zAt = gwAt + vBytes;
  const dAt = zAt + bBytes;
  const rowBytes = p * 8;
  return {
    p,
    blockRows,
    w: new Float64Array(buf, wAt, p),
    gw: new Float64Array(buf, gwAt, p),
    z: new Float64Array(buf, zAt, blockRows),
    d: new Float64Array(buf, dAt, blockRows),
    dot: (first, rows, b) => ex.dot(first * rowBytes, wAt, zAt, rows, p, b),
    grad: (first, rows) => ex.grad(first * rowBytes, dAt, gwAt, rows, p),
  };
}
