/**
 * The SIMD backward products of a dense layer, as WebAssembly code (see wasmProducts.ts for the
 * summation orders that keep them bit-identical to kernels.ts): the weight and bias gradients
 * (grad) and the error passed back to the layer's inputs (back).
 */
import {
  bump,
  bytes8,
  get,
  i32,
  set,
  tee,
  vec,
  ADD,
  AND,
  END,
  F64,
  F64_ADD,
  F64_CONST_0,
  F64_LOAD,
  F64_MUL,
  F64_STORE,
  GE_U,
  I32,
  IF,
  LT_S,
  MUL,
  SPLAT,
  V128,
  V_ADD,
  V_LOAD,
  V_MUL,
  V_STORE,
  V_ZERO,
  loopUntil,
} from '../wasmAssembly';

/** end of the even part of a row of n values: at + (n·8 & −16). */
const evenEnd = (at: number[], n8: number) => [...at, ...get(n8), ...i32(-16), AND, ADD];
const ifOdd = (n: number, body: number[]) => [...get(n), ...i32(1), AND, ...IF, ...body, END];

/**
 * grad(a, rows, n, d, m, gw, gb): gw (m × n) += Σ_r d[r][k]·a[r], gb (m) += Σ_r d[r][k]. Four rows
 * at a time, then one; within a step gw ← (((gw + d₀a₀) + d₁a₁) + d₂a₂) + d₃a₃, the scalar order.
 */
export function gradBody(): number[] {
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
export function backBody(): number[] {
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
