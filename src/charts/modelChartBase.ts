/**
 * What every model result chart shares (trainingCurves, scoreCurve, regressionCharts,
 * classifierCurves, confusionMatrix): the look — the same fields as every chart's common settings,
 * with the model charts' defaults — and the small reshapings their builders have in common. The
 * model charts take plain arrays from the model engine (src/models), so the chart layer needs
 * nothing from it.
 */
import type { CommonSettings, Locale, ThemeName } from './settings';

/** A model chart's look: the same fields as every chart's common settings (one definition). */
export type ModelChartLook = CommonSettings;

/** The look with its defaults filled in (light, English, 900 × 560). */
export function resolvedLook(l: ModelChartLook): { theme: ThemeName; locale: Locale; width: number; height: number } {
  return { theme: l.theme ?? 'light', locale: l.locale ?? 'en', width: l.width ?? 900, height: l.height ?? 560 };
}

/** [x, y] points for a line series. */
export function pairs(x: readonly number[], y: readonly number[]): number[][] {
  return x.map((v, i) => [v, y[i]!]);
}

/** The smallest and largest value ([Infinity, -Infinity] when there are none). */
export function extent(values: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}
