/**
 * Scatter and bubble charts. Up to DENSITY_THRESHOLD points are drawn as points (one series per
 * colour category); beyond that, or when asked, the points become 2-D binned counts drawn as a
 * heatmap — every point counts, none is silently sampled away — and the subtitle says so.
 * The scatter and bubble chart types in one module: settings, spec, CLI flags and builder (listed in registry.ts).
 */
import type { EChartsOption, ScatterSeriesOption, SeriesOption } from 'echarts';
import { FitplotError } from '../table/errors';
import type { Column, Table } from '../table/types';
import { axis, baseOption, themeOf } from './base';
import { colourCategoriesOf, countCodes, numbersOf, rankCategories } from './columns';
import type { Categories } from './columns';
import { densityLayer } from './density';
import { formatCount } from './format';
import { fitLineSeries } from './fitSeries';
import { texts } from './i18n';
import { fitLine } from './linearFit';
import type { CommonSettings } from './settings';
import { bubbleDiameter, maxBubbleDiameter, sizeLegend } from './sizeLegend';
import { resolveSettings } from './validate';
import type { ChartType } from './chartType';
import { SWITCH_FLAG, VALUE_FLAG } from './chartType';
import { COLOURING, DENSITY_THRESHOLD, NUMERIC, ORDERED } from './spec';

export interface ScatterSettings extends CommonSettings {
  readonly kind: 'scatter';
  readonly x: string;
  readonly y: string;
  /** Category column (or a number column with few distinct values): one series (and legend entry) per category. */
  readonly color?: string;
  /** Number column mapped to the marker diameter. */
  readonly size?: string;
  /** Least-squares line with its equation and R² in the legend. */
  readonly trendLine?: boolean;
  /** `auto`: 2-D binned counts (heatmap) above `DENSITY_THRESHOLD` points. */
  readonly density?: 'auto' | 'always' | 'never';
}

export interface BubbleSettings extends CommonSettings {
  readonly kind: 'bubble';
  readonly x: string;
  readonly y: string;
  /** Non-negative number column: bubble AREA is proportional to it. */
  readonly size: string;
  readonly color?: string;
}

const DENSITY_MODES = ['auto', 'always', 'never'] as const;

export const scatterChart: ChartType<ScatterSettings> = {
  spec: {
    kind: 'scatter',
    label: 'Scatter',
    axes: true,
    roles: [
      { key: 'x', label: 'X', required: true, types: ORDERED },
      { key: 'y', label: 'Y', required: true, types: NUMERIC },
      { key: 'color', label: 'Colour by', required: false, types: COLOURING },
      { key: 'size', label: 'Size by', required: false, types: NUMERIC },
    ],
    options: [
      { key: 'trendLine', kind: 'boolean', default: false },
      { key: 'density', kind: 'enum', default: 'auto', values: DENSITY_MODES },
    ],
  },
  build: buildScatter,
  cli: {
    flags: { x: VALUE_FLAG, y: VALUE_FLAG, color: VALUE_FLAG, size: VALUE_FLAG, trend: SWITCH_FLAG, density: VALUE_FLAG },
    usage: '--x COL --y COL [--color COL] [--size COL] [--trend] [--density auto|always|never]',
    settings(read) {
      const x = read.required('x');
      const y = read.required('y');
      const color = read.text('color');
      const size = read.text('size');
      const density = read.oneOf('density', DENSITY_MODES);
      return { x, y, ...(color && { color }), ...(size && { size }), trendLine: read.set('trend'), ...(density && { density }) };
    },
  },
};

export const bubbleChart: ChartType<BubbleSettings> = {
  spec: {
    kind: 'bubble',
    label: 'Bubble',
    axes: true,
    roles: [
      { key: 'x', label: 'X', required: true, types: ORDERED },
      { key: 'y', label: 'Y', required: true, types: NUMERIC },
      { key: 'size', label: 'Size (area)', required: true, types: NUMERIC },
      { key: 'color', label: 'Colour by', required: false, types: COLOURING },
    ],
    options: [],
  },
  build: buildBubble,
  cli: {
    flags: { x: VALUE_FLAG, y: VALUE_FLAG, size: VALUE_FLAG, color: VALUE_FLAG },
    usage: '--x COL --y COL --size COL [--color COL]',
    settings(read) {
      const x = read.required('x');
      const y = read.required('y');
      const color = read.text('color');
      return { x, y, size: read.required('size'), ...(color && { color }) };
    },
  },
};

