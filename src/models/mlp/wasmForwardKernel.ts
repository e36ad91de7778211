/**
 * The SIMD forward product of a dense layer, as WebAssembly code (see wasmProducts.ts for why the
 * lanes and orders are what they are): out[r][k] = b[k] + Σ_j a[r][j]·w[k][j], two units per lane
 * pair over the transposed weights, eight units per step, an odd last unit in scalar f64.
 */
import {
  bump,
  bytes8,
  get,
  i32,
  set,
  vec,
  ADD,
  END,
  F64,
  F64_ADD,
  F64_LOAD,
  F64_MUL,
  F64_STORE,
  GE_U,
  GT_U,
  I32,
  IF,
  LT_U,
  MUL,
  SHL,
  SPLAT,
  V128,
  V_ADD,
  V_LOAD_AT,
  V_MUL,
  V_STORE_AT,
  loopUntil,
} from '../wasmAssembly';

/** affine(a, rows, n, wt, b, m, out): row-major a (rows × n), wt (n × m), b (m), out (rows × m). */
export function affineBody(): number[] {
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
