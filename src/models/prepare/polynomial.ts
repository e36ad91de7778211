/**
 * Polynomial features of degree 1–10 for over-/underfitting studies: every monomial of total degree
 * 1..d in the input columns, ordered as scikit-learn's `PolynomialFeatures(d, include_bias=False)`
 * (by degree, then lexicographic by column index). Intercepts are the estimator's job.
 */
import type { DenseMatrix } from '../../linalg';
import { matrix } from '../../linalg';
import { FitplotError } from '../../table/errors';

export const MAX_DEGREE = 10;
export const MAX_POLYNOMIAL_COLUMNS = 5000;

/** Exponent vectors of all monomials of degree 1..d over p inputs. */
export function polynomialTerms(p: number, degree: number): number[][] {
  if (!(Number.isInteger(degree) && degree >= 1 && degree <= MAX_DEGREE)) {
    throw new FitplotError({
      code: 'BAD_OPTION',
      message: `The polynomial degree must be an integer from 1 to ${MAX_DEGREE}, got ${degree}.`,
    });
  }
  const terms: number[][] = [];
  // Combinations with repetition of column indices, non-decreasing, per degree (sklearn's order).
  const rec = (deg: number, start: number, acc: number[]) => {
    if (acc.length === deg) {
      const e = new Array<number>(p).fill(0);
      for (const j of acc) e[j]! += 1;
      terms.push(e);
      if (terms.length > MAX_POLYNOMIAL_COLUMNS) {
        throw new FitplotError({
          code: 'BAD_OPTION',
          message: `Degree ${degree} on ${p} features makes more than ${MAX_POLYNOMIAL_COLUMNS} columns.`,
          hint: 'Use fewer features or a lower degree.',
        });
      }
      return;
    }
    for (let j = start; j < p; j++) rec(deg, j, [...acc, j]);
  };
  for (let d = 1; d <= degree; d++) rec(d, 0, []);
  return terms;
}

export function termName(names: readonly string[], e: readonly number[]): string {
  return e.flatMap((k, j) => (k === 0 ? [] : [k === 1 ? names[j]! : `${names[j]!}^${k}`])).join(' ');
}

export function polynomialExpand(x: DenseMatrix, terms: readonly (readonly number[])[]): DenseMatrix {
  const { rows: n, cols: p, data } = x;
  const q = terms.length;
  const out = new Float64Array(n * q);
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < q; t++) {
      const e = terms[t]!;
      let v = 1;
      for (let j = 0; j < p; j++) {
        const k = e[j]!;
        if (k > 0) v *= data[i * p + j]! ** k;
      }
      out[i * q + t] = v;
    }
  }
  return matrix(n, q, out);
}