/** Colour categories beyond this many are merged into "other" (a legend stays readable). */
const MAX_COLOUR_SERIES = 10;

interface PointInput {
  readonly x: Column;
  readonly y: Column;
  readonly size?: Column;
  readonly color?: Column;
}

function axisKind(column: Column): 'time' | 'value' {
  return column.type === 'datetime' ? 'time' : 'value';
}

export function buildScatter(table: Table, input: ScatterSettings): EChartsOption {
  const r = resolveSettings<ScatterSettings, 'trendLine' | 'density'>(table, input, scatterChart.spec);
  const s = r.settings;
  return buildPoints(
    s,
    { x: r.column('x')!, y: r.column('y')!, size: r.column('size'), color: r.column('color') },
    s.trendLine,
    s.density,
    false,
  );
}

export function buildBubble(table: Table, input: BubbleSettings): EChartsOption {
  const r = resolveSettings<BubbleSettings>(table, input, bubbleChart.spec);
  return buildPoints(
    r.settings,
    { x: r.column('x')!, y: r.column('y')!, size: r.column('size')!, color: r.column('color') },
    false,
    'never',
    true,
  );
}

type Look = Pick<ScatterSettings, 'title' | 'subtitle'> & {
  theme: NonNullable<ScatterSettings['theme']>;
  locale: NonNullable<ScatterSettings['locale']>;
  width: number;
  height: number;
};

