/**
 * Blocked Gram kernel: out[j·p + k] = Σ_i cols[j][i]·cols[k][i] over i < len, for j ≤ k.
 *
 * Why blocked: the p(p+1)/2 dot products read the same p columns over and over. Computing a
 * 4 × 4 tile of products per row loads 8 values for 16 multiply-adds instead of 2 loads per
 * multiply-add, and the tile's 16 sums stay in registers. Callers keep `len` small enough (a few
 * thousand rows) that the columns stay in cache across tiles. Each sum runs over i in order, so the
 * result for a pair does not depend on the tiling.
 */

const TILE = 4;

/** Sums of products of `cols` (all at least `len` long) into the upper triangle of `out` (p×p). */
export function gramUpper(cols: readonly Float64Array[], len: number, out: Float64Array): void {
  const p = cols.length;
  const zero = new Float64Array(len);
  const col = (j: number): Float64Array => (j < p ? (cols[j] as Float64Array) : zero);
  for (let j0 = 0; j0 < p; j0 += TILE) {
    const a0 = col(j0);
    const a1 = col(j0 + 1);
    const a2 = col(j0 + 2);
    const a3 = col(j0 + 3);
    for (let k0 = j0; k0 < p; k0 += TILE) {
      const b0 = col(k0);
      const b1 = col(k0 + 1);
      const b2 = col(k0 + 2);
      const b3 = col(k0 + 3);
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0;
      let s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      let s20 = 0, s21 = 0, s22 = 0, s23 = 0;
      let s30 = 0, s31 = 0, s32 = 0, s33 = 0;
      for (let i = 0; i < len; i++) {
        const x0 = a0[i] as number;
        const x1 = a1[i] as number;
        const x2 = a2[i] as number;
        const x3 = a3[i] as number;
        const y0 = b0[i] as number;
        const y1 = b1[i] as number;
        const y2 = b2[i] as number;
        const y3 = b3[i] as number;
        s00 += x0 * y0; s01 += x0 * y1; s02 += x0 * y2; s03 += x0 * y3;
        s10 += x1 * y0; s11 += x1 * y1; s12 += x1 * y2; s13 += x1 * y3;
        s20 += x2 * y0; s21 += x2 * y1; s22 += x2 * y2; s23 += x2 * y3;
        s30 += x3 * y0; s31 += x3 * y1; s32 += x3 * y2; s33 += x3 * y3;
      }
      const tile = [s00, s01, s02, s03, s10, s11, s12, s13, s20, s21, s22, s23, s30, s31, s32, s33];
      for (let a = 0; a < TILE; a++) {
        for (let b = 0; b < TILE; b++) {
          const j = j0 + a;
          const k = k0 + b;
          if (j < p && k < p && j <= k) out[j * p + k] = tile[a * TILE + b] as number;
        }
      }
    }
  }
}
