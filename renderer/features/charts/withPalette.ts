/**
 * A chart option in another palette. Series get palette colours by position, except the line
 * chart's, which carry their colour so a min–max band matches its mean line: those are found by
 * their ids (`band-base:k`, `band:k`, `line:k`, src/charts/lineLayout.ts) and given colour k.
 */
import type { ChartOption } from '../../../src/protocol/protocol';

const LINE_SERIES = /^(?:band-base|band|line):(\d+)$/;

type Series = Record<string, unknown> & { id?: unknown; itemStyle?: object; lineStyle?: object; areaStyle?: object };

export function withPalette(option: ChartOption, palette: readonly string[]): ChartOption {
  const series = Array.isArray(option.series) ? (option.series as Series[]) : null;
  const recoloured = series?.map((s) => {
    const match = typeof s.id === 'string' ? LINE_SERIES.exec(s.id) : null;
    if (!match) return s;
    const color = palette[Number(match[1]) % palette.length]!;
    return {
      ...s,
      itemStyle: { ...s.itemStyle, color },
      // The band's lines are invisible (no colour of their own); the mean line's takes the colour.
      ...(s.lineStyle && 'color' in s.lineStyle && { lineStyle: { ...s.lineStyle, color } }),
      ...(s.areaStyle && { areaStyle: { ...s.areaStyle, color } }),
    };
  });
  return { ...option, color: [...palette], ...(recoloured && { series: recoloured }) };
}
