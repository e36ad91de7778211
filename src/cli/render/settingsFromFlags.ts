/** Turns `fitplot chart` flags into chart settings (validated later against the chart spec). */
import { UsageError } from '../command';
import type { Aggregate, ChartKind, ChartSettings, CommonSettings, Locale, ThemeName } from '../../charts/settings';
import { LEGEND_POSITIONS } from '../../charts/look';
import { NUMBER_FORMATS } from '../../charts/numberFormat';
import { AGGREGATES, CHART_KINDS } from '../../charts/spec';

export interface ChartFlags {
  x?: string;
  y?: string[];
  size?: string;
  color?: string;
  group?: string;
  agg?: string;
  top?: string;
  bins?: string;
  sort?: string;
  'group-order'?: string;
  title?: string;
  subtitle?: string;
  'x-title'?: string;
  'y-title'?: string;
  legend?: string;
  'number-format'?: string;
  theme?: string;
  lang?: string;
  width?: string;
  height?: string;
  trend?: boolean;
  horizontal?: boolean;
  stacked?: boolean;
  donut?: boolean;
  density?: string;
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got '${value}').`);
  return value as T;
}

export function numberFlag(flag: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max) throw new UsageError(`${flag} must be a number from ${min} to ${max} (got '${value}').`);
  return n;
}

function need(flag: string, value: string | undefined, kind: ChartKind): string {
  if (value === undefined || value === '') throw new UsageError(`a ${kind} chart needs ${flag} COLUMN.`);
  return value;
}

export function settingsFromFlags(kindText: string, f: ChartFlags): ChartSettings {
  const kind = oneOf('chart type', kindText, CHART_KINDS)!;
  const common: CommonSettings = {
    ...(f.title !== undefined && { title: f.title }),
    ...(f.subtitle !== undefined && { subtitle: f.subtitle }),
    ...(f['x-title'] !== undefined && { xTitle: f['x-title'] }),
    ...(f['y-title'] !== undefined && { yTitle: f['y-title'] }),
    ...(f.legend !== undefined && { legend: oneOf('--legend', f.legend, LEGEND_POSITIONS) }),
    ...(f['number-format'] !== undefined && { numberFormat: oneOf('--number-format', f['number-format'], NUMBER_FORMATS) }),
    ...(f.theme !== undefined && { theme: oneOf<ThemeName>('--theme', f.theme, ['light', 'dark', 'print']) }),
    ...(f.lang !== undefined && { locale: oneOf<Locale>('--lang', f.lang, ['en', 'ko']) }),
    width: numberFlag('--width', f.width, 200, 8000) ?? 900,
    height: numberFlag('--height', f.height, 150, 8000) ?? 560,
  };
  if (kind === 'pie' && (f['x-title'] !== undefined || f['y-title'] !== undefined)) throw new UsageError('a pie chart has no axes: --x-title and --y-title do not apply.');
  const ys = f.y ?? [];
  const y = ys[0];
  if (ys.length > 1 && kind !== 'line' && kind !== 'heatmap') throw new UsageError(`--y can be repeated only for line and heatmap charts.`);
  const agg = oneOf<Aggregate>('--agg', f.agg, AGGREGATES);
  const top = numberFlag('--top', f.top, 1, 500);
  switch (kind) {
    case 'scatter':
      return { ...common, kind, x: need('--x', f.x, kind), y: need('--y', y, kind), ...(f.color && { color: f.color }), ...(f.size && { size: f.size }), trendLine: f.trend === true, ...(f.density && { density: oneOf('--density', f.density, ['auto', 'always', 'never'] as const) }) };
    case 'bubble':
      return { ...common, kind, x: need('--x', f.x, kind), y: need('--y', y, kind), size: need('--size', f.size, kind), ...(f.color && { color: f.color }) };
    case 'bar':
      return { ...common, kind, x: need('--x', f.x, kind), ...(y && { y }), ...(agg && { agg }), ...(f.group ?? f.color ? { group: f.group ?? f.color } : {}), stacked: f.stacked === true, horizontal: f.horizontal === true, ...(top !== undefined && { top }), ...(f.sort && { sort: oneOf('--sort', f.sort, ['value', 'label', 'none'] as const) }), ...(f['group-order'] && { groupOrder: oneOf('--group-order', f['group-order'], ['value', 'label', 'data'] as const) }) };
    case 'pie': {
      const pieAgg = agg === undefined ? undefined : oneOf<'count' | 'sum'>('--agg (pie)', agg, ['count', 'sum']);
      return { ...common, kind, x: need('--x', f.x, kind), ...(y && { y }), ...(pieAgg && { agg: pieAgg }), ...(!pieAgg && y ? { agg: 'sum' as const } : {}), donut: f.donut === true, ...(top !== undefined && { top }) };
    }
    case 'histogram':
      return { ...common, kind, x: need('--x', f.x, kind), ...(f.bins !== undefined && { bins: numberFlag('--bins', f.bins, 0, 1000)! }) };
    case 'line':
      return { ...common, kind, x: need('--x', f.x, kind), y: ys.length ? ys : [need('--y', undefined, kind)] };
    case 'box':
      // `box FILE --x VALUE` summarises one column; `--x CATEGORY --y VALUE` gives one box per category.
      return y ? { ...common, kind, y, ...(f.x && { x: f.x }), ...(top !== undefined && { top }) } : { ...common, kind, y: need('--x', f.x, kind) };
    case 'heatmap':
      return { ...common, kind, columns: [...(f.x ? [f.x] : []), ...ys] };
  }
}
