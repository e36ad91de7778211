/** Public API of the chart engine: settings, their declarative spec, builders, themes. */
export type { Aggregate, BarSettings, BoxSettings, BubbleSettings, ChartKind, ChartSettings, CommonSettings, HeatmapSettings, HistogramSettings, LineSettings, Locale, PieSettings, ScatterSettings, ThemeName } from './settings';
export { AGGREGATES, CHART_KINDS, CHART_SPECS, COMMON_OPTIONS, DENSITY_THRESHOLD } from './spec';
export type { ChartSpec, OptionSpec, RoleSpec } from './spec';
export { resolveSettings } from './validate';
export { buildChart } from './build';
export { buildBar } from './bar';
export { buildBox, boxStats } from './box';
export { buildHeatmap } from './heatmap';
export { buildHistogram } from './histogram';
export { buildLine } from './line';
export { buildPie } from './pie';
export { buildBubble, buildScatter } from './scatter';
export { buildConfusionMatrix, buildPredictedActual, buildPrecisionRecall, buildResiduals, buildRoc, buildScoreCurve, buildTrainingCurves } from './modelCharts';
export type { ConfusionInput, ModelChartLook, PrCurve, RocCurve, ScoreCurve, TrainingRun } from './modelCharts';
export { FONT_FAMILY, OKABE_ITO, THEMES } from './theme';
export { bin2d } from './bin2d';
export { fitLine } from './linearFit';
