/**
 * Dense row-major matrices over Float64Array: element (i, j) of an n×p matrix is data[i*p + j].
 * Row-major because a model's design matrix is built row by row and O(n) kernels stream rows.
 */
export interface DenseMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

export function matrix(rows: number, cols: number, data?: Float64Array): DenseMatrix {
  if (!(Number.isInteger(rows) && Number.isInteger(cols) && rows >= 0 && cols >= 0))
    throw new RangeError(`matrix: bad shape ${rows}×${cols}`);
  const d = data ?? new Float64Array(rows * cols);
  if (d.length !== rows * cols) throw new RangeError(`matrix: ${d.length} values for a ${rows}×${cols} matrix`);
  return { rows, cols, data: d };
}

/** Builds a matrix from nested arrays (tests and small p×p work). */
export function fromRows(rows: readonly (readonly number[])[]): DenseMatrix {
  const n = rows.length;
  const p = n === 0 ? 0 : (rows[0] as readonly number[]).length;
  const out = new Float64Array(n * p);
  rows.forEach((row, i) => {
    if (row.length !== p) throw new RangeError(`fromRows: row ${i} has ${row.length} values, expected ${p}`);
    out.set(row, i * p);
  });
  return { rows: n, cols: p, data: out };
}

/** y = A·x for an n×p row-major A. */
export function matVec(a: DenseMatrix, x: ArrayLike<number>, out = new Float64Array(a.rows)): Float64Array {
  const { rows: n, cols: p, data } = a;
  for (let i = 0; i < n; i++) {
    let s = 0;
    const off = i * p;
    for (let j = 0; j < p; j++) s += data[off + j]! * x[j]!;
    out[i] = s;
  }
  return out;
}

/** y = Aᵀ·v for an n×p row-major A (one pass over the rows). */
export function matTVec(a: DenseMatrix, v: ArrayLike<number>, out = new Float64Array(a.cols)): Float64Array {
  const { rows: n, cols: p, data } = a;
  out.fill(0);
  for (let i = 0; i < n; i++) {
    const vi = v[i]!;
    if (vi === 0) continue;
    const off = i * p;
    for (let j = 0; j < p; j++) out[j]! += data[off + j]! * vi;
  }
  return out;
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
