import { describe, expect, it } from 'vitest';
import { loadTable } from '../../../src/io/loadTable';
import type { ByteSource } from '../../../src/io/types';
import { FitplotError } from '../../../src/table/errors';
import { bytesSource, fixtureBytes, load } from './sources';

async function failure(promise: Promise<unknown>): Promise<FitplotError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FitplotError);
  return error as FitplotError;
}

describe('bad input is a FitplotError naming the file', () => {
  it('0 bytes → EMPTY_FILE', async () => {
    const error = await failure(load(new Uint8Array(0), {}, { name: 'empty.csv' }));
    expect(error).toMatchObject({ code: 'EMPTY_FILE', file: 'empty.csv' });
    expect(error.message).toBe('empty.csv is empty (0 bytes).');
  });

  it('only blank lines → EMPTY_FILE', async () => {
    expect(await failure(load('\n\r\n  \n'))).toMatchObject({ code: 'EMPTY_FILE' });
  });

  it.each([
    ['image.png', /looks like a PNG image/],
    // A workbook is read as one by its .xlsx name (tests/unit/io/xlsx.test.ts); under another name it is a ZIP.
    ['workbook.xlsx', /looks like a ZIP archive/],
  ])('%s → BINARY_FILE from the first chunk', async (fixture, why) => {
    const name = fixture.replace(/\.xlsx$/, '.csv');
    const source = bytesSource(fixtureBytes(fixture), { name });
    const error = await failure(loadTable(source));
    expect(error).toMatchObject({ code: 'BINARY_FILE', file: name });
    expect(error.message).toMatch(why);
    expect(error.hint).toMatch(/CSV/);
  });

  it('NUL bytes that are not a UTF-16 pattern, or many control bytes → BINARY_FILE', async () => {
    const nul = new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0x31, 0, 0, 0, 0x32, 0x0a, 0xff, 0, 0x12, 0x34]);
    expect((await failure(load(nul))).message).toMatch(/NUL bytes \(first at byte 5\)/);
    const control = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect((await failure(load(control))).message).toMatch(/control characters/);
  });

  it('TOO_LARGE before reading when the size alone exceeds the memory limit', async () => {
    const source = bytesSource('a,b\n1,2\n', { name: 'big.csv' });
    const error = await failure(loadTable({ ...source, size: 5e9, open: source.open }, { memoryLimitBytes: 1e9 }));
    expect(error).toMatchObject({ code: 'TOO_LARGE', file: 'big.csv' });
    expect(source.opens).toBe(0);
    expect(error.message).toMatch(/5,000 MB .* 1,000 MB/);
  });

  it('TOO_LARGE after the first 64 KiB when the cell density says the table will not fit', async () => {
    // 1-digit cells: ~0.5 cells per byte → ~5 bytes of table per byte of text.
    const text = 'a,b,c,d\n' + '1,2,3,4\n'.repeat(20000);
    const source = bytesSource(text);
    const error = await failure(loadTable(source, { memoryLimitBytes: 2 * text.length }));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/cells per byte/);
    // The same file loads with enough memory.
    expect((await loadTable(source, { memoryLimitBytes: 10 * text.length })).table.rowCount).toBe(20000);
  });

  it('a source that cannot be opened or read → UNREADABLE', async () => {
    const throwsOnOpen: ByteSource = {
      name: 'gone.csv',
      open() {
        throw new Error('ENOENT: no such file');
      },
    };
    expect(await failure(loadTable(throwsOnOpen))).toMatchObject({
      code: 'UNREADABLE',
      file: 'gone.csv',
      message: 'gone.csv could not be read: ENOENT: no such file.',
    });
    const failsMidway: ByteSource = {
      name: 'usb.csv',
      async *open() {
        yield new TextEncoder().encode('a,b\n1,2\n');
        throw new Error('EIO: i/o error');
      },
    };
    expect(await failure(loadTable(failsMidway))).toMatchObject({
      code: 'UNREADABLE',
      message: 'usb.csv could not be read: EIO: i/o error.',
    });
  });

  it('options are checked: maxRows and columnTypes for unknown columns → BAD_OPTION', async () => {
    expect(await failure(load('a\n1\n', { maxRows: -1 }))).toMatchObject({ code: 'BAD_OPTION' });
    const error = await failure(load('a,b\n1,2\n', { columnTypes: { c: 'text' } }));
    expect(error).toMatchObject({ code: 'BAD_OPTION' });
    expect(error.message).toMatch(/"c" .* Columns: "a", "b"/);
  });
});
