import { describe, expect, it } from 'vitest';
import { columnCardHistogram, correlationHeatmap } from '../../../src/charts';
import { THEMES } from '../../../src/charts/theme';
import { describeTable } from '../../../src/stats/describeTable';
import { makeTable, numberColumn } from '../../../src/table/build';

const table = makeTable([numberColumn('x', [1, 2, 2, 3, 3, 3, 4, 4, 5]), numberColumn('y', [2, 4, 4, 6, 7, 6, 8, 9, 10])]);
const d = describeTable(table);
const x = d.columns.find((c) => c.name === 'x')!;

describe('statistics cards from the description (src/charts)', () => {
  it('the histogram bars are the description counts and the normal curve integrates to n over the range', () => {
    const option = columnCardHistogram(x, 'light')!;
    const series = option.series as { type: string; data: number[][] }[];
    expect(series[0]!.data.map((p) => p[1])).toEqual(x.histogram!.counts);
    const curve = series[1]!.data;
    // n · width · φ: at the mean the curve height is n·w/(σ√(2π)).
    const width = x.histogram!.edges[1]! - x.histogram!.edges[0]!;
    const peak = Math.max(...curve.map((p) => p[1]!));
    expect(peak).toBeLessThanOrEqual((9 * width) / (x.normal!.sigma! * Math.sqrt(2 * Math.PI)) + 1e-12);
    expect(peak).toBeGreaterThan(0.95 * ((9 * width) / (x.normal!.sigma! * Math.sqrt(2 * Math.PI))));
  });

  it('the colours follow the chart theme (dark differs from light)', () => {
    const light = (columnCardHistogram(x, 'light')!.series as { itemStyle?: { color: string } }[])[0]!.itemStyle!.color;
    const dark = (columnCardHistogram(x, 'dark')!.series as { itemStyle?: { color: string } }[])[0]!.itemStyle!.color;
    expect(light).toBe(THEMES.light.palette[0]);
    expect(dark).toBe(THEMES.dark.palette[0]);
  });

  it('the heatmap of the description is the correlation chart without a title', () => {
    const option = correlationHeatmap(d.correlation, { theme: 'dark', locale: 'ko', labels: true });
    const source = (option.dataset as { source: unknown[][] }).source;
    expect(source).toHaveLength(4);
    expect(source[1]![2]).toBeCloseTo(d.correlation.pearson[0]![1]!, 12);
    expect((option.title as { text: string }).text).toBe('');
  });
});
