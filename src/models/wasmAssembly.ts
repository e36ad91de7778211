/**
 * A tiny WebAssembly assembler shared by the engine's SIMD kernels (wasmRows.ts for linear and
 * logistic descent, mlp/wasmProducts.ts for networks): opcodes in the text format's terms, LEB128
 * encoding, module framing with one imported memory, and a guarded compile. Modules are built from
 * their instructions at run time, so no binary blob or build step is involved.
 */

// Opcodes (WebAssembly core spec §5.4; SIMD: fixed-width SIMD proposal, prefix 0xFD).
export const I32 = 0x7f;
export const F64 = 0x7c;
export const V128 = 0x7b;
export const get = (i: number) => [0x20, i];
export const set = (i: number) => [0x21, i];
export const tee = (i: number) => [0x22, i];
export const i32 = (v: number) => [0x41, ...sleb(v)];
export const ADD = 0x6a;
export const MUL = 0x6c;
export const AND = 0x71;
export const SHL = 0x74;
export const LT_U = 0x49;
export const GE_U = 0x4f;
export const GT_U = 0x4b;
export const LT_S = 0x48;
export const F64_ADD = 0xa0;
export const F64_MUL = 0xa2;
/** f64.load / f64.store with alignment 2³ and a byte offset. */
export const F64_LOAD_AT = (off: number) => [0x2b, 3, ...uleb(off)];
export const F64_STORE_AT = (off: number) => [0x39, 3, ...uleb(off)];
export const F64_LOAD = F64_LOAD_AT(0);
export const F64_STORE = F64_STORE_AT(0);
/** v128.load / v128.store with an alignment hint of 2³ (f64 data need not be 16-byte aligned) and a byte offset. */
export const V_LOAD_AT = (off: number) => [0xfd, 0, 3, ...uleb(off)];
export const V_STORE_AT = (off: number) => [0xfd, 11, 3, ...uleb(off)];
export const V_LOAD = V_LOAD_AT(0);
export const V_STORE = V_STORE_AT(0);
export const V_ZERO = [0xfd, 12, ...new Array<number>(16).fill(0)];
/** f64x2.splat, f64x2.extract_lane, f64x2.add, f64x2.mul. */
export const SPLAT = [0xfd, 20];
export const LANE = (l: number) => [0xfd, 33, l];
export const V_ADD = [0xfd, 0xf0, 0x01];
export const V_MUL = [0xfd, 0xf2, 0x01];
export const BLOCK = [0x02, 0x40];
export const LOOP = [0x03, 0x40];
export const IF = [0x04, 0x40];
export const END = 0x0b;
export const BR = (d: number) => [0x0c, d];
export const BR_IF = (d: number) => [0x0d, d];

export function sleb(v: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0)) return [...out, byte];
    out.push(byte | 0x80);
  }
}

export function uleb(v: number): number[] {
  const out: number[] = [];
  do {
    const byte = v & 0x7f;
    v >>>= 7;
    out.push(v === 0 ? byte : byte | 0x80);
  } while (v !== 0);
  return out;
}

/** f64.const 0 */
export const F64_CONST_0 = [0x44, 0, 0, 0, 0, 0, 0, 0, 0];

// Structured control flow over locals.
/** while (!(exit)) { body } — exit is code leaving an i32 on the stack. */
export const loopUntil = (exit: number[], body: number[]) => [...BLOCK, ...LOOP, ...exit, ...BR_IF(1), ...body, ...BR(0), END, END];
/** local v += by (by leaves an i32 on the stack). */
export const bump = (v: number, by: number[]) => [...get(v), ...by, ADD, ...set(v)];
/** local v · 8: a count of f64 values in bytes. */
export const bytes8 = (v: number) => [...get(v), ...i32(3), SHL];

export const vec = (items: number[][]) => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];

/** A function: its parameter types, and its body (local declarations then code, as dotBody builds them). */
export interface WasmFunction {
  readonly name: string;
  readonly params: readonly number[];
  readonly body: number[];
}

/** A module importing one memory as e.m and exporting the given functions (no results). */
export function moduleBytes(functions: readonly WasmFunction[]): Uint8Array {
  const name = (s: string) => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
  const types = vec(functions.map((f) => [0x60, ...vec(f.params.map((t) => [t])), 0]));
  const imports = vec([[...name('e'), ...name('m'), 0x02, 0x00, 0x01]]);
  const funcs = vec(functions.map((_, i) => [i]));
  const exports = vec(functions.map((f, i) => [...name(f.name), 0x00, i]));
  const code = vec(functions.map((f) => [...uleb(f.body.length), ...f.body]));
  return new Uint8Array([
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...section(1, types),
    ...section(2, imports),
    ...section(3, funcs),
    ...section(7, exports),
    ...section(10, code),
  ]);
}

/**
 * The slice of the WebAssembly JS API used here. It exists in browsers, workers and Node alike but
 * is not in the engine's ES-only lib (src/tsconfig.json), so it is declared locally.
 */
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
  Memory: new (descriptor: { initial: number }) => { buffer: ArrayBuffer };
}
const wasmApi = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

/** Largest memory the kernels ask for: byte addresses stay in i32 range. */
export const WASM_MAX_MEMORY_BYTES = 2 ** 31 - 2 ** 16;

/**
 * A lazily compiled module: null where WebAssembly or its SIMD proposal is unavailable, or
 * compilation is refused (a content-security policy without 'wasm-unsafe-eval').
 */
export function lazyModule(build: () => Uint8Array): () => object | null {
  let compiled: object | null | undefined;
  return () => {
    if (compiled !== undefined) return compiled;
    try {
      const bytes = build();
      compiled = wasmApi !== undefined && wasmApi.validate(bytes) ? new wasmApi.Module(bytes) : null;
    } catch {
      compiled = null;
    }
    return compiled;
  };
}

/** A fresh instance of `mod` over a new memory of at least `bytes`; null when that fails (or bytes exceed WASM_MAX_MEMORY_BYTES). */
export function instantiate<E extends object>(mod: object | null, bytes: number): { exports: E; buffer: ArrayBuffer } | null {
  if (wasmApi === undefined || mod === null || bytes > WASM_MAX_MEMORY_BYTES) return null;
  try {
    const memory = new wasmApi.Memory({ initial: Math.max(1, Math.ceil(bytes / 65536)) });
    const instance = new wasmApi.Instance(mod, { e: { m: memory } });
    return { exports: instance.exports as E, buffer: memory.buffer };
  } catch {
    return null;
  }
}
