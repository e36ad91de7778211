/**
 * WebAssembly SIMD (f64x2) versions of the two O(n·p) loops of a gradient-descent pass over
 * row-major X: z = X·w + b and gw += Xᵀd. Scalar JavaScript spends about 1 ns per multiply-add on
 * bounds checks and loop overhead; two lanes and no bounds checks (wasm memory is guarded) cut the
 * 100-epoch 1 M × 20 logistic benchmark by more than half.
 *
 * The module is assembled from its instructions (about 200 bytes, listed below in the text
 * format's terms; wasmAssembly.ts), so no binary blob or build step is involved. Where WebAssembly or its SIMD
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
import {
  ADD,
  AND,
  BLOCK,
  BR,
  BR_IF,
  END,
  F64,
  F64_ADD,
  F64_LOAD,
  F64_LOAD_AT,
  F64_MUL,
  F64_STORE,
  F64_STORE_AT,
  GE_U,
  I32,
  IF,
  LANE,
  LOOP,
  LT_U,
  SHL,
  SPLAT,
  V128,
  V_ADD,
  V_LOAD,
  V_LOAD_AT,
  V_MUL,
  V_STORE,
  V_STORE_AT,
  V_ZERO,
  get,
  i32,
  instantiate,
  lazyModule,
  moduleBytes,
  set,
  tee,
  vec,
} from './wasmAssembly';

/** pe = (p & −2)·8 and pq = (p & −4)·8 (bytes of the even and of the multiple-of-4 part of a row); end = ptr + rows·8. */
const prologue = (p: number, pe: number, pq: number, ptr: number, rows: number, end: number) => [
  ...get(p),
  ...i32(-2),
  AND,
  ...i32(3),
  SHL,
  ...set(pe),
  ...get(p),
  ...i32(-4),
  AND,
  ...i32(3),
  SHL,
  ...set(pq),
  ...get(ptr),
  ...get(rows),
  ...i32(3),
  SHL,
  ADD,
  ...set(end),
];
/** Inner loop over j = 0, 32, … < pq (bytes): four columns per iteration. */
const overQuads = (j: number, pq: number, body: number[]) => [
  ...i32(0),
  ...set(j),
  ...BLOCK,
  ...get(j),
  ...get(pq),
  GE_U,
  ...BR_IF(0),
  ...LOOP,
  ...body,
  ...get(j),
  ...i32(32),
  ADD,
  ...tee(j),
  ...get(pq),
  LT_U,
  ...BR_IF(0),
  END,
  END,
];
/**
 * Outer loop over rows, two at a time (x2 = the second row; they share the loads of w, or of gw
 * and its store), then one row if the count is odd. Each row's arithmetic is the same either way.
 */
const overRows = (x: number, x2: number, p: number, ptr: number, end: number, pair: number[], single: number[]) => [
  ...BLOCK,
  ...LOOP,
  ...get(ptr),
  ...i32(8),
  ADD,
  ...get(end),
  GE_U,
  ...BR_IF(1),
  ...get(x),
  ...get(p),
  ...i32(3),
  SHL,
  ADD,
  ...set(x2),
  ...pair,
  ...get(x2),
  ...get(p),
  ...i32(3),
  SHL,
  ADD,
  ...set(x),
  ...get(ptr),
  ...i32(16),
  ADD,
  ...set(ptr),
  ...BR(0),
  END,
  END,
  ...get(ptr),
  ...get(end),
  LT_U,
  ...IF,
  ...single,
  END,
];
const addr = (base: number, off: number) => [...get(base), ...get(off), ADD];
/** Loads / stores at base + 16 (the second pair of a quad) or base + 8 (the second row's z or d). */
const V_LOAD_16 = V_LOAD_AT(16);
const V_STORE_16 = V_STORE_AT(16);
const F64_LOAD_8 = F64_LOAD_AT(8);
const F64_STORE_8 = F64_STORE_AT(8);
/** if (p & bit) { body } */
const ifBit = (p: number, bit: number, body: number[]) => [...get(p), ...i32(bit), AND, ...IF, ...body, END];

/**
 * dot(x, w, z, rows, p, b): z[r] = b + x_r·w for `rows` rows starting at byte x. Per row two
 * vector accumulators (columns 4m, 4m+1 and 4m+2, 4m+3), then b + (lane 0 + lane 1) of their sum,
 * then the leftover pair and the leftover column.
 */
