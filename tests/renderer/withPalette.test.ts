/** Another palette colours a line's min–max band like its mean line; other charts' series are left to the palette order. */
import { describe, expect, it } from 'vitest';
import { buildLine } from '../../src/charts/line';
import { buildChart } from '../../src/charts/build';
import { datetimeColumn, makeTable, numberColumn } from '../../src/table/build';
import { withPalette } from '../../renderer/features/charts/withPalette';

const n = 3000;
const table = makeTable([
  datetimeColumn(
    't',
    Array.from({ length: n }, (_, i) => Date.UTC(2024, 0, 1) + i * 1000),
  ),
  numberColumn(
    'a',
    Array.from({ length: n }, (_, i) => Math.sin(i / 50)),
  ),
  numberColumn(
    'b',
    Array.from({ length: n }, (_, i) => i % 17),
  ),
]);

describe('withPalette', () => {
  it('gives band k and line k the palette’s colour k', () => {
    const option = withPalette(buildLine(table, { kind: 'line', x: 't', y: ['a', 'b'], width: 300 }) as never, ['#111111', '#222222']);
    const series = option.series as {
      id: string;
      itemStyle: { color: string };
      lineStyle: { color?: string; opacity?: number };
      areaStyle?: { color: string };
    }[];
    expect(series.map((s) => [s.id, s.itemStyle.color])).toEqual([
      ['band-base:0', '#111111'],
      ['band:0', '#111111'],
      ['line:0', '#111111'],
      ['band-base:1', '#222222'],
      ['band:1', '#222222'],
      ['line:1', '#222222'],
    ]);
    expect(series[1]!.areaStyle!.color).toBe('#111111');
    expect(series[2]!.lineStyle.color).toBe('#111111');
    // The band's edges stay invisible.
    expect(series[0]!.lineStyle).toEqual({ opacity: 0 });
    expect(option.color).toEqual(['#111111', '#222222']);
  });

  it('leaves other charts’ series alone (they take colours by position)', () => {
    const bar = buildChart(table, { kind: 'histogram', x: 'b' } as never) as never;
    expect(withPalette(bar, ['#333333']).series as unknown[]).toEqual((bar as { series: unknown[] }).series);
  });
});
