import { describe, expect, it } from 'vitest';
import { columnsOf, load } from './sources';

describe('header', () => {
  it('trims names, fills empty ones and makes duplicates unique, with warnings', async () => {
    const r = await load(' temp ,temp,,temp_2,temp\n1,2,3,4,5\n');
    expect(r.headers).toEqual(['temp', 'temp_3', 'column_3', 'temp_2', 'temp_4']);
    expect(r.warnings.map((w) => [w.code, w.count, w.lines])).toEqual([
      ['EMPTY_HEADER', 1, [1]],
      ['DUPLICATE_HEADER', 2, [1]],
    ]);
  });

  it('duplicates become name_2, name_3 in order', async () => {
    const r = await load('temp,temp,temp\n1,2,3\n');
    expect(r.headers).toEqual(['temp', 'temp_2', 'temp_3']);
  });

  it('header: false names columns column_1…', async () => {
    const r = await load('1,x\n2,y\n', { header: false });
    expect(r.header).toBe(false);
    expect(r.headers).toEqual(['column_1', 'column_2']);
    expect(columnsOf(r)).toEqual({ column_1: [1, 2], column_2: ['x', 'y'] });
  });

  it('header: false takes its width from the widest of the first records, so a short first row loses nothing', async () => {
    const r = await load('1,x\n2,y,extra\n3,z\n', { header: false });
    expect(columnsOf(r)).toEqual({ column_1: [1, 2, 3], column_2: ['x', 'y', 'z'], column_3: [null, 'extra', null] });
    expect(r.warnings.map((w) => [w.code, w.lines])).toEqual([['RAGGED_ROWS_SHORT', [1, 3]]]);
  });

  it('a header-only file is a valid table with 0 rows', async () => {
    for (const text of ['a,b,c\n', 'a,b,c']) {
      const r = await load(text);
      expect(r.table.rowCount).toBe(0);
      expect(r.headers).toEqual(['a', 'b', 'c']);
      expect(r.table.columns.map((c) => c.length)).toEqual([0, 0, 0]);
      expect(r.warnings).toEqual([]);
    }
  });
});
