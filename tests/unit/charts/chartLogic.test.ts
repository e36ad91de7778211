// Chart logic that keeps a chart honest: stacks only of sums or counts, groups in a stated order,
// no ignored Value column, and number codes (1/2) as colour categories.
import { describe, expect, it } from 'vitest';
import { buildBar } from '../../../src/charts/bar';
import { buildPie } from '../../../src/charts/pie';
import { buildScatter } from '../../../src/charts/scatter';
import { categoryColumn, makeTable, numberColumn } from '../../../src/table/build';
import { datasets, series } from './optionHelpers';

const shop = makeTable([
  categoryColumn('region', ['north', 'south', 'north', 'south', 'north', 'east']),
  // First seen: z, a, m. Rows: z 2, a 3, m 1. Sum of sales: z 1+2 = 3, a 30+40+50 = 120, m 5.
  categoryColumn('kind', ['z', 'z', 'a', 'a', 'a', 'm']),
  numberColumn('sales', [1, 2, 30, 40, 50, 5]),
  numberColumn('sex', [2, 1, 1, 2, null, 1]),
  numberColumn('age', [31, 42, 25, 38, 51, 29]),
]);

describe('stacked bars', () => {
  it('refuse a stack of means or medians, with a message key and its aggregate', () => {
    for (const agg of ['mean', 'median', 'min', 'max'] as const) {
      expect(() => buildBar(shop, { kind: 'bar', x: 'region', y: 'sales', agg, group: 'kind', stacked: true })).toThrow(
        expect.objectContaining({ code: 'CHART', key: 'chart.stackNotAdditive', params: { agg } }),
      );
    }
  });
  it('stack sums and counts; means side by side are fine', () => {
    expect(series(buildBar(shop, { kind: 'bar', x: 'region', y: 'sales', agg: 'sum', group: 'kind', stacked: true }))[0]!.stack).toBe(
      'total',
    );
    expect(series(buildBar(shop, { kind: 'bar', x: 'region', group: 'kind', stacked: true }))[0]!.stack).toBe('total');
    expect(series(buildBar(shop, { kind: 'bar', x: 'region', y: 'sales', agg: 'mean', group: 'kind' }))[0]!.stack).toBeUndefined();
  });
});

describe('group order', () => {
  const names = (groupOrder: 'value' | 'label' | 'data') =>
    series(buildBar(shop, { kind: 'bar', x: 'region', y: 'sales', agg: 'sum', group: 'kind', groupOrder })).map((s) => s.name);
  it('orders groups by overall value, by label, or as first seen in the data', () => {
    expect(names('value')).toEqual(['a', 'm', 'z']); // sums 120, 5, 3
    expect(names('label')).toEqual(['a', 'm', 'z']);
    expect(names('data')).toEqual(['z', 'a', 'm']);
  });
  it('keeps each cell with its group when reordered', () => {
    const option = buildBar(shop, { kind: 'bar', x: 'region', y: 'sales', agg: 'sum', group: 'kind', groupOrder: 'data', sort: 'label' });
    // east: m 5; north: z 1, a 30+50; south: z 2, a 40. Columns after the label: z, a, m.
    expect(datasets(option)[0]!.source.map((r) => r.slice(0, 4))).toEqual([
      ['east', null, null, 5],
      ['north', 1, 80, null],
      ['south', 2, 40, null],
    ]);
  });
});

describe('Value while Aggregate is count', () => {
  it('is refused for pie and bar rather than silently ignored', () => {
    expect(() => buildPie(shop, { kind: 'pie', x: 'region', y: 'sales', agg: 'count' })).toThrow(
      expect.objectContaining({ code: 'BAD_OPTION', key: 'chart.roleUnused' }),
    );
    expect(() => buildBar(shop, { kind: 'bar', x: 'region', y: 'sales' })).toThrow(
      expect.objectContaining({ code: 'BAD_OPTION', key: 'chart.roleUnused' }),
    );
  });
});

describe('colour by a number column', () => {
  it('uses a few distinct values as categories in ascending order', () => {
    const option = buildScatter(shop, { kind: 'scatter', x: 'age', y: 'sales', color: 'sex' });
    expect(series(option).map((s) => s.name)).toEqual(['1', '2']);
    // sex 1: ages 42, 25, 29; sex 2: 31, 38; the row with no sex is left out (and said so).
    expect(datasets(option).map((d) => d.source.map((r) => r[0]))).toEqual([
      [42, 25, 29],
      [31, 38],
    ]);
  });
  it('refuses a measurement with many distinct values', () => {
    const many = makeTable([
      numberColumn(
        'x',
        Array.from({ length: 20 }, (_, i) => i),
      ),
      numberColumn(
        'y',
        Array.from({ length: 20 }, (_, i) => i * i),
      ),
    ]);
    expect(() => buildScatter(many, { kind: 'scatter', x: 'x', y: 'y', color: 'y' })).toThrow(
      expect.objectContaining({ key: 'chart.tooManyColourValues', params: { column: 'y', max: 12 } }),
    );
  });
});
