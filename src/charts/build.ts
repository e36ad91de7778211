/** One entry point for the app, worker and CLI: (table, settings) → ECharts option. */
import type { EChartsOption } from 'echarts';
import type { Table } from '../table/types';
import { applyLook } from './look';
import { CHART_KINDS, chartType } from './registry';
import type { ChartSettings } from './settings';
import { unknownChartType } from './validate';

/** The chart type's builder (from the registry), then the look options every chart shares. */
export function buildChart(table: Table, settings: ChartSettings): EChartsOption {
  const type = chartType(settings.kind);
  if (!type) throw unknownChartType(settings.kind, CHART_KINDS);
  return applyLook(type.build(table, settings), settings);
}
