/**
 * WebAssembly SIMD (f64x2) versions of the three dense products of kernels.ts, bit-identical to
 * them: every output sums its terms in the same order as the scalar loops, only two independent
 * outputs share a vector instruction (mul then add, never fused).
 * - affine: out[r][k] = b[k] + Σ_j a[r][j]·w[k][j], two units per lane pair. The lanes need
 *   w[k][j] and w[k+1][j] side by side, so W is copied transposed (inputs × units) per call — a few
 *   hundred values against rows × units × inputs multiply-adds. Eight units per step share each
 *   splat of a[r][j]; an odd last unit runs in a scalar f64 loop.
 * - gradient: gw[k][j] += d[r][k]·a[r][j] row after row (four rows per load/store of gw, added
 *   in row order), gb[k] += d[r][k], j two at a time.
 * - backprop: back[r][j] = 0 + Σ_k d[r][k]·w[k][j] in k order, j two at a time.
 *
 * The wasm functions address one memory, so the workspace's buffers are allocated there
 * (`buffer`), and the parameters and their gradients are copied in and out around each call.
 * The kernels' code: wasmForwardKernel.ts (affine) and wasmBackwardKernels.ts (grad, back).
 */
import type { WasmFunction } from '../wasmAssembly';
import { I32, instantiate, lazyModule, moduleBytes } from '../wasmAssembly';
import type { LayerProducts } from './layerProducts';
import { affineBody } from './wasmForwardKernel';
import { backBody, gradBody } from './wasmBackwardKernels';

const compiledModule = lazyModule(() =>
  moduleBytes([
    { name: 'affine', params: [I32, I32, I32, I32, I32, I32, I32], body: affineBody() },
    { name: 'grad', params: [I32, I32, I32, I32, I32, I32, I32], body: gradBody() },
    { name: 'back', params: [I32, I32, I32, I32, I32, I32], body: backBody() },
  ] satisfies WasmFunction[]),
);

interface Exports {
  affine(a: number, rows: number, n: number, wt: number, b: number, m: number, out: number): void;
  grad(a: number, rows: number, n: number, d: number, m: number, gw: number, gb: number): void;
  back(d: number, rows: number, m: number, w: number, n: number, out: number): void;
}

/** Bytes of `length` f64 values rounded up to 16 (every buffer starts 16-byte aligned). */
const span = (length: number) => Math.ceil(length / 2) * 16;

/**
 * SIMD products for a network of these layer sizes over blocks of up to blockRows rows, with room
 * for its workspace (`buffer`); null where WebAssembly SIMD is unavailable or refused.
 */
export function createWasmProducts(sizes: readonly number[], blockRows: number): LayerProducts | null {
  let largest = 0;
  let units = 0;
  let workspace = span(blockRows * sizes[0]!) + span(blockRows);
  for (let l = 1; l < sizes.length; l++) {
    largest = Math.max(largest, sizes[l]! * sizes[l - 1]!);
    units = Math.max(units, sizes[l]!);
    workspace += 2 * span(blockRows * sizes[l]!);
  }
  const scratch = 2 * span(largest) + 2 * span(units);
  const made = instantiate<Exports>(compiledModule(), workspace + scratch);
  if (made === null) return null;
  const { exports: ex, buffer: memory } = made;
  let free = 0;
  const take = (length: number) => {
    const view = new Float64Array(memory, free, length);
    free += span(length);
    return view;
  };
  const wS = take(largest);
  const gwS = take(largest);
  const bS = take(units);
  const gbS = take(units);
  const address = (v: Float64Array, at: number) => {
    if (v.buffer !== memory) throw new Error('wasm products read only buffers made by buffer()');
    return v.byteOffset + 8 * at;
  };
  return {
    buffer(length) {
      if (free + span(length) > memory.byteLength) throw new Error('wasm products: workspace larger than planned');
      return take(length);
    },
    readsAnyInput: false,
    affine(a, aAt, rows, { inputs: n, units: m, w, b }, out) {
      for (let k = 0; k < m; k++) for (let j = 0; j < n; j++) wS[j * m + k] = w[k * n + j]!;
      bS.set(b);
      ex.affine(address(a, aAt), rows, n, wS.byteOffset, bS.byteOffset, m, address(out, 0));
    },
    gradient(a, aAt, rows, d, g) {
      gwS.set(g.w);
      gbS.set(g.b);
      ex.grad(address(a, aAt), rows, g.inputs, address(d, 0), g.units, gwS.byteOffset, gbS.byteOffset);
      g.w.set(gwS.subarray(0, g.w.length));
      g.b.set(gbS.subarray(0, g.b.length));
    },
    backprop(d, rows, { inputs: n, units: m, w }, back) {
      wS.set(w);
      ex.back(address(d, 0), rows, m, wS.byteOffset, n, address(back, 0));
    },
  };
}
