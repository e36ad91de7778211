/** One entry point for the app, worker and CLI: (table, settings) → ECharts option. */
import type { EChartsOption } from 'echarts';
import type { Table } from '../table/types';
import { buildBar } from './bar';
import { buildBox } from './box';
import { buildHeatmap } from './heatmap';
import { buildHistogram } from './histogram';
import { buildLine } from './line';
import { applyLook } from './look';
import { buildPie } from './pie';
import { buildBubble, buildScatter } from './scatter';
import type { ChartSettings } from './settings';
import { resolveSettings } from './validate';

export function buildChart(table: Table, settings: ChartSettings): EChartsOption {
  return applyLook(buildOfKind(table, settings), settings);
}

function buildOfKind(table: Table, settings: ChartSettings): EChartsOption {
  switch (settings.kind) {
    case 'scatter':
      return buildScatter(table, settings);
    case 'bar':
      return buildBar(table, settings);
    case 'pie':
      return buildPie(table, settings);
    case 'bubble':
      return buildBubble(table, settings);
    case 'histogram':
      return buildHistogram(table, settings);
    case 'line':
      return buildLine(table, settings);
    case 'box':
      return buildBox(table, settings);
    case 'heatmap':
      return buildHeatmap(table, settings);
    default:
      // Unknown kinds (e.g. from a stale saved view) get the validator's clear message.
      resolveSettings(table, settings);
      throw new Error('unreachable');
  }
}
