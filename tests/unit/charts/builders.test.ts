// Every builder against hand-computed aggregates; errors for bad settings.
import { describe, expect, it } from 'vitest';
import { buildBar } from '../../../src/charts/bar';
import { buildBox, boxStats } from '../../../src/charts/box';
import { buildChart } from '../../../src/charts/build';
import { buildHeatmap } from '../../../src/charts/heatmap';
import { buildHistogram } from '../../../src/charts/histogram';
import { buildLine } from '../../../src/charts/line';
import { buildPie } from '../../../src/charts/pie';
import { buildBubble, buildScatter } from '../../../src/charts/scatter';
import { booleanColumn, categoryColumn, datetimeColumn, makeTable, numberColumn } from '../../../src/table/build';
import { expectClose } from '../../helpers/expectClose';
import { datasets, series, subtitle } from './optionHelpers';

const shop = makeTable([
  categoryColumn('region', ['서울', '부산', '서울', '대구', '부산', '서울', null, '광주']),
  categoryColumn('kind', ['a', 'b', 'b', 'a', 'a', 'a', 'b', 'b']),
  numberColumn('sales', [10, 4, 20, 7, 6, 30, 100, -3]),
  numberColumn('units', [1, 2, 3, 4, 5, 6, 7, 8]),
  booleanColumn('promo', [true, false, true, null, false, true, true, false]),
]);

describe('bar', () => {
  it('means per category, sorted by value, with pre-formatted labels', () => {
    const option = buildBar(shop, { kind: 'bar', x: 'region', y: 'sales', agg: 'mean' });
    // 서울 (10+20+30)/3 = 20, 대구 7, 부산 (4+6)/2 = 5, 광주 -3; the missing region is left out.
    expect(datasets(option)[0]!.source).toEqual([
      ['서울', 20, '20'],
      ['대구', 7, '7'],
      ['부산', 5, '5'],
      ['광주', -3, '-3'],
    ]);
    expect((option.title as { text: string }).text).toBe('mean of sales by region');
  });
  it('merges categories beyond top N into "other", aggregated afresh (median of the merged rows)', () => {
    const option = buildBar(shop, { kind: 'bar', x: 'region', y: 'sales', agg: 'median', top: 1, locale: 'ko' });
    // 서울 median 20; other = 부산, 대구, 광주 rows: [4, 7, 6, -3] → median (4 + 6)/2 = 5.
    expect(datasets(option)[0]!.source.map((r) => r.slice(0, 2))).toEqual([
      ['서울', 20],
      ['기타', 5],
    ]);
  });
  it('splits into stacked series by a second category; counts per cell', () => {
    const option = buildBar(shop, { kind: 'bar', x: 'region', group: 'kind', stacked: true, sort: 'label' });
    const source = datasets(option)[0]!.source;
    // Empty cells count 0 (with a blank label, so stacked bars show no stray "0").
    expect(source[0]!.slice(3)).toEqual(['', '1']);
    // label order (ko collation): 광주, 대구, 부산, 서울; groups a (first seen), b.
    expect(source.map((r) => r.slice(0, 3))).toEqual([
      ['광주', 0, 1],
      ['대구', 1, 0],
      ['부산', 1, 1],
      ['서울', 2, 1],
    ]);
    expect(series(option).map((s) => [s.name, s.stack])).toEqual([
      ['a', 'total'],
      ['b', 'total'],
    ]);
  });
  it('horizontal bars put categories on the y axis; booleans work as categories', () => {
    const option = buildBar(shop, { kind: 'bar', x: 'promo', y: 'units', agg: 'sum', horizontal: true });
    expect((option.yAxis as { type: string }).type).toBe('category');
    // true: 1+3+6+7 = 17; false: 2+5+8 = 15 (row 4's promo is missing).
    expect(datasets(option)[0]!.source.map((r) => r.slice(0, 2))).toEqual([
      ['true', 17],
      ['false', 15],
    ]);
  });
  it('needs a value column for aggregates other than count', () => {
    expect(() => buildBar(shop, { kind: 'bar', x: 'region', agg: 'sum' })).toThrow(
      expect.objectContaining({ code: 'CHART', message: expect.stringMatching(/needs a number column/) }),
    );
  });
});

describe('pie', () => {
  it('shares of counts with percentages and "other" below the threshold', () => {
    const option = buildPie(shop, { kind: 'pie', x: 'region', otherBelow: 20 });
    // 7 rows with a region: 서울 3 (42.9%), 부산 2 (28.6%), 대구 1 and 광주 1 (14.3% each) → other 2.
    expect(datasets(option)[0]!.source).toEqual([
      ['서울', 3, '서울\n3 (42.9%)'],
      ['부산', 2, '부산\n2 (28.6%)'],
      ['other', 2, 'other\n2 (28.6%)'],
    ]);
    expect(option.color).toHaveLength(3);
  });
  it('refuses negative values with the count and first row', () => {
    expect(() => buildPie(shop, { kind: 'pie', x: 'region', y: 'sales', agg: 'sum' })).toThrow(
      expect.objectContaining({
        code: 'CHART',
        message: "'sales' has 1 negative values (first in data row 8); a pie shows shares of a positive total.",
      }),
    );
  });
  it('donut sums of a column', () => {
    const option = buildPie(shop, { kind: 'pie', x: 'kind', y: 'units', agg: 'sum', donut: true });
    // a: 1+4+5+6 = 16; b: 2+3+7+8 = 20.
    expect(datasets(option)[0]!.source.map((r) => r.slice(0, 2))).toEqual([
      ['b', 20],
      ['a', 16],
    ]);
    expect(series(option)[0]!.radius).toEqual(['42%', '68%']);
  });
});

