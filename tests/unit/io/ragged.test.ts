import { describe, expect, it } from 'vitest';
import { columnsOf, load } from './sources';

describe('ragged rows', () => {
  it('too few fields → the missing cells are missing, reported with count and lines', async () => {
    const r = await load('a,b,c\n1,2,3\n4,5\n6\n7,8,9\n');
    expect(columnsOf(r)).toEqual({ a: [1, 4, 6, 7], b: [2, 5, null, 8], c: [3, null, null, 9] });
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'RAGGED_ROWS_SHORT', count: 2, lines: [3, 4] })]);
  });

  it('too many fields → extras dropped, never shifted into other columns, reported with count and lines', async () => {
    const r = await load('a,b\n1,2\n3,4,5\n6,7,8,9\n10,11\n');
    expect(columnsOf(r)).toEqual({ a: [1, 3, 6, 10], b: [2, 4, 7, 11] });
    const warning = r.warnings.find((w) => w.code === 'RAGGED_ROWS_LONG');
    expect(warning).toMatchObject({ count: 2, lines: [3, 4] });
    expect(warning?.message).toMatch(/up to 4/);
  });

  it('reports only the first five line numbers', async () => {
    const r = await load('a,b\n' + Array.from({ length: 8 }, (_, i) => `${i}`).join('\n') + '\n');
    expect(r.warnings[0]).toMatchObject({ code: 'RAGGED_ROWS_SHORT', count: 8, lines: [2, 3, 4, 5, 6] });
  });
});