function dotBody(): number[] {
  const [x, w, z, rows, p, b, j, pe, pq, end, x2, acc, acc2, wa, wb, s] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] as const;
  const mulAdd = (into: number, row: number, load: number[], wv: number) => [
    ...get(into),
    ...addr(row, j),
    ...load,
    ...get(wv),
    ...V_MUL,
    ...V_ADD,
    ...set(into),
  ];
  const finish = (lo: number, hi: number, into: number) => [
    ...get(lo),
    ...get(hi),
    ...V_ADD,
    ...set(lo),
    ...get(b),
    ...get(lo),
    ...LANE(0),
    ...get(lo),
    ...LANE(1),
    F64_ADD,
    F64_ADD,
    ...set(into),
  ];
  const oddColumn = (row: number, into: number) => [
    ...get(into),
    ...addr(row, pe),
    ...F64_LOAD,
    ...addr(w, pe),
    ...F64_LOAD,
    F64_MUL,
    F64_ADD,
    ...set(into),
  ];
  // Sharing w between two rows measured slower here (register pressure): a row at a time.
  const one = (row: number, store: number[]) => [
    ...V_ZERO,
    ...set(acc),
    ...V_ZERO,
    ...set(acc2),
    ...overQuads(j, pq, [
      ...addr(w, j),
      ...V_LOAD,
      ...set(wa),
      ...addr(w, j),
      ...V_LOAD_16,
      ...set(wb),
      ...mulAdd(acc, row, V_LOAD, wa),
      ...mulAdd(acc2, row, V_LOAD_16, wb),
    ]),
    ...ifBit(p, 2, [...get(acc), ...addr(row, pq), ...V_LOAD, ...addr(w, pq), ...V_LOAD, ...V_MUL, ...V_ADD, ...set(acc)]),
    ...finish(acc, acc2, s),
    ...ifBit(p, 1, oddColumn(row, s)),
    ...get(z),
    ...get(s),
    ...store,
  ];
  const pair = [...one(x, F64_STORE), ...one(x2, F64_STORE_8)];
  const single = one(x, F64_STORE);
  const code = [...prologue(p, pe, pq, z, rows, end), ...overRows(x, x2, p, z, end, pair, single), END];
  return [
    ...vec([
      [5, I32],
      [4, V128],
      [1, F64],
    ]),
    ...code,
  ];
}

/**
 * grad(x, d, gw, rows, p): gw += d[r]·x_r for `rows` rows starting at byte x, four columns per
 * step; with two rows, gw[j] ← (gw[j] + d₀x₀ⱼ) + d₁x₁ⱼ, the same order as one row after the other.
 */
function gradBody(): number[] {
  const [x, d, gw, rows, p, j, pe, pq, end, x2, dv, dv2, ds, ds2] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13] as const;
  const term = (dvec: number, row: number, off: number[], load: number[]) => [
    ...get(dvec),
    ...get(row),
    ...off,
    ADD,
    ...load,
    ...V_MUL,
    ...V_ADD,
  ];
  const axpy2 = (off: number[], load: number[], store: number[]) => [
    ...get(gw),
    ...off,
    ADD,
    ...get(gw),
    ...off,
    ADD,
    ...load,
    ...term(dv, x, off, load),
    ...term(dv2, x2, off, load),
    ...store,
  ];
  const axpy1 = (off: number[], load: number[], store: number[]) => [
    ...get(gw),
    ...off,
    ADD,
    ...get(gw),
    ...off,
    ADD,
    ...load,
    ...term(dv, x, off, load),
    ...store,
  ];
  const oddTerm = (dsc: number, row: number) => [...get(dsc), ...addr(row, pe), ...F64_LOAD, F64_MUL, F64_ADD];
  const pair = [
    ...get(d),
    ...F64_LOAD,
    ...tee(ds),
    ...SPLAT,
    ...set(dv),
    ...get(d),
    ...F64_LOAD_8,
    ...tee(ds2),
    ...SPLAT,
    ...set(dv2),
    ...overQuads(j, pq, [...axpy2(get(j), V_LOAD, V_STORE), ...axpy2(get(j), V_LOAD_16, V_STORE_16)]),
    ...ifBit(p, 2, axpy2(get(pq), V_LOAD, V_STORE)),
    ...ifBit(p, 1, [...addr(gw, pe), ...addr(gw, pe), ...F64_LOAD, ...oddTerm(ds, x), ...oddTerm(ds2, x2), ...F64_STORE]),
  ];
  const single = [
    ...get(d),
    ...F64_LOAD,
    ...tee(ds),
    ...SPLAT,
    ...set(dv),
    ...overQuads(j, pq, [...axpy1(get(j), V_LOAD, V_STORE), ...axpy1(get(j), V_LOAD_16, V_STORE_16)]),
    ...ifBit(p, 2, axpy1(get(pq), V_LOAD, V_STORE)),
    ...ifBit(p, 1, [...addr(gw, pe), ...addr(gw, pe), ...F64_LOAD, ...oddTerm(ds, x), ...F64_STORE]),
  ];
  const code = [...prologue(p, pe, pq, d, rows, end), ...overRows(x, x2, p, d, end, pair, single), END];
  return [
    ...vec([
      [5, I32],
      [2, V128],
      [2, F64],
    ]),
    ...code,
  ];
}

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