const points = makeTable([
  numberColumn('x', [1, 2, 3, 4, 5, null]),
  numberColumn('y', [2, 3, 5, 6, 9, 1]),
  categoryColumn('g', ['p', 'q', 'p', 'q', 'p', 'p']),
  numberColumn('w', [1, 4, 9, 16, 0, 1]),
]);

describe('scatter and bubble', () => {
  it('one series per colour category, plus the fitted line named with its equation and R²', () => {
    const option = buildScatter(points, { kind: 'scatter', x: 'x', y: 'y', color: 'g', trendLine: true });
    const s = series(option);
    expect(s.map((x) => x.name)).toEqual(['p', 'q', 'fit: y = 1.7x - 0.1 (R² = 0.963)']);
    // x = 1..5, y = 2,3,5,6,9: b = 17/10, a = 5 − 1.7·3 = −0.1, Syy = 30, R² = 17²/(10·30) = 0.9633
    expect(datasets(option).map((d) => d.source.length)).toEqual([3, 2]);
    expect(subtitle(option)).toBe('5 points · 1 rows with missing values left out');
  });
  it('leaves out rows without a colour category, and says so', () => {
    const t = makeTable([numberColumn('x', [1, 2, 3]), numberColumn('y', [1, 2, 3]), categoryColumn('g', ['p', null, 'q'])]);
    const option = buildScatter(t, { kind: 'scatter', x: 'x', y: 'y', color: 'g' });
    expect(datasets(option).map((d) => d.source)).toEqual([[[1, 1]], [[3, 3]]]);
    expect(subtitle(option)).toBe('2 points · 1 rows with missing values left out');
  });
  it('switches to density (binned counts) when asked, keeping every point', () => {
    const option = buildScatter(points, { kind: 'scatter', x: 'x', y: 'y', density: 'always' });
    const total = datasets(option)[0]!.source.reduce((n, r) => n + (r[2] as number), 0);
    expect(total).toBe(5);
    expect(series(option)[0]!.type).toBe('heatmap');
    expect(subtitle(option)).toMatch(/^5 points shown as density \(\d+×\d+ bins\)/);
  });
  it('bubble diameters make area proportional to the value', () => {
    const option = buildBubble(points, { kind: 'bubble', x: 'x', y: 'y', size: 'w' });
    const rows = datasets(option)[0]!.source;
    // 5 bubbles: the largest diameter is 48 px (maxBubbleDiameter); w = 16 gets it, w = 4 → 48·√(4/16) = 24; w = 0 → 0.
    expect(rows.map((r) => r[3])).toEqual([12, 24, 36, 48, 0]);
    expect(option.graphic).toBeDefined();
  });
  it('bubble refuses negative sizes', () => {
    const t = makeTable([numberColumn('x', [1, 2]), numberColumn('y', [1, 2]), numberColumn('s', [1, -2])]);
    expect(() => buildBubble(t, { kind: 'bubble', x: 'x', y: 'y', size: 's' })).toThrow(
      expect.objectContaining({ code: 'CHART', message: expect.stringMatching(/negative value \(-2\) in data row 2/) }),
    );
  });
});

