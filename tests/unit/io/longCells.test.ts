/**
 * Long cells (issue 15): text, JSON or base64 columns of 130 KiB, 1 MiB and 50 MiB per cell, quoted
 * and unquoted, load with every byte kept, on the byte fast path and the general path. They used
 * to crash with "Maximum call stack size exceeded" (a whole cell spread into String.fromCharCode)
 * and, past 16 Mi characters, to fail with a false "unterminated quote".
 */
import { describe, expect, it } from 'vitest';
import { RecordReader } from '../../../src/io/records';
import { FitplotError } from '../../../src/table/errors';
import { isDictionary } from '../../../src/table/types';
import type { NumberColumn } from '../../../src/table/types';
import type { LoadResult } from '../../../src/io/types';
import { load } from './sources';

const KiB = 1024;
const MiB = 1024 * KiB;

/** A cell of `size` ASCII bytes that is not one repeated character (so a cut or a shift shows). */
function longCell(size: number): string {
  const unit = 'abcdefghijklmnopqrstuvwxyz0123456789+/';
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size - 1) + 'Z';
}

function blobCell(result: LoadResult, row: number): string {
  const column = result.table.columns[1];
  if (!column || !isDictionary(column)) throw new Error('blob is not a text column');
  return column.dictionary[column.codes[row] as number] as string;
}

describe.each([130 * KiB, 1 * MiB, 50 * MiB])('a cell of %i bytes', (size) => {
  const cell = longCell(size);
  it.each([
    ['unquoted', cell],
    ['quoted', `"${cell}"`],
  ])('%s, with the next rows read as usual', async (_, written) => {
    const result = await load(`id,blob,value\n1,${written},1.5\n2,short,2.5\n`, {}, { chunkSize: 1 * MiB });
    expect(result.table.rowCount).toBe(2);
    expect(blobCell(result, 0).length).toBe(size);
    expect(blobCell(result, 0) === cell).toBe(true);
    expect(blobCell(result, 1)).toBe('short');
    expect(Array.from((result.table.columns[2] as NumberColumn).values)).toEqual([1.5, 2.5]);
    expect(result.warnings).toEqual([]);
  });
});

describe('the byte fast path', () => {
  it('reads an unquoted 130 KiB cell itself (no fallback) and gives the general path’s table', async () => {
    const text = `id,blob\n1,${longCell(130 * KiB)}\n2,b\n`;
    const fast = await load(text);
    const general = await load(text, { fastPath: false });
    expect(fast.fastPath).toBe(true);
    expect(blobCell(fast, 0) === blobCell(general, 0)).toBe(true);
  });
});

describe('a record longer than the limit (RecordReader with a small limit)', () => {
  const read = (text: string): unknown => {
    const reader = new RecordReader(',', '\n', 'long.csv', () => true, 1000);
    try {
      for (let i = 0; i < text.length; i += 4096) reader.push(text.slice(i, i + 4096));
      reader.finish();
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it('with no quote is TOO_LARGE naming the line and the limit, not a false unterminated quote', () => {
    const error = read(`a,b\n1,2\n3,${'x'.repeat(100_000)}\n`);
    expect(error).toBeInstanceOf(FitplotError);
    expect(error).toMatchObject({ code: 'TOO_LARGE', key: 'load.recordTooLong', line: 3, params: { line: 3, limit: 1000 } });
    expect((error as FitplotError).message).toBe(
      'long.csv, line 3: the line is longer than 1,000 characters, the longest record Fitplot reads.',
    );
  });

  it('with a quote left open across lines names where the quote opened', () => {
    const error = read(`a,b\n1,"open\n${'2,3\n'.repeat(20_000)}`);
    expect(error).toMatchObject({
      code: 'UNTERMINATED_QUOTE',
      key: 'load.quoteTooLong',
      line: 2,
      params: { line: 2, character: 3, limit: 1000 },
    });
  });

  it('a record within the limit is read', () => {
    expect(read(`a,b\n1,${'x'.repeat(900)}\n`)).toBeUndefined();
  });
});
