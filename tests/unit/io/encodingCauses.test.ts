/**
 * Encoding detection that names the real cause (issue 15): UTF-16 without a BOM that is mostly
 * Hangul, UTF-8 with a damaged byte, an encoding guess no decoder here reads, NUL bytes after the
 * detection sample. Each failed before: refused as binary, read as CP949 mojibake, "encoding
 * utf-32le is not known … or leave the encoding out" with no encoding given, a NUL kept silently.
 */
import { describe, expect, it } from 'vitest';
import { guessLegacyEncoding, sniffEncoding } from '../../../src/io/sniff';
import { FitplotError } from '../../../src/table/errors';
import { columnsOf, load } from './sources';

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(2 * i, text.charCodeAt(i), littleEndian);
  return out;
}

function utf32le(text: string): Uint8Array {
  const points = [...text].map((ch) => ch.codePointAt(0) as number);
  const out = new Uint8Array(points.length * 4);
  const view = new DataView(out.buffer);
  points.forEach((p, i) => view.setUint32(4 * i, p, true));
  return out;
}

async function failure(promise: Promise<unknown>): Promise<FitplotError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FitplotError) return error;
    throw error;
  }
  throw new Error('expected a FitplotError');
}

/** A sensor log in Korean: 2 ASCII characters (delimiter, line end) for every 14 Hangul, so ~12 % of the pairs have a NUL. */
const HANGUL_LOG =
  '측정소이름,운전상태설명\n' +
  Array.from({ length: 300 }, (_, i) => `서울특별시중구${'가나다라마바사'[i % 7]},정상운전중입니다\n`).join('');

describe('UTF-16 without a BOM', () => {
  it.each([
    ['utf-16le', true],
    ['utf-16be', false],
  ])('mostly Hangul is detected as %s, not refused as binary', async (encoding, littleEndian) => {
    const result = await load(utf16(HANGUL_LOG, littleEndian));
    expect(result).toMatchObject({ encoding, encodingSource: 'nul-pattern', headers: ['측정소이름', '운전상태설명'] });
    expect(result.table.rowCount).toBe(300);
    expect(columnsOf(result)['측정소이름']?.slice(0, 2)).toEqual(['서울특별시중구가', '서울특별시중구나']);
    expect(result.warnings).toEqual([]);
  });

  it('binary bytes with NULs only at odd positions are still binary', () => {
    // A fixed pseudo-random sequence (LCG): even bytes never 0, every 16th odd byte 0.
    let state = 12345;
    const bytes = new Uint8Array(4096).map((_, i) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      if (i % 2 === 1 && i % 32 === 1) return 0;
      return 1 + ((state >>> 16) % 255);
    });
    expect(sniffEncoding(bytes)).toMatchObject({ binary: { key: 'load.binary.nul' } });
  });
});

describe('UTF-8 with a damaged byte', () => {
  it('is read as UTF-8 with the bad byte reported, not as CP949 mojibake', async () => {
    const good = new TextEncoder().encode('name,value\n' + 'café crème brûlée,1\n'.repeat(50));
    const broken = new Uint8Array([...good.subarray(0, 100), 0xff, ...good.subarray(100)]);
    const result = await load(broken);
    expect(result).toMatchObject({ encoding: 'utf-8', encodingSource: 'detector' });
    expect(columnsOf(result).name?.[0]).toBe('café crème brûlée');
    expect(result.warnings.map((w) => [w.code, w.key])).toEqual([
      ['ENCODING_DOUBTFUL', 'load.encodingDoubt.brokenUtf8'],
      ['REPLACEMENT_CHARACTERS', 'load.replacementCharacters'],
    ]);
    expect(result.warnings[0]?.message).toBe(
      'test.csv: the file is UTF-8, but 1 byte sequence(s) in its first part are not valid UTF-8 and show as "\uFFFD" (the file may be damaged). If text looks wrong, choose the encoding explicitly.',
    );
    expect(result.warnings[0]?.message).not.toMatch(/not UTF-8/);
  });
});

describe('an encoding guess no decoder here reads', () => {
  const u32 = utf32le('1,café naïve résumé\n'.repeat(200));

  it('is reported as such by the guess (not passed on as an encoding to use)', () => {
    expect(guessLegacyEncoding(u32)).toMatchObject({
      encoding: 'utf-32le',
      unsupported: { key: 'load.encodingGuessUnsupported', params: { encoding: 'utf-32le' } },
    });
  });

  it('refuses a file that turns into UTF-32 after a UTF-8 start without telling the user to leave out an encoding they never gave', async () => {
    const head = 'id,name\n' + 'x'.repeat(64 * 1024 - 9) + '\n';
    const bytes = new Uint8Array([...new TextEncoder().encode(head), ...u32]);
    const error = await failure(load(bytes));
    expect(error).toMatchObject({
      code: 'ENCODING',
      key: 'load.encodingGuessUnsupported',
      file: 'test.csv',
      params: { encoding: 'utf-32le' },
    });
    expect(error.message).toMatch(/^test\.csv looks like utf-32le text \(a guess, \d+ % confidence\), which Fitplot cannot read\.$/);
    expect(`${error.message} ${error.hint}`).not.toMatch(/leave the encoding out/);
  });
});

describe('NUL bytes after the detection sample', () => {
  const head = 'id,label\n' + Array.from({ length: 10000 }, (_, i) => `${i},ok`).join('\n') + '\n';

  it.each([
    ['the fast path', {}],
    ['the general path', { fastPath: false }],
  ])('are removed from the cells and reported with their lines (%s)', async (_, options) => {
    const bytes = new Uint8Array([...new TextEncoder().encode(head + '10000,o\0k\n10001,ok\n')]);
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    const result = await load(bytes, options);
    expect(result.table.rowCount).toBe(10002);
    expect(columnsOf(result).label?.[10000]).toBe('ok');
    expect(result.warnings.map((w) => ({ code: w.code, key: w.key, count: w.count, lines: w.lines }))).toEqual([
      { code: 'NUL_BYTES', key: 'load.nulBytes', count: 1, lines: [10002] },
    ]);
  });

  it('a tail of NULs (a file cut short by a crash) becomes a skipped blank line, reported', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(head), ...new Uint8Array(5000)]);
    const result = await load(bytes);
    expect(result.table.rowCount).toBe(10000);
    expect(result.warnings.map((w) => [w.code, w.count])).toEqual([
      ['NUL_BYTES', 5000],
      ['BLANK_LINES', 1],
    ]);
  });
});