describe('histogram', () => {
  it('counts every value once and overlays the ML normal curve scaled to counts', () => {
    const t = makeTable([numberColumn('v', [1, 2, 2, 3, 3, 3, 4, 4, 5, null])]);
    const option = buildHistogram(t, { kind: 'histogram', x: 'v', bins: 4 });
    const counts = datasets(option)[0]!.source.map((r) => r[1] as number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(9);
    const curve = series(option)[1]!;
    // mean 3, ML σ = √(12/9) = 1.1547; label shows both.
    expect(curve.name).toBe('normal fit (μ = 3, σ = 1.155)');
    const pts = curve.data as number[][];
    const width = (pts[pts.length - 1]![0]! - pts[0]![0]!) / counts.length;
    const peak = Math.max(...pts.map((p) => p[1]!));
    expectClose(peak, (9 * width) / (Math.sqrt(12 / 9) * Math.sqrt(2 * Math.PI)), { rtol: 1e-3 });
  });
});

describe('line', () => {
  it('sorts by x, skips missing y and draws each line as min–max columns with the mean over the budget', () => {
    const n = 1000;
    const t = makeTable([
      datetimeColumn(
        't',
        Array.from({ length: n }, (_, i) => Date.UTC(2024, 0, 1) + (n - 1 - i) * 60_000),
      ),
      numberColumn(
        'a',
        Array.from({ length: n }, (_, i) => (i === 10 ? null : Math.sin(i / 20))),
      ),
      numberColumn(
        'b',
        Array.from({ length: n }, (_, i) => i),
      ),
    ]);
    const option = buildLine(t, { kind: 'line', x: 't', y: ['a', 'b'], maxPoints: 100 });
    const [a, b] = datasets(option);
    expect(a!.source).toHaveLength(100);
    expect(b!.source).toHaveLength(100);
    // Sorted ascending in time: the first column holds file rows 999 … 990 (b = 999 … 990, the first 9.99 minutes … 10 rows).
    const width = (999 * 60_000) / 100;
    expect(b!.source[0]).toEqual([Date.UTC(2024, 0, 1) + width / 2, 990, 9, 994.5]);
    expect(b!.dimensions).toEqual(['t', 'min', 'range', 'b']);
    expect(subtitle(option)).toBe('1,000 points per line as min–max bands with the mean over 100 columns');
    expect(option.useUTC).toBe(true);
    expect((option.xAxis as { type: string; axisLabel: { formatter: { day: string; hour: string } } }).type).toBe('time');
    expect((option.xAxis as { axisLabel: { formatter: { day: string; hour: string } } }).axisLabel.formatter).toMatchObject({
      day: '{yyyy}-{MM}-{dd}',
      hour: '{HH}:{mm}',
    });
    expect(series(option).map((s) => s.id)).toEqual(['band-base:0', 'band:0', 'line:0', 'band-base:1', 'band:1', 'line:1']);
    expect(option.dataZoom).toHaveLength(2);
  });
});

describe('box', () => {
  it('quartiles by numpy linear, Tukey whiskers and outliers', () => {
    // numpy: np.percentile([1,2,3,4,5,6,7,8,100], [25,50,75]) = [3, 5, 7]; IQR 4 → fences −3, 13.
    const b = boxStats(Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 100]));
    expect([b.q1, b.median, b.q3, b.lowWhisker, b.highWhisker]).toEqual([3, 5, 7, 1, 8]);
    expect(Array.from(b.outliers)).toEqual([100]);
  });
  it('one box per category in row-count order', () => {
    const option = buildBox(shop, { kind: 'box', x: 'kind', y: 'units' });
    // a: [1,4,5,6] → q1 3.25, median 4.5, q3 5.25; b: [2,3,7,8] → 2.75, 5, 7.25.
    expect(datasets(option)[0]!.source).toEqual([
      ['a', 1, 3.25, 4.5, 5.25, 6, 4],
      ['b', 2, 2.75, 5, 7.25, 8, 4],
    ]);
  });
});

describe('correlation heatmap', () => {
  it('Pearson r of all number columns by default', () => {
    const t = makeTable([
      numberColumn('p', [1, 2, 3, 4]),
      numberColumn('q', [2, 4, 6, 8]),
      numberColumn('r', [4, 3, 2, 1]),
      categoryColumn('c', ['a', 'b', 'a', 'b']),
    ]);
    const option = buildHeatmap(t, { kind: 'heatmap' });
    const source = datasets(option)[0]!.source;
    expect(source).toHaveLength(9);
    expect(source.find((r) => r[0] === 2 && r[1] === 0)!.slice(2, 4)).toEqual([-1, '-1.00']);
    expect(source.find((r) => r[0] === 1 && r[1] === 0)!.slice(2, 4)).toEqual([1, '1.00']);
  });
});

describe('settings validation', () => {
  it('names the missing column and lists the ones that exist', () => {
    expect(() => buildChart(shop, { kind: 'scatter', x: 'salse', y: 'units' })).toThrow(
      expect.objectContaining({ code: 'COLUMN_NOT_FOUND', column: 'salse', hint: expect.stringContaining('region, kind, sales') }),
    );
  });
  it('refuses a column of the wrong type for the role', () => {
    expect(() => buildChart(shop, { kind: 'histogram', x: 'region' })).toThrow(
      expect.objectContaining({
        code: 'BAD_COLUMN_TYPE',
        message: "Histogram: column 'region' is category, but Value needs a number column.",
      }),
    );
  });
  it('refuses options out of range and unknown kinds', () => {
    expect(() => buildChart(shop, { kind: 'bar', x: 'region', top: 0 })).toThrow(
      expect.objectContaining({ code: 'BAD_OPTION', message: "Bar: option 'top' must be a whole number from 1 to 500; got 0." }),
    );
    expect(() => buildChart(shop, { kind: 'pie3d' } as never)).toThrow(
      expect.objectContaining({ code: 'BAD_OPTION', message: 'Unknown chart type "pie3d".' }),
    );
  });
  it('requires the required roles', () => {
    expect(() => buildChart(shop, { kind: 'bubble', x: 'units', y: 'sales' } as never)).toThrow(
      expect.objectContaining({ code: 'CHART', message: "Bubble chart needs a column for Size (area) ('size')." }),
    );
  });
});
