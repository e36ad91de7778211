// The line chart's visible x range: rows outside it are dropped before the min–max columns, so a
// zoomed view gets screen-width detail of just that range (the raw points once they fit).
import { describe, expect, it } from 'vitest';
import { buildLine, orderByX } from '../../../src/charts/line';
import { datetimeColumn, makeTable, numberColumn } from '../../../src/table/build';
import { datasets, subtitle } from './optionHelpers';

// 1,000,000 rows, x = i (sorted), y = i mod 7: the range [500,000, 500,999] covers exactly 1,000 rows.
const n = 1_000_000;
const big = makeTable([
  numberColumn(
    'x',
    Array.from({ length: n }, (_, i) => i),
  ),
  numberColumn(
    'y',
    Array.from({ length: n }, (_, i) => i % 7),
  ),
]);

describe('orderByX with a range', () => {
  it('cuts sorted x with binary search, both ends inclusive, and reports the whole extent', () => {
    const { order, min, max } = orderByX(Float64Array.of(1, 2, 2, 3, 4), [2, 3]);
    expect([...order]).toEqual([1, 2, 3]);
    expect([min, max]).toEqual([1, 4]);
    expect([...orderByX(Float64Array.of(1, 2, 3), [3.5, 9]).order]).toEqual([]);
  });

  it('filters, then sorts, unsorted x with missing values', () => {
    // In [2, 5]: x = 5 (row 0), 3 (row 3), 3 (row 5); ties keep file order.
    const { order, min, max } = orderByX(Float64Array.of(5, NaN, 1, 3, 9, 3), [2, 5]);
    expect([...order]).toEqual([3, 5, 0]);
    expect([min, max]).toEqual([1, 9]);
  });
});

describe('line chart xRange', () => {
  it('keeps all 1,000 rows of the range when under the width budget', () => {
    const option = buildLine(big, { kind: 'line', x: 'x', y: ['y'], width: 1200, xRange: [500_000, 500_999] });
    const source = datasets(option)[0]!.source;
    expect(source).toHaveLength(1000);
    expect(source[0]).toEqual([500_000, 500_000 % 7]); // 500,000 = 7 × 71,428 + 4
    expect(source[999]).toEqual([500_999, 2]); // 500,999 mod 7 = (4 + 999) mod 7 = 1003 − 1001 = 2
    expect(subtitle(option)).toBe('x from 500,000 to 500,999 · 1,000 points');
    // The axis keeps the whole series' extent; the zoom window sits on the range.
    expect(option.xAxis).toMatchObject({ min: 0, max: 999_999 });
    expect(option.dataZoom).toEqual([
      expect.objectContaining({ type: 'inside', startValue: 500_000, endValue: 500_999 }),
      expect.objectContaining({ type: 'slider', startValue: 500_000, endValue: 500_999 }),
    ]);
  });

  it('draws exactly that slice as min–max columns with their mean over the budget', () => {
    const option = buildLine(big, { kind: 'line', x: 'x', y: ['y'], maxPoints: 100, xRange: [500_000, 500_999] });
    // Reference: each of the 1,000 points put in its column by (x − from) / width, the last column closed.
    const width = 999 / 100;
    const cells = Array.from({ length: 100 }, () => [] as number[]);
    for (let v = 500_000; v <= 500_999; v++) cells[Math.min(99, Math.floor((v - 500_000) / width))]!.push(v % 7);
    const expected = cells.map((ys, c) => [
      500_000 + (c + 0.5) * width,
      Math.min(...ys),
      Math.max(...ys) - Math.min(...ys),
      ys.reduce((a, b) => a + b, 0) / ys.length,
    ]);
    const source = datasets(option)[0]!.source as number[][];
    expect(source).toHaveLength(100);
    source.forEach((row, c) => row.forEach((v, d) => expect(v).toBeCloseTo(expected[c]![d]!, 9)));
    // 10 consecutive values of i mod 7 cover 0 … 6: every column spans the whole range.
    expect(source.every((row) => row[1] === 0 && row[2] === 6)).toBe(true);
    expect(subtitle(option)).toBe('x from 500,000 to 500,999 · 1,000 points per line as min–max bands with the mean over 100 columns');
  });

  it('states a datetime range in UTC and shows an empty range as 0 points', () => {
    const t0 = Date.UTC(2024, 0, 1);
    const t = makeTable([
      datetimeColumn(
        't',
        Array.from({ length: 10 }, (_, i) => t0 + i * 3_600_000),
      ),
      numberColumn(
        'v',
        Array.from({ length: 10 }, (_, i) => i * i),
      ),
    ]);
    const option = buildLine(t, { kind: 'line', x: 't', y: ['v'], xRange: [t0 + 2 * 3_600_000, t0 + 4 * 3_600_000] });
    expect(datasets(option)[0]!.source).toEqual([
      [t0 + 7_200_000, 4],
      [t0 + 10_800_000, 9],
      [t0 + 14_400_000, 16],
    ]);
    expect(subtitle(option)).toBe('x from 2024-01-01 02:00 to 2024-01-01 04:00 · 3 points');
    const gap = buildLine(t, { kind: 'line', x: 't', y: ['v'], locale: 'ko', xRange: [t0 + 1, t0 + 2] });
    expect(datasets(gap)[0]!.source).toEqual([]);
    expect(subtitle(gap)).toBe('x 범위 2024-01-01 00:00:00.001 ~ 2024-01-01 00:00:00.002 · 점 0개');
  });

  it('rejects a range that is not two finite, increasing numbers', () => {
    for (const xRange of [[5, 1], [2, 2], [NaN, 2], [1], 'all']) {
      expect(() => buildLine(big, { kind: 'line', x: 'x', y: ['y'], xRange } as never)).toThrow(
        expect.objectContaining({
          code: 'BAD_OPTION',
          message: expect.stringContaining(
            `option 'xRange' must be two finite numbers [from, to] with from < to; got ${JSON.stringify(xRange)}`,
          ),
        }),
      );
    }
  });
});
