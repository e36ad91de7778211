/** Triangular solves on small p×p row-major factors (back and forward substitution). */

/** Solves U·x = b for upper-triangular U (k×k leading block of a row-major p-wide array). */
export function solveUpper(u: Float64Array, p: number, b: ArrayLike<number>, k = p): Float64Array {
  const x = new Float64Array(k);
  for (let i = k - 1; i >= 0; i--) {
    let s = b[i]!;
    for (let j = i + 1; j < k; j++) s -= u[i * p + j]! * x[j]!;
    x[i] = s / u[i * p + i]!;
  }
  return x;
}

/** Solves L·x = b for lower-triangular L (row-major p×p). */
export function solveLower(l: Float64Array, p: number, b: ArrayLike<number>): Float64Array {
  const x = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = b[i]!;
    for (let j = 0; j < i; j++) s -= l[i * p + j]! * x[j]!;
    x[i] = s / l[i * p + i]!;
  }
  return x;
}

/** Solves Lᵀ·x = b for lower-triangular L (row-major p×p) without forming Lᵀ. */
export function solveLowerTransposed(l: Float64Array, p: number, b: ArrayLike<number>): Float64Array {
  const x = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let s = b[i]!;
    for (let j = i + 1; j < p; j++) s -= l[j * p + i]! * x[j]!;
    x[i] = s / l[i * p + i]!;
  }
  return x;
}

/**
 * diag((UᵀU)⁻¹) for upper-triangular U (k×k block): the squared row norms of U⁻¹, from k
 * triangular solves. Used for coefficient standard errors, since (XᵀX)⁻¹ = R⁻¹R⁻ᵀ when X = QR;
 * XᵀX itself is never inverted.
 */
export function inverseGramDiagonal(u: Float64Array, p: number, k = p): Float64Array {
  const out = new Float64Array(k);
  const e = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    e.fill(0);
    e[c] = 1;
    const col = solveUpper(u, p, e, k); // column c of U⁻¹
    for (let r = 0; r < k; r++) out[r]! += col[r]! * col[r]!;
  }
  return out;
}

/** The transpose of a k×k row-major matrix (Rᵀ is lower-triangular, for solveLower). */
export function transposeSquare(a: Float64Array, k: number): Float64Array {
  const t = new Float64Array(k * k);
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) t[j * k + i] = a[i * k + j]!;
  return t;
}
