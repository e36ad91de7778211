/** Public API of the chart engine: settings, their declarative spec, builders, themes. */
export type { Aggregate, ChartKind, ChartSettings, CommonSettings, Locale, ThemeName } from './settings';
export type { BarSettings } from './bar';
export type { BoxSettings } from './box';
export type { HeatmapSettings } from './heatmap';
export type { HistogramSettings } from './histogram';
export type { LineSettings } from './line';
export type { PieSettings } from './pie';
export type { BubbleSettings, ScatterSettings } from './scatter';
export { AGGREGATES, COMMON_OPTIONS, DENSITY_THRESHOLD } from './spec';
export { CHART_KINDS, CHART_SPECS, CHART_TYPES, chartType } from './registry';
export type { ChartFlagReader, ChartType } from './chartType';
export type { ChartSpec, OptionSpec, RoleSpec } from './spec';
export { resolveSettings } from './validate';
export { buildChart } from './build';
export { buildBar } from './bar';
export { buildBox, boxStats } from './box';
export { buildHeatmap, correlationHeatmap } from './heatmap';
export type { CorrelationMatrix } from './heatmap';
export { columnCardHistogram } from './columnCardHistogram';
export { buildHistogram } from './histogram';
export { buildLine } from './line';
export { buildPie } from './pie';
export { buildBubble, buildScatter } from './scatter';
export {
  buildConfusionMatrix,
  buildPredictedActual,
  buildPrecisionRecall,
  buildResiduals,
  buildRoc,
  buildScoreCurve,
  buildTrainingCurves,
} from './modelCharts';
export type { ConfusionInput, ModelChartLook, PrCurve, RocCurve, ScoreCurve, TrainingRun } from './modelCharts';
export { FONT_FAMILY, OKABE_ITO, THEMES } from './theme';
export { bin2d } from './bin2d';
export { fitLine } from './linearFit';
