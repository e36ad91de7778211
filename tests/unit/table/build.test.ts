import { describe, expect, it } from 'vitest';
import {
  booleanColumn,
  categoryColumn,
  columnByName,
  datetimeColumn,
  makeTable,
  numberColumn,
  tableMemoryBytes,
  textColumn,
} from '../../../src/table/build';
import { FitplotError } from '../../../src/table/errors';

describe('table builders', () => {
  it('number column: NaN in values and 1 in the mask for missing', () => {
    const c = numberColumn('x', [1.5, null, -2, NaN]);
    expect(Array.from(c.values)).toEqual([1.5, NaN, -2, NaN]);
    expect(Array.from(c.missing)).toEqual([0, 1, 0, 1]);
    expect(c).toMatchObject({ type: 'number', length: 4, invalidCount: 0 });
  });

  it('datetime column from epoch ms or Date', () => {
    const c = datetimeColumn('t', [0, new Date(Date.UTC(2024, 0, 2)), null], { hasTimeZone: true, format: 'YYYY-MM-DD' });
    expect(Array.from(c.values)).toEqual([0, 1704153600000, NaN]);
    expect(Array.from(c.missing)).toEqual([0, 0, 1]);
    expect(c).toMatchObject({ hasTimeZone: true, format: 'YYYY-MM-DD' });
  });

  it('boolean column as 0/1 bytes', () => {
    const c = booleanColumn('b', [true, false, null]);
    expect(Array.from(c.values)).toEqual([1, 0, 0]);
    expect(Array.from(c.missing)).toEqual([0, 0, 1]);
  });

  it('category and text columns: codes in first-seen order, -1 for missing', () => {
    const c = categoryColumn('c', ['b', 'a', null, 'b']);
    expect(Array.from(c.codes)).toEqual([0, 1, -1, 0]);
    expect(c.dictionary).toEqual(['b', 'a']);
    expect(Array.from(c.missing)).toEqual([0, 0, 1, 0]);
    expect(textColumn('t', ['x']).type).toBe('text');
  });

  it('makeTable checks lengths and names; columnByName lists the names it has', () => {
    const table = makeTable([numberColumn('x', [1, 2]), categoryColumn('g', ['a', 'b'])]);
    expect(table.rowCount).toBe(2);
    expect(columnByName(table, 'g').type).toBe('category');
    expect(() => columnByName(table, 'y')).toThrowError(/no column named "y". Available columns: "x", "g"/);
    try {
      columnByName(table, 'y');
    } catch (error) {
      expect((error as FitplotError).code).toBe('COLUMN_NOT_FOUND');
    }
    expect(() => makeTable([numberColumn('x', [1]), numberColumn('y', [1, 2])])).toThrowError(FitplotError);
    expect(() => makeTable([numberColumn('x', [1]), numberColumn('x', [2])])).toThrowError(/Two columns are named "x"/);
    expect(makeTable([]).rowCount).toBe(0);
  });

  it('tableMemoryBytes counts arrays, masks and an estimate per dictionary string', () => {
    // number: 2×8 values + 2 mask; category: 2×4 codes + 2 mask + 2 strings × (24 + 2×1)
    const table = makeTable([numberColumn('x', [1, 2]), categoryColumn('g', ['a', 'b'])]);
    expect(tableMemoryBytes(table)).toBe(16 + 2 + 8 + 2 + 2 * 26);
  });
});
