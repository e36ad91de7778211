/**
 * A file that changes while it is read (a logger still appending) is reported (issue 15): before,
 * a last row cut off mid-number (396.9 being written, read as 396) was taken as complete in silence.
 * The source's size is the size when it was opened; the loader compares it with the bytes read.
 */
import { describe, expect, it } from 'vitest';
import { loadTable } from '../../../src/io/loadTable';
import type { ByteSource } from '../../../src/io/types';
import { bytesSource, columnsOf } from './sources';

/** A source that reports `sizeWhenOpened` but serves `text` (what was on disk by the time it was read). */
function changing(text: string, sizeWhenOpened: number): ByteSource {
  return { ...bytesSource(text), size: sizeWhenOpened };
}

describe.each([
  ['the fast path', {}],
  ['the general path', { fastPath: false }],
])('a file that grew during the read (%s)', (_, options) => {
  const text = 't,v\n1,395.5\n2,396';

  it('is reported, and the last row without its line end is reported as possibly cut off', async () => {
    const result = await loadTable(changing(text, 12), options);
    expect(columnsOf(result).v).toEqual([395.5, 396]);
    expect(result.warnings.map((w) => ({ code: w.code, key: w.key, params: w.params }))).toEqual([
      { code: 'FILE_CHANGED', key: 'load.fileChanged', params: { file: 'test.csv', sizeBefore: 12, sizeAfter: text.length } },
      { code: 'FILE_CHANGED', key: 'load.lastLineUnended', params: { file: 'test.csv', line: 3 } },
    ]);
    expect(result.warnings[1]?.message).toBe(
      'test.csv, line 3: the last row has no line end and the file changed while it was read, so the row may be cut off.',
    );
  });

  it('a change that ends with a complete line is reported without the cut-off warning', async () => {
    const result = await loadTable(changing(`${text}.9\n`, 12), options);
    expect(result.warnings.map((w) => w.key)).toEqual(['load.fileChanged']);
  });

  it('an unchanged file without a final line end is read without any warning', async () => {
    expect((await loadTable(bytesSource(text), options)).warnings).toEqual([]);
  });
});
