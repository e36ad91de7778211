/**
 * wasmRows' two kernels as WebAssembly code (the rounding they keep: wasmRows.ts): dot, z = X·w + b
 * for a block of rows, and grad, gw += Xᵀd in row order.
 */
import {
  ADD,
  END,
  F64,
  F64_ADD,
  F64_LOAD,
  F64_MUL,
  F64_STORE,
  I32,
  LANE,
  SPLAT,
  V128,
  V_ADD,
  V_LOAD,
  V_MUL,
  V_STORE,
  V_ZERO,
  get,
  set,
  tee,
  vec,
} from './wasmAssembly';
import { prologue, overQuads, overRows, addr, V_LOAD_16, V_STORE_16, F64_LOAD_8, F64_STORE_8, ifBit } from './wasmRowLoops';

/**
 * dot(x, w, z, rows, p, b): z[r] = b + x_r·w for `rows` rows starting at byte x. Per row two
 * vector accumulators (columns 4m, 4m+1 and 4m+2, 4m+3), then b + (lane 0 + lane 1) of their sum,
 * then the leftover pair and the leftover column.
 */
export function dotBody(): number[] {
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
export function gradBody(): number[] {
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
