/** Time series that read (issue 13 §3): min–max bands with the mean, raw when zoomed in, breaks at gaps, two axes or panels. */
import { describe, expect, it } from 'vitest';
import { buildLine } from '../../../src/charts/line';
import { envelopeRows, medianStep, rawRows } from '../../../src/charts/timeEnvelope';
import { datetimeColumn, makeTable, numberColumn } from '../../../src/table/build';
import { datasets, series, subtitle } from './optionHelpers';

const T0 = Date.UTC(2024, 1, 3);

/** 1 Hz for a day with a 2-hour hole from 06:00: 79,200 readings. */
function sensorDay() {
  const times: number[] = [];
  for (let s = 0; s < 86_400; s++) if (s < 6 * 3600 || s >= 8 * 3600) times.push(T0 + s * 1000);
  return makeTable([
    datetimeColumn('time', times),
    numberColumn(
      'temp',
      times.map((t, i) => 20 + Math.sin(i / 600) * 5 + (i % 2) * 0.5),
    ),
    numberColumn(
      'pressure',
      times.map((_, i) => 1000 + (i % 100)),
    ),
  ]);
}

describe('medianStep, raw rows and gaps', () => {
  it('the median of the positive steps; a step over the threshold gets a null row midway', () => {
    const xs = Float64Array.of(0, 1, 1, 2, 3, 10, 11);
    expect(medianStep(xs, xs.length)).toBe(1);
    expect(medianStep(Float64Array.of(5, 5), 2)).toBeNull();
    const { rows, breaks } = rawRows(xs, Float64Array.of(1, 2, 3, 4, 5, 6, 7), xs.length, 5);
    expect(breaks).toBe(1);
    expect(rows).toEqual([
      [0, 1],
      [1, 2],
      [1, 3],
      [2, 4],
      [3, 5],
      [6.5, null],
      [10, 6],
      [11, 7],
    ]);
  });

  it('columns give min, max − min and mean; only a gap longer than the threshold and a column breaks the band', () => {
    // 0 … 9 and 30 … 39, 4 columns of width 10 over [0, 40): the hole [10, 30) is one gap of 21.
    const xs = Float64Array.from([...Array(10).keys(), ...Array.from({ length: 10 }, (_, i) => 30 + i)]);
    const ys = Float64Array.from(xs, (x) => x * 2);
    const { rows, breaks } = envelopeRows(xs, ys, xs.length, 4, 0, 40, 5);
    expect(breaks).toBe(1);
    expect(rows).toEqual([
      [5, 0, 18, 9],
      [19.5, null, null, null],
      [35, 60, 18, 69],
    ]);
    // The same hole under a threshold of 50 is not a gap: no break, the empty columns are skipped.
    expect(envelopeRows(xs, ys, xs.length, 4, 0, 40, 50).rows).toEqual([
      [5, 0, 18, 9],
      [35, 60, 18, 69],
    ]);
  });
});

describe('a day of 1 Hz readings', () => {
  const table = sensorDay();

  it('draws min–max bands with the mean and breaks at the 2-hour hole', () => {
    const option = buildLine(table, { kind: 'line', x: 'time', y: ['temp'], width: 900 });
    const source = datasets(option)[0]!.source as (number | null)[][];
    const nulls = source.filter((row) => row[1] === null);
    expect(nulls).toHaveLength(1);
    // Midway between 05:59:59 and 08:00:00.
    expect(nulls[0]![0]).toBe(T0 + (6 * 3600 * 1000 - 1000 + 8 * 3600 * 1000) / 2);
    expect(subtitle(option)).toBe(
      '79,200 points per line as min–max bands with the mean over 900 columns · lines broken at 1 gap(s) (> 5 × median step 1 s)',
    );
    // Every column's band holds its mean.
    for (const [, min, range, mean] of source)
      if (min !== null && min !== undefined) expect(mean! >= min && mean! <= min + range!).toBe(true);
  });

  it('zoomed in to 10 minutes, shows the 601 raw readings', () => {
    const option = buildLine(table, { kind: 'line', x: 'time', y: ['temp'], width: 900, xRange: [T0 + 3_600_000, T0 + 4_200_000] });
    const source = datasets(option)[0]!.source;
    expect(source).toHaveLength(601);
    expect(datasets(option)[0]!.dimensions).toEqual(['time', 'temp']);
    expect(series(option).map((s) => s.id)).toEqual(['line:0']);
  });

  it('gapFactor 0 never breaks the line', () => {
    const option = buildLine(table, { kind: 'line', x: 'time', y: ['temp'], width: 900, gapFactor: 0 });
    expect((datasets(option)[0]!.source as unknown[][]).some((row) => row[1] === null)).toBe(false);
  });

  it('two sensors with different units: a second axis on the right, or a panel each sharing the time axis and the zoom', () => {
    const two = buildLine(table, { kind: 'line', x: 'time', y: ['temp', 'pressure'], width: 900, layout: 'twoAxes' });
    expect((two.yAxis as { name: string; position?: string }[]).map((a) => [a.name, a.position])).toEqual([
      ['temp', undefined],
      ['pressure', 'right'],
    ]);
    expect(series(two).filter((s) => s.id === 'line:1')[0]).toMatchObject({ yAxisIndex: 1 });
    const panels = buildLine(table, { kind: 'line', x: 'time', y: ['temp', 'pressure'], width: 900, height: 600, layout: 'panels' });
    const grids = panels.grid as { top: number; height: number }[];
    expect(grids).toHaveLength(2);
    expect(grids[1]!.top).toBeGreaterThan(grids[0]!.top + grids[0]!.height);
    expect((panels.xAxis as { axisLabel: { show: boolean } }[]).map((a) => a.axisLabel.show)).toEqual([false, true]);
    expect(series(panels).filter((s) => s.id === 'line:1')[0]).toMatchObject({ xAxisIndex: 1, yAxisIndex: 1 });
    expect((panels.dataZoom as { xAxisIndex: number[] }[])[0]!.xAxisIndex).toEqual([0, 1]);
    expect(panels.legend).toBeUndefined();
  });
});
