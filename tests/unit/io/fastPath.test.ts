/**
 * Differential test: the byte fast path (src/io/fast) and the general PapaParse path give the same
 * LoadResult — every report field, warning and header, and every column's typed arrays byte for
 * byte (so NaN payloads, -0 and missing masks count) — on the whole fixture corpus, the shipped
 * samples, hand-picked edge cases and random CSV files. It also checks which path ran, so the
 * comparison is not vacuous: eligible inputs must take the fast path, the rest must fall back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LoadOptions, LoadResult } from '../../../src/io/types';
import type { Column } from '../../../src/table/types';
import { FIXTURES, load } from './sources';

function bytesOf(array: ArrayBufferView): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('hex');
}

function columnBytes(column: Column): Record<string, unknown> {
  const { missing, ...rest } = column;
  const out: Record<string, unknown> = { missing: bytesOf(missing) };
  for (const [key, value] of Object.entries(rest))
    out[key] = ArrayBuffer.isView(value) ? `${value.constructor.name}:${bytesOf(value)}` : value;
  return out;
}

/** Everything observable except timing and which path ran. */
function observable(result: LoadResult): unknown {
  const { elapsedMs: _elapsed, fastPath: _fast, table, ...rest } = result;
  return { ...rest, rowCount: table.rowCount, columns: table.columns.map(columnBytes) };
}

async function outcome(bytes: Uint8Array, options: LoadOptions, chunkSize: number): Promise<{ value: unknown; fast: boolean }> {
  try {
    const result = await load(bytes, options, { chunkSize });
    return { value: observable(result), fast: result.fastPath === true };
  } catch (error) {
    return { value: { error: (error as { code?: string }).code, message: (error as Error).message }, fast: false };
  }
}

