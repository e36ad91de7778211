/**
 * The inner loop of the gradient-descent engine: one pass over a run of rows that evaluates
 * z = W·xᵢ + b, adds the row loss to a sum, counts correct predictions and accumulates the
 * gradient Σ ∂loss/∂z · xᵢ — all in the same row loop, so a batch epoch reads X once.
 *
 * The two k = 1 losses the app trains most (binary cross-entropy: the course's sigmoid neuron and
 * the 1 M-row benchmark; squared error: the linear Neuron) get monomorphic loops with the typed
 * arrays in locals and the row loss inlined, written with exactly the formulas of losses.ts
 * (logisticLoss, squaredLoss) so the optimised loss is the reported one. Everything else (softmax)
 * goes through RowLoss.row with the same hoisting.
 *
 * Rounding, path by path (tests/unit/models/descentKernels.test.ts checks each against plain loops):
 * - logisticRows (binary, file order, small data): four rows at a time, each z and each gw[j]
 *   summed in plain row-loop order: weights bit-identical to a row-at-a-time loop.
 * - squaredRows / genericRows: dot products with four partial sums ((s₀ + s₁) + (s₂ + s₃)), four
 *   add chains instead of one p-long chain; z moves by a few ulps, gradients keep their order.
 * - blockRows (k = 1, file order, ≥ 65,536 values — the 1 M-row benchmark): z and gw in
 *   WebAssembly SIMD (wasmRows.ts; z by a few ulps, gw in row order) or, where wasm is refused,
 *   scalarRows.ts (z and gw bit-identical to a row loop), per-row work here without
 *   data-dependent branches, and Σ log1p(eᵢ) of the loss taken eight rows at a time as log1p(q),
 *   q = Π(1 + eᵢ) − 1 built by q ← q + e + q·e: each step is (1 + q)(1 + e) − 1 without forming
 *   1 + q, so small terms keep their relative precision; the error is a few ulps per eight rows
 *   (≲ 1e-15 relative on the sum) for one log1p call instead of eight.
 */
import type { RowLoss } from './losses';
import { logisticLoss, squaredLoss } from './losses';
import type { WasmRows } from './wasmRows';

/** Everything one pass reads and writes; gw (K×p) and gb (K) are accumulated into, not reset. */
export interface RowPass {
  readonly data: Float64Array;
  readonly p: number;
  readonly y: ArrayLike<number>;
  readonly w: Float64Array;
  readonly b: Float64Array;
  readonly gw: Float64Array;
  readonly gb: Float64Array;
  readonly loss: RowLoss;
  /** Count rows whose prediction equals the target (classifiers). */
  readonly countCorrect: boolean;
  /** Binary decision threshold on z: logit(probability threshold). */
  readonly cut: number;
  /** Scratch of length K for z and ∂loss/∂z (generic path). */
  readonly z: Float64Array;
  readonly dz: Float64Array;
  /** Block kernels for z = X·w and Xᵀd (k = 1, file order): WebAssembly SIMD or scalarRows.ts; or null. */
  readonly blocks: WasmRows | null;
}

/** Runs shorter than this stay in the row loops: a block call per few rows costs more than it saves. */
const BLOCK_MIN_ROWS = 256;

/** Sums of one pass, written into `out`: out[0] = Σ loss, out[1] = number of correct predictions. */
export function accumulateRows(pass: RowPass, order: Int32Array | null, start: number, end: number, out: Float64Array): void {
  const simple = order === null && (pass.loss === logisticLoss || pass.loss === squaredLoss);
  if (simple && pass.blocks !== null && end - start >= BLOCK_MIN_ROWS) blockRows(pass, pass.blocks, start, end, out);
  else if (order === null && pass.loss === logisticLoss) logisticRows(pass, start, end, out);
  else if (order === null && pass.loss === squaredLoss) squaredRows(pass, start, end, out);
  else genericRows(pass, order, start, end, out);
}

/** z = b + xᵢ·w[wo‥wo+p) over row offset `off` with four partial sums. */
function dot(data: Float64Array, off: number, w: Float64Array, wo: number, p: number, b: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let j = 0;
  for (; j + 3 < p; j += 4) {
    s0 += data[off + j]! * w[wo + j]!;
    s1 += data[off + j + 1]! * w[wo + j + 1]!;
    s2 += data[off + j + 2]! * w[wo + j + 2]!;
    s3 += data[off + j + 3]! * w[wo + j + 3]!;
  }
  for (; j < p; j++) s0 += data[off + j]! * w[wo + j]!;
  return b + (s0 + s1 + (s2 + s3));
}

