/**
 * The NIST StRD fixtures (nist_lls.json, nist_univariate.json, written by transcribe_nist.py from
 * NIST's files) and the log relative error that StRD results are scored by (McCullough 1998):
 * LRE = −log₁₀(|q − c|/|c|), or −log₁₀|q| when the certified c is 0; capped at 15 digits and
 * floored at 0, so it reads as "digits in agreement".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LinearDataset {
  readonly name: string;
  readonly intercept: boolean;
  /** Degree of the polynomial in the single predictor x; null when the predictors are given. */
  readonly degree: number | null;
  /** y first, then the predictors (x, or x1…x6 for Longley). */
  readonly columns: string[];
  /** Column-wise, as the text NIST prints. */
  readonly data: string[][];
  readonly certified: { coefficients: string[]; standardErrors: string[]; residualStandardDeviation: string; r2: string };
}

export interface UnivariateDataset {
  readonly name: string;
  readonly data: string[];
  readonly certified: { mean: string; standardDeviation: string; autocorrelation: string };
}

function load<T>(file: string): { source: string; datasets: T[] } {
  return JSON.parse(readFileSync(join(__dirname, file), 'utf8')) as { source: string; datasets: T[] };
}

export const linearDatasets = (): LinearDataset[] => load<LinearDataset>('nist_lls.json').datasets;
export const univariateDatasets = (): UnivariateDataset[] => load<UnivariateDataset>('nist_univariate.json').datasets;

export function lre(value: number, certifiedText: string): number {
  const c = Number(certifiedText);
  if (!Number.isFinite(value)) return 0;
  if (value === c) return 15;
  const e = c === 0 ? Math.abs(value) : Math.abs(value - c) / Math.abs(c);
  return Math.min(15, Math.max(0, -Math.log10(e)));
}

/** The predictor columns as fitted: the given ones, or x, x², …, x^degree for the polynomial datasets. */
export function predictors(d: LinearDataset): { names: string[]; columns: number[][] } {
  const given = d.data.slice(1).map((col) => col.map(Number));
  if (d.degree === null) return { names: d.columns.slice(1), columns: given };
  const x = given[0]!;
  const names = Array.from({ length: d.degree }, (_, k) => (k === 0 ? 'x' : `x${k + 1}`));
  return { names, columns: names.map((_, k) => x.map((v) => v ** (k + 1))) };
}

/** A fixed-width table of LRE rows for the test log. */
export function lreTable(title: string, header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map((v) => (typeof v === 'number' ? v.toFixed(1) : v)))];
  const widths = header.map((_, j) => Math.max(...cells.map((r) => String(r[j] ?? '').length)));
  return [title, ...cells.map((r) => r.map((v, j) => String(v ?? '').padStart(widths[j]!)).join('  '))].join('\n');
}
