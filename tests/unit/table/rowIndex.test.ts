/** The grid's sort/filter index and slices, computed in the worker over a small hand-made table. */
import { describe, expect, it } from 'vitest';
import { booleanColumn, categoryColumn, datetimeColumn, makeTable, numberColumn } from '../../../src/table/build';
import { buildRowIndex, formatDatetime } from '../../../src/table/query/rowIndex';
import { miniHistogram, previewRows, sliceRows } from '../../../src/table/query/slices';

const table = makeTable([
  numberColumn('x', [3, null, 1, 2, 5]),
  categoryColumn('city', ['Seoul', 'busan', null, 'Daegu', 'seoul']),
  booleanColumn('ok', [true, false, null, true, false]),
]);

describe('buildRowIndex', () => {
  it('is null (file order) without sort or filters', () => {
    expect(buildRowIndex(table, [], [])).toBeNull();
  });

  it('sorts numbers ascending with missing last, descending likewise', () => {
    expect([...buildRowIndex(table, [{ column: 0, direction: 'asc' }], [])!]).toEqual([2, 3, 0, 4, 1]);
    expect([...buildRowIndex(table, [{ column: 0, direction: 'desc' }], [])!]).toEqual([4, 0, 3, 2, 1]);
  });

  it('sorts text by locale order of the dictionary, ties in file order', () => {
    // localeCompare orders by letter before case: busan, Daegu, then the two Seoul spellings; missing last.
    const order = [...buildRowIndex(table, [{ column: 1, direction: 'asc' }], [])!];
    expect(order.slice(0, 2)).toEqual([1, 3]);
    expect(order.at(-1)).toBe(2);
  });

  it('filters text case-insensitively and numbers by comparison', () => {
    expect([...buildRowIndex(table, [], [{ column: 1, op: 'equals', value: 'SEOUL' }])!]).toEqual([0, 4]);
    expect([...buildRowIndex(table, [], [{ column: 1, op: 'contains', value: 'u' }])!]).toEqual([0, 1, 3, 4]);
    expect([...buildRowIndex(table, [], [{ column: 0, op: 'greaterThan', value: 2 }])!]).toEqual([0, 4]);
    expect([...buildRowIndex(table, [], [{ column: 0, op: 'blank' }])!]).toEqual([1]);
    expect([...buildRowIndex(table, [], [{ column: 2, op: 'equals', value: 'true' }])!]).toEqual([0, 3]);
  });

  it('combines a filter and a sort', () => {
    expect([...buildRowIndex(table, [{ column: 0, direction: 'desc' }], [{ column: 0, op: 'notBlank' }])!]).toEqual([4, 0, 3, 2]);
  });
});

describe('sliceRows', () => {
  it('returns columnar slices with 1-based row numbers and NaN/null for missing', () => {
    const index = buildRowIndex(table, [{ column: 0, direction: 'asc' }], []);
    const slice = sliceRows(table, index, 3, 10);
    expect(slice.start).toBe(3);
    expect(slice.matchCount).toBe(5);
    expect([...slice.rowNumbers]).toEqual([5, 2]);
    const x = slice.columns[0]!;
    expect(x.kind).toBe('number');
    if (x.kind === 'number') expect([...x.values]).toEqual([5, NaN]);
    const city = slice.columns[1]!;
    if (city.kind === 'text') expect(city.values).toEqual(['seoul', 'busan']);
    const ok = slice.columns[2]!;
    if (ok.kind === 'boolean') expect([...ok.values, ...ok.missing]).toEqual([0, 0, 0, 0]);
  });

  it('clamps a page past the end', () => {
    const slice = sliceRows(table, null, 4, 100);
    expect([...slice.rowNumbers]).toEqual([5]);
  });
});

describe('previewRows and miniHistogram', () => {
  it('formats cells as the file showed them', () => {
    const t = makeTable([datetimeColumn('t', [Date.UTC(2025, 2, 3, 6, 0, 0), Date.UTC(2025, 2, 4), null])]);
    expect(previewRows(t, 5)).toEqual([['2025-03-03 06:00:00'], ['2025-03-04'], [null]]);
    expect(formatDatetime(Date.UTC(2025, 0, 1, 9, 30), true)).toBe('2025-01-01T09:30:00Z');
  });

  it('bins numbers over [min, max] and ranks categories', () => {
    // x = 3, 1, 2, 5 over [1, 5] in 4 bins of width 1: [1,2) [2,3) [3,4) [4,5] → 1, 1, 1, 1.
    expect(miniHistogram(table.columns[0]!, 4)).toEqual({ kind: 'bins', counts: [1, 1, 1, 1], min: 1, max: 5 });
    const top = miniHistogram(table.columns[1]!, 2);
    expect(top).toEqual({ kind: 'top', counts: [1, 1], labels: ['Seoul', 'busan'], distinct: 4 });
  });
});