/** gw[go‥go+p) += d·xᵢ (each gw[j] sums rows in file order, as a plain loop would). */
function axpy(gw: Float64Array, go: number, d: number, data: Float64Array, off: number, p: number): void {
  let j = 0;
  for (; j + 3 < p; j += 4) {
    gw[go + j]! += d * data[off + j]!;
    gw[go + j + 1]! += d * data[off + j + 1]!;
    gw[go + j + 2]! += d * data[off + j + 2]!;
    gw[go + j + 3]! += d * data[off + j + 3]!;
  }
  for (; j < p; j++) gw[go + j]! += d * data[off + j]!;
}

/**
 * Binary cross-entropy rows in file order, logisticLoss.row inlined, four rows at a time: the four
 * dot products share each load of w[j] and run as four independent add chains, and the gradient
 * update loads and stores gw[j] once per four rows. Each z still sums b, x₀w₀, x₁w₁, … in that
 * order and each gw[j] adds the rows' terms in file order, so weights are bit-identical to a
 * row-at-a-time loop (X is finite — checkXY — so the d = 0 rows it skipped add exactly 0 here).
 */
function logisticRows(pass: RowPass, start: number, end: number, out: Float64Array): void {
  const { data, p, y, w, gw, cut, countCorrect } = pass;
  const b0 = pass.b[0]!;
  let lossSum = 0;
  let correct = 0;
  let gb = 0;
  let i = start;
  for (; i + 3 < end; i += 4) {
    const o0 = i * p;
    const o1 = o0 + p;
    const o2 = o1 + p;
    const o3 = o2 + p;
    let z0 = b0;
    let z1 = b0;
    let z2 = b0;
    let z3 = b0;
    for (let j = 0; j < p; j++) {
      const wj = w[j]!;
      z0 += data[o0 + j]! * wj;
      z1 += data[o1 + j]! * wj;
      z2 += data[o2 + j]! * wj;
      z3 += data[o3 + j]! * wj;
    }
    const y0 = y[i]!;
    const y1 = y[i + 1]!;
    const y2 = y[i + 2]!;
    const y3 = y[i + 3]!;
    const e0 = Math.exp(-Math.abs(z0));
    const e1 = Math.exp(-Math.abs(z1));
    const e2 = Math.exp(-Math.abs(z2));
    const e3 = Math.exp(-Math.abs(z3));
    // Branch-free forms of (z ≥ 0 ? 1 : e) and max(z, 0), as in blockRows below (same values).
    const s0 = Number(z0 >= 0);
    const s1 = Number(z1 >= 0);
    const s2 = Number(z2 >= 0);
    const s3 = Number(z3 >= 0);
    const d0 = (e0 * (1 - s0) + s0) / (1 + e0) - y0;
    const d1 = (e1 * (1 - s1) + s1) / (1 + e1) - y1;
    const d2 = (e2 * (1 - s2) + s2) / (1 + e2) - y2;
    const d3 = (e3 * (1 - s3) + s3) / (1 + e3) - y3;
    lossSum += s0 * z0 + Math.log1p(e0) - y0 * z0;
    lossSum += s1 * z1 + Math.log1p(e1) - y1 * z1;
    lossSum += s2 * z2 + Math.log1p(e2) - y2 * z2;
    lossSum += s3 * z3 + Math.log1p(e3) - y3 * z3;
    correct +=
      Number(Number(z0 >= cut) === y0) +
      Number(Number(z1 >= cut) === y1) +
      Number(Number(z2 >= cut) === y2) +
      Number(Number(z3 >= cut) === y3);
    gb = gb + d0 + d1 + d2 + d3;
    for (let j = 0; j < p; j++) gw[j] = gw[j]! + d0 * data[o0 + j]! + d1 * data[o1 + j]! + d2 * data[o2 + j]! + d3 * data[o3 + j]!;
  }
  for (; i < end; i++) {
    const off = i * p;
    let v = b0;
    for (let j = 0; j < p; j++) v += data[off + j]! * w[j]!;
    const yi = y[i]!;
    const e = Math.exp(-Math.abs(v));
    const d = (v >= 0 ? 1 : e) / (1 + e) - yi;
    lossSum += Math.max(v, 0) + Math.log1p(e) - yi * v;
    if (countCorrect && (v >= cut ? 1 : 0) === yi) correct++;
    gb += d;
    axpy(gw, 0, d, data, off, p);
  }
  pass.gb[0]! += gb;
  out[0] = lossSum;
  out[1] = countCorrect ? correct : 0;
}

/**
 * Binary cross-entropy or squared-error rows in file order with z = X·w + b and gw += Xᵀd in wasm
 * (wasmRows.ts) or scalarRows.ts, block by block; the per-row loss, ∂loss/∂z, metric and gb stay here, written
 * as in logisticRows / squaredRows.
 */
