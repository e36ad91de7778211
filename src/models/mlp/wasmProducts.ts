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
 */
import type { WasmFunction } from '../wasmAssembly';
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
  F64_MUL,
  F64_STORE,
  GE_U,
  I32,
  IF,
  LOOP,
  LT_U,
  MUL,
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
} from '../wasmAssembly';
import type { LayerProducts } from './layerProducts';

const GT_U = 0x4b;
const LT_S = 0x48;
const F64_CONST_0 = [0x44, 0, 0, 0, 0, 0, 0, 0, 0];

/** while (!(exit)) { body } — exit is code leaving an i32 on the stack. */
const loopUntil = (exit: number[], body: number[]) => [...BLOCK, ...LOOP, ...exit, ...BR_IF(1), ...body, ...BR(0), END, END];
const bump = (v: number, by: number[]) => [...get(v), ...by, ADD, ...set(v)];
const bytes8 = (v: number) => [...get(v), ...i32(3), SHL];

/** affine(a, rows, n, wt, b, m, out): row-major a (rows × n), wt (n × m), b (m), out (rows × m). */
function affineBody(): number[] {
  const [a, rows, n, wt, b, m, out, aEnd, rowEnd, k, m8, ap, wp, sc, s, acc] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
  ] as const;
  /** `count` vector accumulators (2·count units) from b[k], Σ over the row, stored at out[k]. */
  const units = (count: number) => {
    const lanes = Array.from({ length: count }, (_, i) => i);
    return [
      ...lanes.flatMap((i) => [...get(b), ...get(k), ADD, ...V_LOAD_AT(16 * i), ...set(acc + i)]),
      ...get(a),
      ...set(ap),
      ...get(wt),
      ...get(k),
      ADD,
      ...set(wp),
      ...loopUntil(
        [...get(ap), ...get(rowEnd), GE_U],
        [
          ...get(ap),
          ...F64_LOAD,
          ...SPLAT,
          ...set(s),
          ...lanes.flatMap((i) => [...get(acc + i), ...get(s), ...get(wp), ...V_LOAD_AT(16 * i), ...V_MUL, ...V_ADD, ...set(acc + i)]),
          ...bump(ap, i32(8)),
          ...bump(wp, get(m8)),
        ],
      ),
      ...lanes.flatMap((i) => [...get(out), ...get(k), ADD, ...get(acc + i), ...V_STORE_AT(16 * i)]),
      ...bump(k, i32(16 * count)),
    ];
  };
  const single = [
    ...get(b),
    ...get(k),
    ADD,
    ...F64_LOAD,
    ...set(sc),
    ...get(a),
    ...set(ap),
    ...get(wt),
    ...get(k),
    ADD,
    ...set(wp),
    ...loopUntil(
      [...get(ap), ...get(rowEnd), GE_U],
      [
        ...get(sc),
        ...get(ap),
        ...F64_LOAD,
        ...get(wp),
        ...F64_LOAD,
        F64_MUL,
        F64_ADD,
        ...set(sc),
        ...bump(ap, i32(8)),
        ...bump(wp, get(m8)),
      ],
    ),
    ...get(out),
    ...get(k),
    ADD,
    ...get(sc),
    ...F64_STORE,
  ];
  const code = [
    ...bytes8(m),
    ...set(m8),
    ...get(a),
    ...get(rows),
    ...get(n),
    MUL,
    ...i32(3),
    SHL,
    ADD,
    ...set(aEnd),
    ...loopUntil(
      [...get(a), ...get(aEnd), GE_U],
      [
        ...get(a),
        ...bytes8(n),
        ADD,
        ...set(rowEnd),
        ...i32(0),
        ...set(k),
        ...loopUntil([...get(k), ...i32(64), ADD, ...get(m8), GT_U], units(4)),
        ...loopUntil([...get(k), ...i32(16), ADD, ...get(m8), GT_U], units(1)),
        ...get(k),
        ...get(m8),
        LT_U,
        ...IF,
        ...single,
        END,
        ...get(rowEnd),
        ...set(a),
        ...bump(out, get(m8)),
      ],
    ),
    END,
  ];
  return [
    ...vec([
      [6, I32],
      [1, F64],
      [5, V128],
    ]),
    ...code,
  ];
}

/** end of the even part of a row of n values: at + (n·8 & −16). */
const evenEnd = (at: number[], n8: number) => [...at, ...get(n8), ...i32(-16), AND, ADD];
const ifOdd = (n: number, body: number[]) => [...get(n), ...i32(1), AND, ...IF, ...body, END];

/**
 * grad(a, rows, n, d, m, gw, gb): gw (m × n) += Σ_r d[r][k]·a[r], gb (m) += Σ_r d[r][k]. Four rows
 * at a time, then one; within a step gw ← (((gw + d₀a₀) + d₁a₁) + d₂a₂) + d₃a₃, the scalar order.
 */