/** Loads both ways and compares; returns whether the fast path ran. */
async function same(bytes: Uint8Array, options: LoadOptions = {}, chunkSize = 64 * 1024): Promise<boolean> {
  const general = await outcome(bytes, { ...options, fastPath: false }, chunkSize);
  const fast = await outcome(bytes, options, chunkSize);
  expect(general.fast).toBe(false);
  expect(fast.value).toEqual(general.value);
  return fast.fast;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('fast path = general path', () => {
  const corpus = [
    ...readdirSync(FIXTURES).map((name) => new URL(name, FIXTURES)),
    ...readdirSync(new URL('../../../assets/samples/', import.meta.url))
      .filter((name) => name.endsWith('.csv'))
      .map((name) => new URL(`../../../assets/samples/${name}`, import.meta.url)),
  ];
  it.each(corpus.map((url) => [url.pathname.split('/').slice(-2).join('/'), url] as const))('%s', async (_name, url) => {
    await same(new Uint8Array(readFileSync(url)));
  });

  it('takes the fast path on the plain samples (so the corpus comparison is not vacuous)', async () => {
    for (const name of ['diabetes.csv', 'breast_cancer.csv', 'plant_sensors.csv']) {
      expect(await same(new Uint8Array(readFileSync(new URL(`../../../assets/samples/${name}`, import.meta.url))))).toBe(true);
    }
  });

  const eligible: [string, string][] = [
    ['LF, numbers in every notation', 'a,b,c\n1,-0,1e5\n+2.5,.5,1.\n-1.25E-3,0.000,1e400\n12345678901234567,9007199254740993,1e-400\n'],
    ['CRLF, no final line break', 'a,b\r\n1,x\r\n2,y\r\n3,z'],
    ['header only', 'a,b,c\n'],
    ['header only, no line break', 'a,b'],
    ['leading zeros kept as text', 'id,v\n007,1\n008,2\n010,3\n'],
    ['codes like 1E5 among integers', 'code,v\n1E5,1\n200,2\n3E7,3\n'],
    ['missing tokens and strays', 'x,y\n1,NA\nN/A,2\nnull,-\nNULL,oops\n5,6\n,7\n'],
    ['NaN and Inf spelled out, booleans', 'x,y,z\nNaN,true,Inf\n1,FALSE,-Infinity\n2,yes,+inf\n'],
    [
      'datetimes in several layouts',
      't,u,v\n2024-01-02,2024/01/02 03:04,2024-01-02T03:04:05.123Z\n2024-02-29,2024/12/31 23:59,2024-01-02T03:04:05+09:00\n',
    ],
    ['invalid dates', 't,v\n2024-02-30,1\n2024-01-01,2\n'],
    ['spaces around cells', 'a,b\n 1 ,x \n2, y\n'],
    ['tab delimiter with grouped numbers', 'a\tb\n1,234.5\tx\n2,000\ty\n'],
    ['pipe delimiter', 'a|b\n1|2\n3|4\n'],
    ['duplicate and empty header names', 'a,a,,b\n1,2,3,4\n'],
    ['Korean header', '이름,값\nx,1\ny,2\n'],
    [
      'Korean categories, emoji, NBSP-padded numbers, a U+FEFF inside a cell',
      '라인,상태,v\n가,정상,\u00a01.5\n나,😀,2\n가,\ufeff정상,3\n다,똠햏뷁,4\n',
    ],
  ];
  it.each(eligible)('%s (fast path)', async (_name, text) => {
    expect(await same(utf8(text))).toBe(true);
  });

  const fallbacks: [string, string | Uint8Array][] = [
    ['a quote after many plain rows', `a,b\n${'1,2\n'.repeat(5000)}"x",3\n`],
    ['a U+FFFD in a cell', 'a,b\n1,2\n3,\ufffd\n'],
    [
      'invalid UTF-8 after a BOM (the general decoder replaces it)',
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a,b\n1,2\n3,'), 0xff, 0x0a]),
    ],
    ['a blank line', 'a,b\n1,2\n\n3,4\n'],
    ['a whitespace-only line', 'a,b\n1,2\n  \n3,4\n'],
    ['a short row', 'a,b,c\n1,2,3\n4,5\n'],
    ['a long row', 'a,b\n1,2\n3,4,5\n'],
    ['a stray CR', 'a,b\n1,2\r3\n4,5\n'],
    ['CR-only line ends', 'a,b\r1,2\r3,4\r'],
    ['decimal comma (semicolon)', 'a;b\n1,5;2\n'],
    ['one column', 'a\n1\n2\n'],
    ['a blank first line', '\na,b\n1,2\n'],
    ['UTF-16', new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b\n1,2\n', 'utf16le')]))],
    ['UTF-8 becoming invalid late', new Uint8Array([...utf8(`a,b\n${'1,2\n'.repeat(20000)}`), 0xc1, 0xf3, 0x2c, 0x31, 0x0a])],
  ];
  it.each(fallbacks)('%s (falls back)', async (_name, data) => {
    expect(await same(typeof data === 'string' ? utf8(data) : data)).toBe(false);
  });

  // Line ends found by the cell scans (no separate search for the LF): every place a CR or LF can
  // fall, checked for equal results whichever path takes them, and at every chunk cut.
  const lineEnds: [string, string][] = [
    ['CRLF after a number, a text cell, an empty last cell', 'a,b,c\r\n1,x,2\r\n3,y,\r\n4,z,5.5\r\n'],
    ['a final CR without LF', 'a,b\n1,2\n3,4\r'],
    ['a final CR after a text cell', 'a,b\n1,x\n3,y\r'],
    ['a blank CRLF line', 'a,b\r\n1,2\r\n\r\n3,4\r\n'],
    ['a short row ending in CRLF', 'a,b,c\r\n1,2,3\r\n4,5\r\n6,7,8\r\n'],
    ['a long row ending in CRLF', 'a,b\r\n1,2\r\n3,4,5\r\n'],
    ['a CR after a number mid-line', 'a,b,c\n1,2\r,3\n'],
    ['a CR after the last number, not before LF', 'a,b\n1,2\r3,4\n5,6\n'],
    ['a CR inside a text cell', 'a,b\n1,x\ry\n'],
    ['an empty first cell and an empty last cell', 'a,b\n,1\n2,\n,\n'],
  ];
  it.each(lineEnds)('%s (same result)', async (_name, text) => {
    for (const chunkSize of [1, 2, 3, 5, 64 * 1024]) await same(utf8(text), {}, chunkSize);
  });

  it('honours options (missing tokens that look like numbers, forced types, float32, fastPath: false)', async () => {
    const text = utf8('id,v,w\n007,-999,1.5\n8,2,2.25\n9,-999,0.1\n');
    expect(await same(text, { missingTokens: ['-999', ''] })).toBe(true);
    expect(await same(text, { columnTypes: { v: 'text' } })).toBe(true);
    expect(await same(text, { float32: true })).toBe(true);
    expect(await same(text, { header: false })).toBe(false);
    expect(await same(text, { maxRows: 1 })).toBe(false);
  });

  it('columns past the dictionary limit (typed mode, numbers parsed from bytes), with strays and text-forcing shapes late', async () => {
    const rows = ['t,x,y,code,cat,u'];
    // Every datetime layout the parser knows, plus near misses, for the byte datetime parser in typed mode.
    const layouts = [
      (iso: string) => iso,
      (iso: string) => iso.slice(0, 10),
      (iso: string) => iso.slice(0, 10).replace(/-/g, '/') + iso.slice(10, 16).replace('T', ' '),
      (iso: string) => `${iso.slice(0, 19)}+09:30`,
      (iso: string) => `${iso.slice(0, 19)}-0500`,
      (iso: string) => `${iso.slice(0, 19)}+02`,
      (iso: string) => `${iso.slice(0, 22)}`,
      (iso: string) => `${iso.slice(0, 19)}.123456789`,
    ];
    // Near misses, under 1 % of the cells so the column stays datetime and they show as invalid cells.
    const misses = [
      (iso: string) => `${iso.slice(0, 19)}.1234567890`,
      (iso: string) => `${iso.slice(0, 8)}31`,
      (iso: string) => `${iso.slice(0, 13)}:60`,
      (iso: string) => `${iso.slice(0, 17)}60`,
      (iso: string) => `${iso.slice(0, 19)}+19`,
      (iso: string) => `${iso.slice(0, 19)}Z0`,
    ];
    for (let i = 0; i < 140_000; i++) {
      const iso = new Date(Date.UTC(2000, 0, 1) + i * 7_777_777).toISOString();
      const t = new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString().replace('T', ' ').slice(0, 19);
      const u =
        i % 211 === 0
          ? (misses[(i / 211) % misses.length] as (iso: string) => string)(iso)
          : (layouts[i % layouts.length] as (iso: string) => string)(iso);
      const x = i % 97 === 0 ? '' : i === 120_000 ? 'broken' : ((i * 7919) % 1_000_003) / 1000 - 500;
      const y = i % 1000 === 0 ? '1e-7' : `${i}.${i % 10}e${(i % 7) - 3}`;
      const code = i === 130_000 ? '0012' : String(i * 3);
      rows.push(`${t},${x},${y},${code},${['A', 'B', 'C'][i % 3]},${u}`);
    }
    expect(await same(utf8(`${rows.join('\n')}\n`))).toBe(true);
  }, 60_000);

  it('rows after the sample much shorter or longer than in it (the row estimate that sizes the columns is far off)', async () => {
    const short = Array.from({ length: 3000 }, (_, i) => `${i},${i % 7}`);
    const long = Array.from({ length: 3000 }, (_, i) => `${i * 1e-9 + 123456789.123456},${'x'.repeat(i % 50)}${i % 5}`);
    // Long rows first, then many short ones: the estimate is far too short and the arrays grow.
    expect(await same(utf8(`a,b\n${long.join('\n')}\n${`${short.join('\n')}\n`.repeat(30)}`))).toBe(true);
    // Short rows first, then long ones: the estimate is far too long and the columns are trimmed.
    expect(await same(utf8(`a,b\n${`${short.join('\n')}\n`.repeat(8)}${long.join('\n')}\n`))).toBe(true);
  }, 60_000);

  // Random CSV files: numbers in all notations, datetimes, categories, missing tokens, strays, leading zeros, long integers.
  const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
  const number = fc.oneof(
    fc.double({ noNaN: true }).map(String),
    fc.integer().map(String),
    fc
      .tuple(
        fc.constantFrom('', '-', '+'),
        digits(0, 20),
        fc.constantFrom('', '.'),
        digits(0, 20),
        fc.constantFrom('', 'e', 'E', 'e-', 'e+'),
        digits(0, 4),
      )
      .map((p) => p.join('')),
    digits(16, 25),
    fc.constantFrom('-0', '0.0', '1e22', '1e23', '9007199254740993', '123456789012345.6', '0.1e-22', '4.9e-324', '1.7976931348623157e308'),
  );
  const datetime = fc
    .tuple(
      fc.integer({ min: 1900, max: 2100 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.constantFrom('', ':07', ':07.5', ':07.123Z', 'T', '+09:00'),
    )
    .map(
      ([y, mo, d, h, mi, tail]) =>
        `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}${tail === 'T' ? `T${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}` : ` ${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}${tail}`}`,
    );
  const missingToken = fc.constantFrom('', 'NA', 'N/A', 'NaN', 'null', 'NULL', '-');
  const stray = fc.constantFrom('oops', 'n/a?', 'x1', 'TRUE', 'yes', '1,5', '12:30', '--');
  const category = fc.constantFrom('A', 'B', 'line-1', 'line-2', 'ok', 'fault', '가동', '정지', 'Ünïcode', '\u00a0pad');
  const kind = fc.constantFrom('number', 'datetime', 'category', 'mixed');
  const cellOf = (k: string) =>
    k === 'number'
      ? fc.oneof({ weight: 8, arbitrary: number }, { weight: 1, arbitrary: missingToken }, { weight: 1, arbitrary: stray })
      : k === 'datetime'
        ? fc.oneof({ weight: 8, arbitrary: datetime }, { weight: 1, arbitrary: missingToken }, { weight: 1, arbitrary: stray })
        : k === 'category'
          ? fc.oneof({ weight: 9, arbitrary: category }, { weight: 1, arbitrary: missingToken })
          : fc.oneof(number, datetime, category, missingToken, stray);
  const csvOf = (minRows: number, maxRows: number) =>
    fc
      .array(kind, { minLength: 2, maxLength: 6 })
      .chain((kinds) =>
        fc.tuple(
          fc.constant(kinds),
          fc.array(fc.tuple(...kinds.map(cellOf)), { minLength: minRows, maxLength: maxRows }),
          fc.constantFrom('\n', '\r\n'),
          fc.constantFrom(',', '\t', '|'),
          fc.boolean(),
        ),
      );
  const csv = csvOf(0, 60);

  it('random CSV files', async () => {
    let runs = 0;
    let fast = 0;
    await fc.assert(
      fc.asyncProperty(csv, fc.integer({ min: 1, max: 300 }), async ([kinds, rows, eol, delimiter, finalBreak], chunkSize) => {
        const lines = [kinds.map((k, i) => `${k}${i}`).join(delimiter), ...rows.map((r) => r.join(delimiter))];
        const text = lines.join(eol) + (finalBreak ? eol : '');
        runs++;
        if (await same(utf8(text), { delimiter: delimiter as ',' | '\t' | '|' }, chunkSize)) fast++;
      }),
      { numRuns: 300 },
    );
    // Most random files are plain enough for the fast path (blank-looking rows and the like fall back).
    expect(fast).toBeGreaterThan(runs / 2);
  }, 120_000);

  it('random files long enough for the fast path to drop dictionaries early (typed mode, re-read of text columns)', async () => {
    await fc.assert(
      fc.asyncProperty(csvOf(300, 700), async ([kinds, rows, eol, delimiter, finalBreak]) => {
        const lines = [kinds.map((k, i) => `${k}${i}`).join(delimiter), ...rows.map((r) => r.join(delimiter))];
        await same(utf8(lines.join(eol) + (finalBreak ? eol : '')), { delimiter: delimiter as ',' | '\t' | '|' });
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
