/**
 * Blocked Gram kernel: out[j·p + k] = Σ_i cols[j][i]·cols[k][i] over i < len, for j ≤ k.
 *
 * Why blocked: the p(p+1)/2 dot products read the same p columns over and over. Computing a
 * 2 × 4 tile of products per row loads 6 values for 8 multiply-adds instead of 2 loads per
 * multiply-add, and the tile's 8 sums stay in registers (a 4 × 4 tile spills in V8 and was no
 * faster). Tiles start at the diagonal (k0 = j0), so few products fall below it. Callers keep
 * `len` small enough (a few thousand rows) that the columns stay in cache across tiles. Each sum
 * runs over i in order, so the result for a pair does not depend on the tiling.
 * Kept apart from src/linalg/gram.ts on purpose: this one reads separate column arrays (the table's
 * storage, in cache-sized row blocks) for correlations; that one reads a row-major design matrix.
 */

/** Sums of products of `cols` (all at least `len` long) into the upper triangle of `out` (p×p). */
export function gramUpper(cols: readonly Float64Array[], len: number, out: Float64Array): void {
  const p = cols.length;
  const zero = zeros(len);
  const col = (j: number): Float64Array => (j < p ? (cols[j] as Float64Array) : zero);
  for (let j0 = 0; j0 < p; j0 += 2) {
    const a0 = col(j0);
    const a1 = col(j0 + 1);
    for (let k0 = j0; k0 < p; k0 += 4) {
      if (p - k0 <= 2) {
        // The last one or two columns: a 2 × 2 tile instead of multiplying padding zeros.
        tile2x2(a0, a1, col(k0), col(k0 + 1), len, p, j0, k0, out);
        continue;
      }
      const b0 = col(k0);
      const b1 = col(k0 + 1);
      const b2 = col(k0 + 2);
      const b3 = col(k0 + 3);
      let s00 = 0;
      let s01 = 0;
      let s02 = 0;
      let s03 = 0;
      let s10 = 0;
      let s11 = 0;
      let s12 = 0;
      let s13 = 0;
      for (let i = 0; i < len; i++) {
        const x0 = a0[i] as number;
        const x1 = a1[i] as number;
        const y0 = b0[i] as number;
        const y1 = b1[i] as number;
        const y2 = b2[i] as number;
        const y3 = b3[i] as number;
        s00 += x0 * y0;
        s01 += x0 * y1;
        s02 += x0 * y2;
        s03 += x0 * y3;
        s10 += x1 * y0;
        s11 += x1 * y1;
        s12 += x1 * y2;
        s13 += x1 * y3;
      }
      put(out, p, j0, k0, s00);
      put(out, p, j0, k0 + 1, s01);
      put(out, p, j0, k0 + 2, s02);
      put(out, p, j0, k0 + 3, s03);
      put(out, p, j0 + 1, k0, s10);
      put(out, p, j0 + 1, k0 + 1, s11);
      put(out, p, j0 + 1, k0 + 2, s12);
      put(out, p, j0 + 1, k0 + 3, s13);
    }
  }
}

/** The 2 × 2 tile of gramUpper (columns j0, j0 + 1 against k0, k0 + 1), written where j ≤ k < p. */
function tile2x2(
  a0: Float64Array,
  a1: Float64Array,
  b0: Float64Array,
  b1: Float64Array,
  len: number,
  p: number,
  j0: number,
  k0: number,
  out: Float64Array,
): void {
  let s00 = 0;
  let s01 = 0;
  let s10 = 0;
  let s11 = 0;
  for (let i = 0; i < len; i++) {
    const x0 = a0[i] as number;
    const x1 = a1[i] as number;
    const y0 = b0[i] as number;
    const y1 = b1[i] as number;
    s00 += x0 * y0;
    s01 += x0 * y1;
    s10 += x1 * y0;
    s11 += x1 * y1;
  }
  put(out, p, j0, k0, s00);
  put(out, p, j0, k0 + 1, s01);
  put(out, p, j0 + 1, k0, s10);
  put(out, p, j0 + 1, k0 + 1, s11);
}

/** Stores a tile's sum for (j, k) when it is a real pair of the upper triangle (not padding, not below the diagonal). */
function put(out: Float64Array, p: number, j: number, k: number, sum: number): void {
  if (j < p && k < p && j <= k) out[j * p + k] = sum;
}

/**
 * The padding column (zeros), kept between calls: the correlation pass calls gramUpper once per
 * block, and a fresh array each time was most of its garbage.
 */
let zeroColumn = new Float64Array(0);
function zeros(len: number): Float64Array {
  if (zeroColumn.length < len) zeroColumn = new Float64Array(len);
  return zeroColumn;
}