function gradBody(): number[] {
  const [a, rows, n, d, m, gw, gb, n8, m8, left, k, gp, gEnd, ap, n16, n24] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
  ] as const;
  const ds = 16;
  const dv = 20;
  const rowOffset = [null, n8, n16, n24] as const;
  const rowAt = (i: number) => (i === 0 ? get(ap) : [...get(ap), ...get(rowOffset[i]!), ADD]);
  const step = (count: number) => {
    const rs = Array.from({ length: count }, (_, i) => i);
    const pair = rs.reduce<number[]>(
      (acc, i) => [...acc, ...get(dv + i), ...rowAt(i), ...V_LOAD, ...V_MUL, ...V_ADD],
      [...get(gp), ...get(gp), ...V_LOAD],
    );
    const odd = rs.reduce<number[]>(
      (acc, i) => [...acc, ...get(ds + i), ...rowAt(i), ...F64_LOAD, F64_MUL, F64_ADD],
      [...get(gp), ...get(gp), ...F64_LOAD],
    );
    const gbSum = rs.reduce<number[]>(
      (acc, i) => [...acc, ...get(ds + i), F64_ADD],
      [...get(gb), ...get(k), ADD, ...get(gb), ...get(k), ADD, ...F64_LOAD],
    );
    return [
      ...i32(0),
      ...set(k),
      ...loopUntil(
        [...get(k), ...get(m8), GE_U],
        [
          ...rs.flatMap((i) => [...get(d), ...get(k), ADD, ...F64_LOAD_AT_ROW(i), ...tee(ds + i), ...SPLAT, ...set(dv + i)]),
          ...gbSum,
          ...F64_STORE,
          // gp walks gw's row k (k is in bytes, so gw + k·n), ap the first row's inputs alongside.
          ...get(gw),
          ...get(k),
          ...get(n),
          MUL,
          ADD,
          ...set(gp),
          ...evenEnd(get(gp), n8),
          ...set(gEnd),
          ...get(a),
          ...set(ap),
          ...loopUntil([...get(gp), ...get(gEnd), GE_U], [...pair, ...V_STORE, ...bump(gp, i32(16)), ...bump(ap, i32(16))]),
          ...ifOdd(n, [...odd, ...F64_STORE]),
          ...bump(k, i32(8)),
        ],
      ),
      ...get(a),
      ...get(n8),
      ...i32(count),
      MUL,
      ADD,
      ...set(a),
      ...get(d),
      ...get(m8),
      ...i32(count),
      MUL,
      ADD,
      ...set(d),
      ...bump(left, i32(-count)),
    ];
  };
  // d[r + i][k] sits i·m8 bytes after d[r][k]: the row offsets of d are m8 multiples, loaded through the stack.
  function F64_LOAD_AT_ROW(i: number): number[] {
    return i === 0 ? F64_LOAD : [...get(m8), ...i32(i), MUL, ADD, ...F64_LOAD];
  }
  const code = [
    ...bytes8(n),
    ...set(n8),
    ...bytes8(m),
    ...set(m8),
    ...get(rows),
    ...set(left),
    ...get(n8),
    ...i32(2),
    MUL,
    ...set(n16),
    ...get(n8),
    ...i32(3),
    MUL,
    ...set(n24),
    ...loopUntil([...get(left), ...i32(4), LT_S], step(4)),
    ...loopUntil([...get(left), ...i32(1), LT_S], step(1)),
    END,
  ];
  return [
    ...vec([
      [9, I32],
      [4, F64],
      [4, V128],
    ]),
    ...code,
  ];
}

/** back(d, rows, m, w, n, out): out[r] (n) = 0 + Σ_k d[r][k]·w[k] in k order, w being m × n. */
function backBody(): number[] {
  const [d, rows, m, w, n, out, n8, m8, dEnd, rowD, wp, op, oEnd, ds, dv] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14] as const;
  const code = [
    ...bytes8(n),
    ...set(n8),
    ...bytes8(m),
    ...set(m8),
    ...get(d),
    ...get(rows),
    ...get(m8),
    MUL,
    ADD,
    ...set(dEnd),
    ...loopUntil(
      [...get(d), ...get(dEnd), GE_U],
      [
        ...evenEnd(get(out), n8),
        ...set(oEnd),
        ...get(out),
        ...set(op),
        ...loopUntil([...get(op), ...get(oEnd), GE_U], [...get(op), ...V_ZERO, ...V_STORE, ...bump(op, i32(16))]),
        ...ifOdd(n, [...get(op), ...F64_CONST_0, ...F64_STORE]),
        ...get(d),
        ...get(m8),
        ADD,
        ...set(rowD),
        ...get(w),
        ...set(wp),
        ...loopUntil(
          [...get(d), ...get(rowD), GE_U],
          [
            ...get(d),
            ...F64_LOAD,
            ...tee(ds),
            ...SPLAT,
            ...set(dv),
            ...get(out),
            ...set(op),
            ...loopUntil(
              [...get(op), ...get(oEnd), GE_U],
              [
                ...get(op),
                ...get(op),
                ...V_LOAD,
                ...get(dv),
                ...get(wp),
                ...V_LOAD,
                ...V_MUL,
                ...V_ADD,
                ...V_STORE,
                ...bump(op, i32(16)),
                ...bump(wp, i32(16)),
              ],
            ),
            ...ifOdd(n, [
              ...get(op),
              ...get(op),
              ...F64_LOAD,
              ...get(ds),
              ...get(wp),
              ...F64_LOAD,
              F64_MUL,
              F64_ADD,
              ...F64_STORE,
              ...bump(wp, i32(8)),
            ]),
            ...bump(d, i32(8)),
          ],
        ),
        ...bump(out, get(n8)),
      ],
    ),
    END,
  ];
  return [
    ...vec([
      [7, I32],
      [1, F64],
      [1, V128],
    ]),
    ...code,
  ];
}

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
