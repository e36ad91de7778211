/**
 * The number format a user picks for a chart's value axes and value labels ("1,234", "12.5%",
 * "1.2e+6"). Labels the builders pre-format (bar values) use `formatterFor` directly; value-axis
 * tick labels need a formatter FUNCTION, which cannot cross postMessage, so each front end applies
 * `withNumberFormat` to the option it receives (the app after the worker answers, the CLI before
 * rendering). 'auto' keeps ECharts' own tick labels and the engine's short format.
 */
import type { EChartsOption } from 'echarts';
import { formatLocale } from 'd3-format';
import { formatNumber } from './format';

export const NUMBER_FORMATS = ['auto', 'plain', 'thousands', 'decimals1', 'decimals2', 'percent', 'scientific'] as const;
export type NumberFormat = (typeof NUMBER_FORMATS)[number];

// ASCII minus for the same reason as in format.ts (the bundled Korean font has no U+2212).
const { format } = formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['', ''], minus: '-' });

const FORMATTERS: Readonly<Record<NumberFormat, (v: number) => string>> = {
  auto: formatNumber,
  // Up to 12 significant digits, no separators: what a spreadsheet cell shows.
  plain: format('.12~g'),
  thousands: format(',.0f'),
  decimals1: format(',.1f'),
  decimals2: format(',.2f'),
  // As in Excel: the value is a fraction, 0.125 → 12.5%.
  percent: format('.1~%'),
  scientific: format('.3~e'),
};

export function formatterFor(numberFormat: NumberFormat | undefined): (v: number) => string {
  const f = FORMATTERS[numberFormat ?? 'auto'];
  return (v) => (Number.isFinite(v) ? f(v) : formatNumber(v));
}

type Axis = Record<string, unknown> & { type?: unknown; axisLabel?: Record<string, unknown> };

function formatAxes(axes: unknown, label: (v: number) => string): unknown {
  const one = (a: Axis): Axis => (a.type === 'value' || a.type === 'log' ? { ...a, axisLabel: { ...a.axisLabel, formatter: label } } : a);
  if (Array.isArray(axes)) return (axes as Axis[]).map(one);
  return axes && typeof axes === 'object' ? one(axes as Axis) : axes;
}

/** The option with its value axes' tick labels in `numberFormat` (unchanged for 'auto'). */
export function withNumberFormat<O extends EChartsOption | Readonly<Record<string, unknown>>>(
  option: O,
  numberFormat: NumberFormat | undefined,
): O {
  if (numberFormat === undefined || numberFormat === 'auto') return option;
  const label = formatterFor(numberFormat);
  return { ...option, xAxis: formatAxes(option['xAxis'], label), yAxis: formatAxes(option['yAxis'], label) } as O;
}