function blockRows(pass: RowPass, k: WasmRows, start: number, end: number, out: Float64Array): void {
  const { y, cut, countCorrect } = pass;
  const logistic = pass.loss === logisticLoss;
  const b0 = pass.b[0]!;
  const { z, d } = k;
  k.w.set(pass.w);
  k.gw.fill(0);
  const groups = new Float64Array(k.blockRows >> 3);
  let lossSum = 0;
  let correct = 0;
  let gb = 0;
  for (let first = start; first < end; first += k.blockRows) {
    const rows = Math.min(k.blockRows, end - first);
    k.dot(first, rows, b0);
    if (logistic) {
      // Three loops, so that the C calls (exp, log1p) sit in loops with nothing else live: a call
      // clobbers every floating-point register, and spilling the sums around it costs more than
      // the extra trips through d (which holds e = e^(−|z|) until it is overwritten by ∂loss/∂z).
      for (let r = 0; r < rows; r++) d[r] = Math.exp(-Math.abs(z[r]!));
      // Σ log1p(eᵢ) over eight rows as one log1p(q), q = Π(1 + eᵢ) − 1 built as q ← q + e + q·e
      // (never forming 1 + q, so small terms keep their precision; see the file comment).
      let q = 0;
      for (let r = 0; r < rows; r++) {
        const v = z[r]!;
        const yi = y[first + r]!;
        const e = d[r]!;
        // σ(v) = (v ≥ 0 ? 1 : e)/(1 + e), max(v, 0) and the hit count without data-dependent
        // branches (mispredicted half the time, they cost more than the exp; V8's Math.max
        // branches too): sel ∈ {0, 1}, e·(1 − sel) + sel is exactly 1 or e, sel·v is v or ±0.
        const sel = Number(v >= 0);
        const dr = (e * (1 - sel) + sel) / (1 + e) - yi;
        lossSum += sel * v - yi * v;
        q += e + q * e;
        if ((r & 7) === 7) {
          groups[r >> 3] = q;
          q = 0;
        }
        correct += Number(Number(v >= cut) === yi);
        gb += dr;
        d[r] = dr;
      }
      for (let g = 0; g < rows >> 3; g++) lossSum += Math.log1p(groups[g]!);
      lossSum += Math.log1p(q);
    } else {
      for (let r = 0; r < rows; r++) {
        const dr = z[r]! - y[first + r]!;
        lossSum += 0.5 * dr * dr;
        gb += dr;
        d[r] = dr;
      }
    }
    k.grad(first, rows);
  }
  const gw = pass.gw;
  for (let j = 0; j < gw.length; j++) gw[j]! += k.gw[j]!;
  pass.gb[0]! += gb;
  out[0] = lossSum;
  out[1] = countCorrect ? correct : 0;
}

/** ½(z − y)² rows in file order: squaredLoss.row inlined. */
function squaredRows(pass: RowPass, start: number, end: number, out: Float64Array): void {
  const { data, p, y, w, gw } = pass;
  const b0 = pass.b[0]!;
  let lossSum = 0;
  let gb = 0;
  for (let i = start; i < end; i++) {
    const off = i * p;
    const d = dot(data, off, w, 0, p, b0) - y[i]!;
    lossSum += 0.5 * d * d;
    if (d === 0) continue;
    gb += d;
    axpy(gw, 0, d, data, off, p);
  }
  pass.gb[0]! += gb;
  out[0] = lossSum;
  out[1] = 0;
}

/** Any RowLoss, K outputs, rows in `order` (identity when null). */
function genericRows(pass: RowPass, order: Int32Array | null, start: number, end: number, out: Float64Array): void {
  const { data, p, y, w, b, gw, gb, loss, cut, countCorrect, z, dz } = pass;
  const k = b.length;
  let lossSum = 0;
  let correct = 0;
  for (let t = start; t < end; t++) {
    const i = order === null ? t : order[t]!;
    const off = i * p;
    for (let c = 0; c < k; c++) z[c] = dot(data, off, w, c * p, p, b[c]!);
    const yi = y[i]!;
    lossSum += loss.row(z, yi, dz);
    if (countCorrect) {
      let predicted = 0;
      if (k === 1) predicted = z[0]! >= cut ? 1 : 0;
      else for (let c = 1; c < k; c++) if (z[c]! > z[predicted]!) predicted = c;
      if (predicted === yi) correct++;
    }
    for (let c = 0; c < k; c++) {
      const d = dz[c]!;
      if (d === 0) continue;
      gb[c]! += d;
      axpy(gw, c * p, d, data, off, p);
    }
  }
  out[0] = lossSum;
  out[1] = correct;
}
