// The look options every chart shares: axis titles with units, the legend's place, and the number
// format of value axes and value labels — applied the same for the app and the CLI.
import type { EChartsOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../../src/charts/build';
import { formatterFor, withNumberFormat } from '../../../src/charts/numberFormat';
import { categoryColumn, makeTable, numberColumn } from '../../../src/table/build';
import { datasets } from './optionHelpers';

const plant = makeTable([
  categoryColumn('line', ['A', 'B', 'A', 'C', 'B', 'A']),
  categoryColumn('shift', ['day', 'night', 'night', 'day', 'day', 'day']),
  numberColumn('output', [1200.5, 2400, 300, 45000.25, 10, 0.5]),
  numberColumn('flow', [1, 2, 3, 4, 5, 6]),
  numberColumn('power', [0.12, 0.25, 0.3, 0.41, 0.5, 0.66]),
]);

type Axis = { name?: string; axisLabel?: { formatter?: unknown } };
const axes = (option: EChartsOption, key: 'xAxis' | 'yAxis'): Axis[] => {
  const a = option[key] as Axis | Axis[];
  return Array.isArray(a) ? a : [a];
};
const legend = (option: EChartsOption) => option.legend as Record<string, unknown>;
const grid = (option: EChartsOption) => option.grid as { top: number; right: number; bottom: number };

describe('axis titles', () => {
  it('replace the column names on a scatter and on a horizontal bar (x = the horizontal axis)', () => {
    const scatter = buildChart(plant, { kind: 'scatter', x: 'flow', y: 'power', xTitle: 'Flow (m³/h)', yTitle: '전력 (kW)' });
    expect(axes(scatter, 'xAxis')[0]!.name).toBe('Flow (m³/h)');
    expect(axes(scatter, 'yAxis')[0]!.name).toBe('전력 (kW)');
    const bar = buildChart(plant, { kind: 'bar', x: 'line', y: 'output', agg: 'sum', horizontal: true, xTitle: 'Output (kg)' });
    expect(axes(bar, 'xAxis')[0]!.name).toBe('Output (kg)');
  });
  it('leave the generated names when not given', () => {
    const scatter = buildChart(plant, { kind: 'scatter', x: 'flow', y: 'power' });
    expect([axes(scatter, 'xAxis')[0]!.name, axes(scatter, 'yAxis')[0]!.name]).toEqual(['flow', 'power']);
  });
  it('in panels: the x title goes on the bottom panel (the one with labels), the y title on the top one', () => {
    const line = buildChart(plant, {
      kind: 'line',
      x: 'flow',
      y: ['output', 'power'],
      layout: 'panels',
      xTitle: 'Flow (m³/h)',
      yTitle: 'Output (kg)',
    });
    expect(axes(line, 'xAxis').map((a) => a.name)).toEqual(['', 'Flow (m³/h)']);
    expect(axes(line, 'yAxis').map((a) => a.name)).toEqual(['Output (kg)', 'power']);
  });
  it('must be text', () => {
    expect(() => buildChart(plant, { kind: 'scatter', x: 'flow', y: 'power', xTitle: 3 } as never)).toThrow(/'xTitle' must be text/);
  });
});

describe('legend position', () => {
  const grouped = (legendPosition?: string) =>
    buildChart(plant, { kind: 'bar', x: 'line', group: 'shift', ...(legendPosition && { legend: legendPosition }) } as never);
  it('auto keeps the chart’s own place (top right)', () => {
    expect(legend(grouped())).toMatchObject({ top: 12, right: 16 });
  });
  it('bottom: centred under the plot, which gives up 30 px', () => {
    const auto = grouped();
    const bottom = grouped('bottom');
    expect(legend(bottom)).toMatchObject({ left: 'center', bottom: 6 });
    expect(legend(bottom).top).toBeUndefined();
    expect(grid(bottom).bottom).toBe(grid(auto).bottom + 30);
  });
  it('top: under the title block, the plot moves down 24 px', () => {
    const auto = grouped();
    const top = grouped('top');
    expect(legend(top)).toMatchObject({ left: 'center', top: grid(auto).top - 6 });
    expect(grid(top).top).toBe(grid(auto).top + 24);
  });
  it('right: a vertical list with names cut to fit, the plot narrower by 150 px', () => {
    const auto = grouped();
    const right = grouped('right');
    expect(legend(right)).toMatchObject({ orient: 'vertical', right: 12, top: 'middle', textStyle: { width: 110, overflow: 'truncate' } });
    expect(grid(right).right).toBe(grid(auto).right + 150);
  });
  it('none hides it; a chart without a legend is left alone', () => {
    expect(legend(grouped('none')).show).toBe(false);
    expect(buildChart(plant, { kind: 'scatter', x: 'flow', y: 'power', legend: 'bottom' }).legend).toBeUndefined();
  });
  it('an unknown position is refused with the choices', () => {
    expect(() => grouped('left')).toThrow(/'legend' must be one of auto, top, bottom, right, none/);
  });
});

describe('number format', () => {
  it('formats values as a spreadsheet would', () => {
    const v = 1234.5;
    expect(formatterFor('plain')(v)).toBe('1234.5');
    expect(formatterFor('thousands')(v)).toBe('1,235');
    expect(formatterFor('decimals1')(-v)).toBe('-1,234.5');
    expect(formatterFor('decimals2')(v)).toBe('1,234.50');
    expect(formatterFor('percent')(0.125)).toBe('12.5%');
    expect(formatterFor('scientific')(v)).toBe('1.235e+3');
    expect(formatterFor('auto')(v)).toBe('1,234.5');
    expect(formatterFor('thousands')(Number.NaN)).toBe('–');
  });
  it('bar value labels are written in the chosen format', () => {
    const labels = (numberFormat?: string) =>
      datasets(
        buildChart(plant, { kind: 'bar', x: 'line', y: 'output', agg: 'sum', ...(numberFormat && { numberFormat }) } as never),
      )[0]!.source.map((row) => row[2]);
    // Sums: A 1200.5 + 300 + 0.5 = 1501, B 2410, C 45000.25 (sorted by value).
    expect(labels()).toEqual(['45,000.25', '2,410', '1,501']);
    expect(labels('thousands')).toEqual(['45,000', '2,410', '1,501']);
    expect(labels('scientific')).toEqual(['4.5e+4', '2.41e+3', '1.501e+3']);
  });
  it('value axes get a tick formatter; category axes and "auto" are left alone', () => {
    const bar = buildChart(plant, { kind: 'bar', x: 'line', y: 'output', agg: 'sum', numberFormat: 'percent' });
    const formatted = withNumberFormat(bar, 'percent');
    const tick = axes(formatted, 'yAxis')[0]!.axisLabel!.formatter as (v: number) => string;
    expect(tick(0.25)).toBe('25%');
    expect(axes(formatted, 'xAxis')[0]!.axisLabel!.formatter).toBeUndefined();
    expect(withNumberFormat(bar, 'auto')).toBe(bar);
    // The option the engine sends stays plain data (functions cannot cross postMessage).
    expect(() => structuredClone(bar)).not.toThrow();
  });
});
