/**
 * The block interface of wasmRows.ts (z = X·w + b for a block of rows, then gw += Xᵀd) in plain
 * JavaScript, for large fits where WebAssembly is unavailable or refused (the desktop app's
 * content-security policy). Four rows at a time, as descentKernels.ts's logisticRows: each z sums
 * b, x₀w₀, x₁w₁, … in order and each gw[j] adds the rows' terms in row order, so z, d and the
 * weights are bit-identical to a row-at-a-time loop. Working block by block lets the per-row loop
 * of descentKernels.ts keep its C calls (exp, log1p) in loops of their own.
 */
import type { WasmRows } from './wasmRows';

export function createScalarRows(data: Float64Array, p: number, blockRows = 1024): WasmRows {
  const w = new Float64Array(p);
  const gw = new Float64Array(p);
  const z = new Float64Array(blockRows);
  const d = new Float64Array(blockRows);
  return {
    p,
    blockRows,
    w,
    gw,
    z,
    d,
    dot: (first, rows, b) => dotRows(data, p, w, first, rows, b, z),
    grad: (first, rows) => gradRows(data, p, d, first, rows, gw),
  };
}

function dotRows(data: Float64Array, p: number, w: Float64Array, first: number, rows: number, b: number, z: Float64Array): void {
  let r = 0;
  for (; r + 3 < rows; r += 4) {
    const o0 = (first + r) * p;
    const o1 = o0 + p;
    const o2 = o1 + p;
    const o3 = o2 + p;
    let z0 = b;
    let z1 = b;
    let z2 = b;
    let z3 = b;
    for (let j = 0; j < p; j++) {
      const wj = w[j]!;
      z0 += data[o0 + j]! * wj;
      z1 += data[o1 + j]! * wj;
      z2 += data[o2 + j]! * wj;
      z3 += data[o3 + j]! * wj;
    }
    z[r] = z0;
    z[r + 1] = z1;
    z[r + 2] = z2;
    z[r + 3] = z3;
  }
  for (; r < rows; r++) {
    const off = (first + r) * p;
    let v = b;
    for (let j = 0; j < p; j++) v += data[off + j]! * w[j]!;
    z[r] = v;
  }
}

function gradRows(data: Float64Array, p: number, d: Float64Array, first: number, rows: number, gw: Float64Array): void {
  let r = 0;
  for (; r + 3 < rows; r += 4) {
    const o0 = (first + r) * p;
    const o1 = o0 + p;
    const o2 = o1 + p;
    const o3 = o2 + p;
    const d0 = d[r]!;
    const d1 = d[r + 1]!;
    const d2 = d[r + 2]!;
    const d3 = d[r + 3]!;
    for (let j = 0; j < p; j++) gw[j] = gw[j]! + d0 * data[o0 + j]! + d1 * data[o1 + j]! + d2 * data[o2 + j]! + d3 * data[o3 + j]!;
  }
  for (; r < rows; r++) {
    const off = (first + r) * p;
    const dr = d[r]!;
    for (let j = 0; j < p; j++) gw[j]! += dr * data[off + j]!;
  }
}
