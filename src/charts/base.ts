/**
 * The parts every chart option shares: title block, theme colours, fonts, grid, axes styling.
 * Builders add dataset, series and axis specifics on top.
 */
import type { EChartsOption, TitleComponentOption, XAXisComponentOption, YAXisComponentOption } from 'echarts';
import type { Locale, ThemeName } from './settings';
import { FONT_FAMILY, THEMES } from './theme';
import type { Theme } from './theme';

export interface BaseInput {
  readonly title: string;
  /** Lines joined with " · " under the title (user subtitle first, then notes). */
  readonly subtitle: readonly (string | undefined)[];
  readonly theme: ThemeName;
  readonly locale: Locale;
  /** Legend shown at the top-right when true. */
  readonly legend?: boolean;
}

export function themeOf(name: ThemeName): Theme {
  return THEMES[name];
}

export function fontSize(theme: Theme, px: number): number {
  return Math.round(px * theme.fontScale);
}

/** Title, colours, fonts, tooltip, legend and a grid leaving room for axis titles. */
export function baseOption(input: BaseInput): EChartsOption {
  const theme = themeOf(input.theme);
  const subtext = input.subtitle.filter((s): s is string => typeof s === 'string' && s.length > 0).join(' · ');
  const title: TitleComponentOption = {
    text: input.title,
    subtext,
    left: 16,
    top: 10,
    textStyle: { color: theme.text, fontSize: fontSize(theme, 17), fontWeight: 'bold', fontFamily: FONT_FAMILY },
    subtextStyle: { color: theme.subtext, fontSize: fontSize(theme, 12), fontFamily: FONT_FAMILY },
  };
  const option: EChartsOption = {
    animation: false,
    backgroundColor: theme.background,
    color: [...theme.palette],
    textStyle: { fontFamily: FONT_FAMILY, color: theme.text, fontSize: fontSize(theme, 12) },
    title,
    tooltip: { trigger: 'item', confine: true },
    grid: gridBox(subtext ? 84 : 64, 32),
  };
  if (input.legend) {
    option.legend = {
      type: 'scroll',
      top: 12,
      right: 16,
      textStyle: { color: theme.text, fontSize: fontSize(theme, 12) },
      pageTextStyle: { color: theme.subtext },
    };
  }
  return option;
}

/**
 * The plot area: margins from the chart edges, shrunk so that axis labels AND axis titles stay
 * inside (ECharts 6 `outerBounds*`; the older `containLabel` ignores axis titles).
 */
export function gridBox(
  top: number,
  right: number,
): { left: number; right: number; top: number; bottom: number; outerBoundsMode: 'same'; outerBoundsContain: 'all' } {
  return { left: 20, right, top, bottom: 16, outerBoundsMode: 'same', outerBoundsContain: 'all' };
}

type AxisKind = 'value' | 'category' | 'time' | 'log';

/** An axis with the theme's lines and a centred title. */
export function axis(
  themeName: ThemeName,
  kind: AxisKind,
  name: string,
  direction: 'x' | 'y',
): XAXisComponentOption & YAXisComponentOption {
  const theme = themeOf(themeName);
  const nameGap = direction === 'x' ? 30 : kind === 'category' ? 12 : 48;
  return {
    type: kind,
    name,
    nameLocation: 'middle',
    nameGap,
    nameTextStyle: { color: theme.text, fontSize: fontSize(theme, 13), fontFamily: FONT_FAMILY },
    // onZero off: the axis line stays at the plot edge with its labels, not across the data at 0.
    axisLine: { show: true, onZero: false, lineStyle: { color: theme.axisLine } },
    axisTick: { lineStyle: { color: theme.axisLine } },
    axisLabel: { color: theme.subtext, fontSize: fontSize(theme, 11), hideOverlap: true },
    splitLine: { show: kind !== 'category', lineStyle: { color: theme.splitLine } },
    ...(kind === 'value' || kind === 'log' ? { scale: true } : {}),
  } as XAXisComponentOption & YAXisComponentOption;
}
