/**
 * Property: the table does not depend on where the byte stream is cut — inside quotes, inside
 * multi-byte UTF-8 / CP949 / UTF-16 characters (and surrogate pairs), between CR and LF, or
 * around the 64 KiB detection sample.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../../../src/io/types';
import { columnsOf, fixtureBytes, load } from './sources';

/** Everything a caller can observe, except timing. */
function observable(result: LoadResult): unknown {
  const { elapsedMs: _elapsed, table, ...rest } = result;
  return { ...rest, rowCount: table.rowCount, types: table.columns.map((c) => c.type), cells: columnsOf(result) };
}

async function outcome(bytes: Uint8Array, cuts: readonly number[], stream = false): Promise<unknown> {
  try {
    return observable(await load(bytes, {}, { cuts, stream }));
  } catch (error) {
    return { error: (error as { code?: string }).code, message: (error as Error).message };
  }
}

const cutsIn = (length: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: Math.max(1, length - 1) }), { maxLength: 24 })
    .map((cuts) => cuts.filter((c) => c < length).sort((a, b) => a - b));

const TRICKY =
  'id,name,note,value\r\n1,"Kim, 똠","said ""hi""\r\nthen left",1.5\r\n2,햏뷁,😀 emoji,2\r\n3,"a\nb",,NA\r\n4,plain,"x;y|z",-4e-2\r\n';

describe('chunk boundaries never change the table', () => {
  it('the tricky input itself reads as intended (so the properties compare real tables)', async () => {
    const r = await load(new TextEncoder().encode(TRICKY), {}, { chunkSize: 1 });
    expect(columnsOf(r)).toEqual({
      id: [1, 2, 3, 4],
      name: ['Kim, 똠', '햏뷁', 'a\nb', 'plain'],
      note: ['said "hi"\r\nthen left', '😀 emoji', null, 'x;y|z'],
      value: [1.5, 2, null, -0.04],
    });
  });

  const inputs: [string, Uint8Array][] = [
    ['UTF-8, CRLF, quotes with delimiters and line breaks, 3- and 4-byte characters', new TextEncoder().encode(TRICKY)],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TRICKY)])],
    ['CP949 with 똠 햏 뷁', new Uint8Array(iconv.encode(TRICKY.replace('😀 ', ''), 'cp949'))],
    ['UTF-16LE with BOM and a surrogate pair', new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TRICKY, 'utf16le')]))],
    [
      'UTF-16BE without BOM',
      new Uint8Array(Buffer.from(Array.from(TRICKY, (ch) => (ch.charCodeAt(0) < 0x80 ? ch : 'x')).join(''), 'utf16le').swap16()),
    ],
    ['CR-only line ends', new TextEncoder().encode('a,b\r1,"x\ry"\r2,z\r')],
    ['unterminated quote', new TextEncoder().encode('a,b\n1,2\n3,"open\n4,5\n')],
    ['malformed quotes ("abc"def)', new TextEncoder().encode('a,b\n1,2\n"abc"def,1\n2,"x"\n3,"y"z\n5,"w"\n')],
    ['the CP949 fixture', fixtureBytes('cp949.csv')],
  ];

  for (const [label, bytes] of inputs) {
    it(`${label}: any cuts give the same result as one chunk`, async () => {
      const whole = await outcome(bytes, []);
      expect(
        await outcome(
          bytes,
          Array.from({ length: bytes.length - 1 }, (_, i) => i + 1),
        ),
      ).toEqual(whole);
      await fc.assert(
        fc.asyncProperty(cutsIn(bytes.length), fc.boolean(), async (cuts, stream) => {
          expect(await outcome(bytes, cuts, stream)).toEqual(whole);
        }),
        { numRuns: 60 },
      );
    });
  }

  it('random CSV content (quotes, delimiters, CR/LF, Hangul) gives identical results under random cuts', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '1', '.', ',', ';', '"', '\n', '\r', ' ', '똠', '가', '😀', '-'), maxLength: 6 });
    const quote = (s: string) => (/[",\r\n]/.test(s) || s.trim() !== s ? `"${s.replace(/"/g, '""')}"` : s);
    const table = fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(table, fc.constantFrom('\n', '\r\n'), fc.nat(), async (rows, eol, seed) => {
        const text = 'p,q,r' + eol + rows.map((r) => r.map(quote).join(',')).join(eol) + eol;
        const bytes = new TextEncoder().encode(text);
        const cuts = Array.from(
          new Set([seed % bytes.length, (seed * 7) % bytes.length, (seed * 13) % bytes.length].filter((c) => c > 0)),
        ).sort((a, b) => a - b);
        expect(await outcome(bytes, cuts)).toEqual(await outcome(bytes, []));
      }),
      { numRuns: 150 },
    );
  });

  it('UTF-8 for the first 64 KiB and CP949 later: the restart decision does not depend on the cuts', async () => {
    const filler = new TextEncoder().encode('id,name\n' + Array.from({ length: 9000 }, (_, i) => `${i},ascii`).join('\n') + '\n');
    const korean = new Uint8Array(
      iconv.encode(Array.from({ length: 200 }, (_, i) => `${9000 + i},똠햏뷁 ${i}`).join('\n') + '\n', 'cp949'),
    );
    const bytes = new Uint8Array([...filler, ...korean]);
    const whole = await outcome(bytes, []);
    expect(whole).toMatchObject({ encoding: 'cp949', rowCount: 9200 });
    const firstKorean = filler.length;
    for (const cuts of [[firstKorean], [firstKorean + 1], [firstKorean - 1, firstKorean + 1], [65_536, firstKorean + 3]])
      expect(await outcome(bytes, cuts)).toEqual(whole);
    await fc.assert(
      fc.asyncProperty(cutsIn(bytes.length), async (cuts) => {
        expect(await outcome(bytes, cuts)).toEqual(whole);
      }),
      { numRuns: 20 },
    );
    expect(await outcome(bytes, [], true)).toEqual(whole);
  });

  it('a file larger than the 64 KiB sample: cuts around the sample end and inside quoted fields', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `${i},"note ${i}, with ""quotes""\r\nand 똠 ${i}",${i * 0.25}`);
    const bytes = new TextEncoder().encode('i,note,x\r\n' + rows.join('\r\n') + '\r\n');
    expect(bytes.length).toBeGreaterThan(70_000);
    const whole = await outcome(bytes, []);
    expect((whole as { rowCount: number }).rowCount).toBe(2500);
    const around = [65_535, 65_536, 65_537];
    for (const cut of around) expect(await outcome(bytes, [cut])).toEqual(whole);
    await fc.assert(
      fc.asyncProperty(cutsIn(bytes.length), async (cuts) => {
        expect(await outcome(bytes, cuts)).toEqual(whole);
      }),
      { numRuns: 25 },
    );
  });
});