function buildPoints(s: Look, cols: PointInput, trend: boolean, density: 'auto' | 'always' | 'never', bubble: boolean): EChartsOption {
  const t = texts(s.locale);
  const theme = themeOf(s.theme);
  const x = numbersOf(cols.x);
  const y = numbersOf(cols.y);
  const size = cols.size ? numbersOf(cols.size) : undefined;
  const colour = cols.color ? colourCategoriesOf(cols.color) : undefined;
  const colourCodes = colour?.codes;
  const n = x.length;
  // Rows kept: x and y finite, a colour category (when used), and the size (when used) finite and non-negative.
  const keep = new Uint8Array(n);
  let kept = 0;
  let sizeMax = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(x[i]!) || !Number.isFinite(y[i]!)) continue;
    if (colourCodes && colourCodes[i]! < 0) continue;
    if (size) {
      const v = size[i]!;
      if (!Number.isFinite(v)) continue;
      if (v < 0) {
        throw new FitplotError({
          code: 'CHART',
          message: `Bubble size column '${cols.size!.name}' has a negative value (${v}) in data row ${i + 1}; bubble areas must be zero or more.`,
          column: cols.size!.name,
          hint: 'Choose a size column without negative values, or shift it (e.g. use an absolute value).',
        });
      }
      if (v > sizeMax) sizeMax = v;
    }
    keep[i] = 1;
    kept++;
  }
  if (kept === 0)
    throw new FitplotError({
      code: 'NOT_ENOUGH_DATA',
      message: `No row has values for both '${cols.x.name}' and '${cols.y.name}'.`,
      hint: 'Choose columns with data in the same rows.',
    });
  const dropped = n - kept;
  const title = s.title ?? `${cols.y.name} ${t.vs} ${cols.x.name}`;
  const notes: string[] = [];
  if (dropped > 0) notes.push(t.missingRows(formatCount(dropped)));
  const fit = trend ? fitLine(maskedView(x, keep), maskedView(y, keep)) : undefined;

  if (!bubble && (density === 'always' || (density === 'auto' && kept > DENSITY_THRESHOLD))) {
    const layer = densityLayer({
      x,
      y,
      xName: cols.x.name,
      yName: cols.y.name,
      xKind: axisKind(cols.x),
      theme: s.theme,
      width: s.width,
      height: s.height,
      keep,
    });
    const option = baseOption({
      title,
      subtitle: [s.subtitle, layer.note(t), ...notes],
      theme: s.theme,
      locale: s.locale,
      legend: fit !== undefined,
    });
    Object.assign(option, layer.option);
    if (fit) {
      const line = fitLineSeries(fit, s.locale, theme.text, 1);
      (option.series as SeriesOption[]).push(line);
      // Only the fitted line in the legend: the heatmap's colour scale is the visualMap.
      option.legend = { ...(option.legend as object), data: [line.name as string] };
    }
    return option;
  }

  const option = baseOption({
    title,
    subtitle: [s.subtitle, t.points(formatCount(kept)), ...notes],
    theme: s.theme,
    locale: s.locale,
    legend: Boolean(cols.color) || fit !== undefined,
  });
  const groups = colourGroups(colour, keep, t.other);
  const dims = size ? [cols.x.name, cols.y.name, cols.size!.name, 'diameter'] : [cols.x.name, cols.y.name];
  const maxD = maxBubbleDiameter(kept);
  const rows: (number | string)[][][] = groups.labels.map(() => []);
  for (let i = 0; i < n; i++) {
    if (!keep[i]) continue;
    const g = groups.codes ? groups.codes[i]! : 0;
    if (g < 0) continue;
    rows[g]!.push(size ? [x[i]!, y[i]!, size[i]!, bubbleDiameter(size[i]!, sizeMax, maxD)] : [x[i]!, y[i]!]);
  }
  option.dataset = rows.map((source) => ({ dimensions: dims, source }));
  const series: SeriesOption[] = groups.labels.map((name, k): ScatterSeriesOption => ({
    type: 'scatter',
    name,
    datasetIndex: k,
    encode: { x: 0, y: 1, tooltip: size ? [0, 1, 2] : [0, 1] },
    symbolSize: size ? undefined : kept > 20_000 ? 3 : kept > 2_000 ? 5 : 7,
    itemStyle: { opacity: size ? 0.6 : kept > 20_000 ? 0.5 : 0.8, ...(groups.other === k ? { color: theme.neutral } : {}) },
    ...(kept > 5_000 && !size ? { large: true, largeThreshold: 5_000 } : {}),
  }));
  if (fit) series.push(fitLineSeries(fit, s.locale, theme.text, 0));
  option.series = series;
  option.xAxis = axis(s.theme, axisKind(cols.x), cols.x.name, 'x');
  option.yAxis = axis(s.theme, 'value', cols.y.name, 'y');
  if (size) {
    // Linear map from the precomputed diameter to pixels: exact area ∝ value (see sizeLegend.ts).
    option.visualMap = { show: false, type: 'continuous', dimension: 3, min: 0, max: maxD, inRange: { symbolSize: [0, maxD] } };
    option.graphic = sizeLegend(sizeMax, maxD, cols.size!.name, theme, s.width, 90);
    option.grid = { ...(option.grid as object), right: 130 };
  }
  return option;
}

/** A view of the kept rows' values with dropped rows as NaN (the fit skips non-finite pairs). */
function maskedView(values: Float64Array | Float32Array, keep: Uint8Array): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = keep[i] ? values[i]! : NaN;
  return out;
}

interface Groups {
  readonly labels: string[];
  readonly codes?: Int32Array;
  readonly other?: number;
}

/** One group per colour category (largest first), the rest as "other"; one group when no colour. */
function colourGroups(color: Categories | undefined, keep: Uint8Array, otherLabel: string): Groups {
  if (!color) return { labels: [''] };
  const { codes, labels } = color;
  const masked = new Int32Array(codes.length);
  for (let i = 0; i < codes.length; i++) masked[i] = keep[i] ? codes[i]! : -1;
  const counts = countCodes(masked, labels.length);
  const ranked = rankCategories(masked, counts, counts, MAX_COLOUR_SERIES);
  const names = ranked.kept.map((c) => labels[c]!);
  if (ranked.hasOther) names.push(otherLabel);
  return { labels: names, codes: ranked.codes, ...(ranked.hasOther ? { other: names.length - 1 } : {}) };
}
