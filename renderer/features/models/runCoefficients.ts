/**
 * A finished run's linear model as its report gives it: coefficients by term and the intercept, in
 * the table's units when the fit scaled its inputs (the report's *OriginalUnits, which the engine
 * converts). For one output only (regression, binary classification); null otherwise.
 */
import type { FitReport } from '../../../src/protocol/protocol';

type Named = Record<string, number>;

/** Coefficients by term, intercept first (as '(intercept)'). */
export function coefficientsOf(report: FitReport | undefined): Named | null {
  if (!report?.coefficients || Object.values(report.coefficients).some((v) => typeof v === 'object')) return null;
  const coef = (report.coefficientsOriginalUnits ?? report.coefficients) as Named;
  const intercept = (report.interceptOriginalUnits ?? report.intercept) as number;
  return { '(intercept)': intercept, ...coef };
}

/** The weights in the report's feature order (the model inputs, polynomial terms in order) and the intercept. */
export function finalLine(report: FitReport | undefined): { weights: number[]; intercept: number } | null {
  const named = coefficientsOf(report);
  if (!named || !report) return null;
  return { weights: report.features.map((f) => named[f] ?? 0), intercept: named['(intercept)'] ?? 0 };
}
