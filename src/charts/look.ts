/**
 * The look options every chart shares and that sit on top of what a builder drew: axis titles
 * (with units, "Flow (m³/h)") and the legend's place. Applied once in `buildChart` so each chart
 * type gets them without code of its own; the result is still plain data.
 */
import type { EChartsOption, LegendComponentOption } from 'echarts';
import type { CommonSettings } from './settings';

export const LEGEND_POSITIONS = ['auto', 'top', 'bottom', 'right', 'none'] as const;
export type LegendPosition = (typeof LEGEND_POSITIONS)[number];

/** Room the legend takes from the plot when moved to the bottom (one line of entries). */
const BOTTOM_ROOM = 30;
/** Width of a legend on the right: entries are a swatch and a name, cut with an ellipsis beyond this. */
const RIGHT_WIDTH = 150;

type Grid = Record<string, unknown>;
type Grids = EChartsOption['grid'];

/**
 * Names one axis of a list: the x title goes on the bottom panel's axis (the one with labels, the
 * last), the y title on the left axis (the first; in panels, the top one).
 */
function rename(axes: unknown, name: string, which: 'first' | 'last'): unknown {
  if (!Array.isArray(axes)) return axes && typeof axes === 'object' ? { ...axes, name } : axes;
  const at = which === 'first' ? 0 : axes.length - 1;
  return axes.map((a: object, i) => (i === at ? { ...a, name } : a));
}

/** Adds `extra` px to one side of every grid (a panel layout has several). */
function widen(grid: Grids, side: 'bottom' | 'right', extra: number): Grids {
  const one = (g: Grid): Grid => ({ ...g, [side]: (typeof g[side] === 'number' ? g[side] : 16) + extra });
  return (Array.isArray(grid) ? (grid as Grid[]).map(one) : grid && typeof grid === 'object' ? one(grid as Grid) : grid) as Grids;
}

function placeLegend(option: EChartsOption, position: LegendPosition): EChartsOption {
  const legend = option.legend as LegendComponentOption | undefined;
  if (legend === undefined || Array.isArray(legend) || position === 'auto') return option;
  const { top: _top, right: _right, left: _left, bottom: _bottom, orient: _orient, ...style } = legend;
  switch (position) {
    case 'none':
      return { ...option, legend: { ...legend, show: false } };
    case 'top':
      // Under the title block, centred: a long title no longer runs into it.
      return { ...option, legend: { ...style, left: 'center', top: gridTop(option) - 6 }, grid: shift(option.grid, 24) };
    case 'bottom':
      return { ...option, legend: { ...style, left: 'center', bottom: 6 }, grid: widen(option.grid, 'bottom', BOTTOM_ROOM) };
    case 'right':
      return {
        ...option,
        legend: {
          ...style,
          orient: 'vertical',
          right: 12,
          top: 'middle',
          textStyle: { ...style.textStyle, width: RIGHT_WIDTH - 40, overflow: 'truncate' },
        },
        grid: widen(option.grid, 'right', RIGHT_WIDTH),
      };
  }
}

function gridTop(option: EChartsOption): number {
  const grid = (Array.isArray(option.grid) ? option.grid[0] : option.grid) as Grid | undefined;
  return typeof grid?.top === 'number' ? grid.top : 64;
}

function shift(grid: Grids, by: number): Grids {
  const one = (g: Grid): Grid => (typeof g.top === 'number' ? { ...g, top: g.top + by } : g);
  return (Array.isArray(grid) ? (grid as Grid[]).map(one) : grid && typeof grid === 'object' ? one(grid as Grid) : grid) as Grids;
}

/** The builder's option with the user's axis titles and legend position. */
export function applyLook(option: EChartsOption, look: Pick<CommonSettings, 'xTitle' | 'yTitle' | 'legend'>): EChartsOption {
  let out = option;
  if (look.xTitle) out = { ...out, xAxis: rename(out.xAxis, look.xTitle, 'last') as EChartsOption['xAxis'] };
  if (look.yTitle) out = { ...out, yAxis: rename(out.yAxis, look.yTitle, 'first') as EChartsOption['yAxis'] };
  return placeLegend(out, look.legend ?? 'auto');
}
