/**
 * Missing feature values: drop the row, or fill with the column's mean or median computed on the
 * training rows only (scikit-learn `SimpleImputer(strategy=...)`), reporting counts per column.
 */
import type { DenseMatrix } from '../../linalg';
import { matrix } from '../../linalg';

export type MissingStrategy = 'drop' | 'mean' | 'median';

export interface ImputerJSON {
  readonly strategy: 'mean' | 'median';
  readonly values: number[];
}

export function fitImputer(x: DenseMatrix, strategy: 'mean' | 'median'): ImputerJSON {
  const { rows: n, cols: p, data } = x;
  const values: number[] = [];
  const col = new Float64Array(n);
  for (let j = 0; j < p; j++) {
    let m = 0;
    for (let i = 0; i < n; i++) {
      const v = data[i * p + j]!;
      if (!Number.isNaN(v)) col[m++] = v;
    }
    if (m === 0) {
      values.push(0);
      continue;
    }
    const present = col.subarray(0, m);
    if (strategy === 'mean') {
      let s = 0;
      for (const v of present) s += v;
      values.push(s / m);
    } else {
      present.sort(); // typed-array sort is numeric
      const h = m >> 1;
      values.push(m % 2 ? present[h]! : (present[h - 1]! + present[h]!) / 2);
    }
  }
  return { strategy, values };
}

/** Fills NaN cells in place of a copy; returns the filled matrix and the count per column. */
export function applyImputer(x: DenseMatrix, imp: ImputerJSON): { x: DenseMatrix; filled: number[] } {
  const { rows: n, cols: p } = x;
  const data = Float64Array.from(x.data);
  const filled = new Array<number>(p).fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < p; j++) {
      if (Number.isNaN(data[i * p + j]!)) {
        data[i * p + j] = imp.values[j]!;
        filled[j]! += 1;
      }
    }
  }
  return { x: matrix(n, p, data), filled };
}

/** Positions (0..n−1) of rows with no NaN in x. */
export function completeRows(x: DenseMatrix): number[] {
  const { rows: n, cols: p, data } = x;
  const keep: number[] = [];
  outer: for (let i = 0; i < n; i++) {
    for (let j = 0; j < p; j++) if (Number.isNaN(data[i * p + j]!)) continue outer;
    keep.push(i);
  }
  return keep;
}

export function takeRows(x: DenseMatrix, rows: ArrayLike<number>): DenseMatrix {
  const p = x.cols;
  const out = new Float64Array(rows.length * p);
  for (let r = 0; r < rows.length; r++) out.set(x.data.subarray(rows[r]! * p, rows[r]! * p + p), r * p);
  return matrix(rows.length, p, out);
}

export function takeValues(y: ArrayLike<number>, rows: ArrayLike<number>): Float64Array {
  const out = new Float64Array(rows.length);
  for (let r = 0; r < rows.length; r++) out[r] = y[rows[r]!]!;
  return out;
}
