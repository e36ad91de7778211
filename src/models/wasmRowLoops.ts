/**
 * The loop and addressing shapes shared by wasmRows' two kernels (dot and grad), as WebAssembly
 * code: the row prologue, the four-column inner loop, the two-rows-then-one outer loop.
 */
import {
  ADD,
  AND,
  BLOCK,
  BR,
  BR_IF,
  END,
  F64_LOAD_AT,
  F64_STORE_AT,
  GE_U,
  IF,
  LOOP,
  LT_U,
  SHL,
  V_LOAD_AT,
  V_STORE_AT,
  get,
  i32,
  set,
  tee,
} from './wasmAssembly';

/** pe = (p & −2)·8 and pq = (p & −4)·8 (bytes of the even and of the multiple-of-4 part of a row); end = ptr + rows·8. */
export const prologue = (p: number, pe: number, pq: number, ptr: number, rows: number, end: number) => [
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
export const overQuads = (j: number, pq: number, body: number[]) => [
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
export const overRows = (x: number, x2: number, p: number, ptr: number, end: number, pair: number[], single: number[]) => [
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
export const addr = (base: number, off: number) => [...get(base), ...get(off), ADD];
/** Loads / stores at base + 16 (the second pair of a quad) or base + 8 (the second row's z or d). */
export const V_LOAD_16 = V_LOAD_AT(16);
export const V_STORE_16 = V_STORE_AT(16);
export const F64_LOAD_8 = F64_LOAD_AT(8);
export const F64_STORE_8 = F64_STORE_AT(8);
/** if (p & bit) { body } */
export const ifBit = (p: number, bit: number, body: number[]) => [...get(p), ...i32(bit), AND, ...IF, ...body, END];
