/**
 * The legend on a row of its own under the title block, with the plot moved down to match. The
 * base layout puts the legend at the top right, beside the title: fine for one short entry, but a
 * legend of several runs ("Run 2 · Stochastic gradient descent · validation") then runs into the
 * title on a 1280-px window. On its own row (scrolling when it is wider than the chart) it cannot.
 */
import type { EChartsOption, TitleComponentOption } from 'echarts';
import { fontSize, themeOf } from './base';
import type { ThemeName } from './settings';

export function legendBelowTitle(option: EChartsOption, themeName: ThemeName): void {
  const theme = themeOf(themeName);
  const title = option.title as TitleComponentOption;
  // Title line (17 px bold) from top 10, then the subtitle line (12 px) when there is one.
  const titleBottom = 10 + fontSize(theme, 17) * 1.4 + (title.subtext ? fontSize(theme, 12) * 1.6 : 0);
  const legendTop = Math.round(titleBottom + 4);
  option.legend = {
    type: 'scroll',
    left: 16,
    right: 16,
    top: legendTop,
    textStyle: { color: theme.text, fontSize: fontSize(theme, 12) },
    pageTextStyle: { color: theme.subtext },
  };
  const grid = option.grid as { top?: number };
  // Room under the legend for a label above the plot (the training chart's best-epoch marker).
  grid.top = Math.round(legendTop + fontSize(theme, 12) * 1.6 + 22);
}
