/**
 * Least squares' normal equations written out with the run's numbers: XᵀX β = Xᵀy (XᵀX + αI₀ for
 * ridge) as matrices, and the solution β. The engine sends them only for at most 8 unknowns.
 */
import type { NormalEquationsExplanation } from '../../../../src/protocol/protocol';
import { texMatrixEntry, texNumber, texText } from './texNumbers';

type Shown = Extract<NormalEquationsExplanation, { shown: true }>;

const column = (entries: readonly string[]) => String.raw`\begin{pmatrix} ${entries.join(String.raw` \\ `)} \end{pmatrix}`;

/** The unknown's symbol: b for the intercept, w with the column's name otherwise. */
export function unknownSymbol(name: string): string {
  return name === '(intercept)' ? 'b' : `w_{${texText(name)}}`;
}

export function normalEquationsTex(ne: Shown): { equations: string; solution: string } {
  const largest = Math.max(...ne.matrix.flat().map(Math.abs));
  const matrix = String.raw`\begin{pmatrix} ${ne.matrix.map((row) => row.map((v) => texMatrixEntry(v, largest)).join(' & ')).join(String.raw` \\ `)} \end{pmatrix}`;
  const unknowns = ne.unknowns.map(unknownSymbol);
  const lhs = ne.alpha !== undefined ? String.raw`\left(X^\top X + ${texNumber(ne.alpha)}\, I_0\right)` : String.raw`X^\top X`;
  return {
    equations: String.raw`\underbrace{${matrix}}_{${lhs}} ${column(unknowns)} = \underbrace{${column(ne.rhs.map(texNumber))}}_{X^\top y}`,
    solution: unknowns.map((u, i) => `${u} = ${texNumber(ne.solution[i]!)}`).join(String.raw`,\quad `),
  };
}
