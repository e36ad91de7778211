/**
 * Differential test of the two-worker load (src/cli/splitLoad.ts): the file is read by two real
 * worker threads (src/worker/nodeWorker.ts, bundled for the test as the CLI build bundles it) and
 * the merged LoadResult must equal the single-thread one — every report field, warning, header and
 * every column's arrays byte for byte, memoryBytes included. The size threshold is lowered so
 * small files split, and the cut is moved onto a CR, an LF and a line start of a CRLF file whose
 * halves see categories in different first-seen orders, strays and text-forcing shapes late, and
 * columns that drop their dictionaries in one half only.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileSource } from '../../../src/node/fileSource';
import { generateSensorCsv } from '../../../src/cli/generate/sensorCsv';
import { registerNodeDecoders } from '../../../src/node/nodeDecoders';
import { runCli } from '../../../src/cli/run';
import { splitFirstPass, splitOffset } from '../../../src/cli/splitLoad';
import type { SplitOptions } from '../../../src/cli/splitLoad';
import { loadTable } from '../../../src/io/loadTable';
import type { LoadOptions, LoadResult } from '../../../src/io/types';
import type { Column } from '../../../src/table/types';
import { captureIO } from '../../helpers/cliIO';

const dir = mkdtempSync(join(tmpdir(), 'fitplot-split-'));
const workerPath = join(dir, 'nodeWorker.cjs');

beforeAll(async () => {
  registerNodeDecoders();
  await build({
    entryPoints: [join(__dirname, '../../../src/worker/nodeWorker.ts')],
    outfile: workerPath,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
}, 60_000);

function bytesOf(array: ArrayBufferView): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('hex');
}

/** Everything observable except timing: columns with their arrays as bytes. */
function observable(result: LoadResult): unknown {
  const { elapsedMs: _elapsed, table, ...rest } = result;
  const columns = table.columns.map((column: Column) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(column))
      out[key] = ArrayBuffer.isView(value) ? `${value.constructor.name}:${bytesOf(value)}` : value;
    return out;
  });
  return { ...rest, rowCount: table.rowCount, columns };
}

/** Loads `path` in one thread and in two workers, compares, and returns the split (undefined if none happened). */
async function compare(
  path: string,
  options: LoadOptions = {},
  split: SplitOptions = {},
): Promise<{ offset: number; rows: readonly [number, number] } | undefined> {
  const single = await loadTable(fileSource(path), options);
  let seen: { offset: number; rows: readonly [number, number] } | undefined;
  const two = await loadTable(
    fileSource(path),
    options,
    splitFirstPass(path, { workerPath, minBytes: 0, onSplit: (s) => (seen = s), ...split }),
  );
  expect(observable(two)).toEqual(observable(single));
  return seen;
}

/**
 * A CRLF file of 6,000 records. Halves differ: `cat` meets b, a in the first and d, c in the second;
 * `num` has strays in both (the first five examples come from both, with file line numbers);
 * `code` has a leading zero only late; `wide` has > 256 distinct numbers only in the second half
 * (that half drops its dictionary, the first keeps it); `late` is numeric in the first half and
 * mostly words in the second (text: re-read); `id` is text with thousands of distinct values.
 */
function edgeFile(): string {
  const lines = ['t,cat,num,code,wide,late,id'];
  for (let i = 0; i < 6000; i++) {
    const second = i >= 3000;
    const t = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString().slice(0, 19);
    const cat = second ? ['d', 'c', 'a', 'b'][i % 4] : ['b', 'a'][i % 2];
    const num = i % 997 === 5 ? 'x' : i % 50 === 0 ? '' : String((i * 37) % 101);
    const code = i === 4500 ? '007' : String(i % 40);
    const wide = second ? String(i * 1.5) : String(i % 10);
    const late = second && i % 3 !== 0 ? `w${i % 7}` : String(i);
    lines.push(`${t},${cat},${num},${code},${wide},${late},id${(i * 7919) % 5003}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe('two-worker load = single-thread load', () => {
  it('a generated sensor CSV (25 columns, 2 % empty cells) cut in the middle', async () => {
    const path = join(dir, 'sensors.csv');
    const chunks = [...generateSensorCsv({ targetBytes: 1_500_000, seed: 7 })];
    writeFileSync(path, Buffer.concat(chunks));
    const split = await compare(path);
    expect(split).toBeDefined();
    const [first, second] = split?.rows ?? [0, 0];
    expect(first).toBeGreaterThan(1000);
    expect(second).toBeGreaterThan(1000);
    // The cut is a line start: the byte before it is a line feed.
    expect(readFileSync(path)[(split?.offset ?? 0) - 1]).toBe(0x0a);
  }, 60_000);

  it('cuts on a CR, on its LF and just after a CRLF; dictionaries, strays and shapes that differ between halves', async () => {
    const path = join(dir, 'edge.csv');
    const text = edgeFile();
    writeFileSync(path, text);
    const cr = text.indexOf('\r\n', text.length / 2);
    for (const cutNear of [cr, cr + 1, cr + 2]) {
      const split = await compare(path, {}, { cutNear });
      // From a CR or its LF the cut is just after that LF; from a line start, after the next line's LF.
      expect(split?.offset).toBe(cutNear <= cr + 1 ? cr + 2 : text.indexOf('\r\n', cr + 2) + 2);
    }
    const single = await loadTable(fileSource(path));
    expect(single.columns.map((c) => c.type)).toEqual(['datetime', 'category', 'number', 'category', 'number', 'text', 'text']);
    const cat = single.table.columns[1];
    expect(cat?.type === 'category' && cat.dictionary).toEqual(['b', 'a', 'd', 'c']);
    // Strays at i = 5, 1002, 1999, 2996, 3993, 4990, 5987; record i is on line i + 2.
    expect(single.warnings.find((w) => w.code === 'INVALID_CELLS')?.lines).toEqual([7, 1004, 2001, 2998, 3995]);
    expect(single.columns[3]?.reason).toContain('line 4502');
  }, 60_000);

  it('rows after the sample much shorter than in it: the arrays outgrow the estimate and the merge copies them', async () => {
    const path = join(dir, 'grow.csv');
    const lines = ['note,x,cat'];
    // 1,500 rows of ~80 bytes in the sample, then 40,000 of ~12: the row estimate is ~6× short.
    for (let i = 0; i < 41_500; i++)
      lines.push(
        i < 1500 ? `${'n'.repeat(60)}${i % 3},${i * 0.25},${['p', 'q'][i % 2]}` : `s${i % 5},${i % 700},${['r', 'q', 'p'][i % 3]}`,
      );
    writeFileSync(path, `${lines.join('\n')}\n`);
    expect(await compare(path)).toBeDefined();
  }, 60_000);

  it('passes the options to the workers (numeric missing tokens, forced types)', async () => {
    const path = join(dir, 'edge.csv');
    writeFileSync(path, edgeFile().replace(/,x,/g, ',-999,'));
    expect(await compare(path, { missingTokens: ['-999'], columnTypes: { cat: 'text', wide: 'text' } })).toBeDefined();
  }, 60_000);

  it('float32 storage while reading: parts merge into the single-thread table and precision warnings', async () => {
    const path = join(dir, 'sensors32.csv');
    writeFileSync(path, Buffer.concat([...generateSensorCsv({ targetBytes: 1_500_000, seed: 8 })]));
    expect(await compare(path, { float32: true })).toBeDefined();
    const r = await loadTable(fileSource(path), { float32: true }, splitFirstPass(path, { workerPath, minBytes: 0 }));
    expect(r.warnings.filter((w) => w.code === 'FLOAT32_PRECISION').length).toBeGreaterThan(10);
    const edge = join(dir, 'edge32.csv');
    writeFileSync(edge, edgeFile());
    expect(await compare(edge, { float32: true })).toBeDefined();
  }, 60_000);

  it('a file with a quote in its second half takes the general path, as in one thread', async () => {
    const path = join(dir, 'quoted.csv');
    const lines = ['a,b'];
    for (let i = 0; i < 20_000; i++) lines.push(i === 15_000 ? '"q, uoted",1' : `r${i % 9},${i}`);
    writeFileSync(path, `${lines.join('\n')}\n`);
    expect(await compare(path)).toBeUndefined();
    expect((await loadTable(fileSource(path))).fastPath).toBe(false);
  }, 60_000);

  it('a worker that cannot start: the single-thread fast pass runs instead', async () => {
    const path = join(dir, 'edge.csv');
    writeFileSync(path, edgeFile());
    expect(await compare(path, {}, { workerPath: join(dir, 'missing.cjs') })).toBeUndefined();
  }, 60_000);
});

describe('splitOffset', () => {
  it('returns the offset after the first line feed at or after the position, or undefined at the end', () => {
    const path = join(dir, 'lines.csv');
    writeFileSync(path, 'ab\r\ncd\nef');
    expect(splitOffset(path, 10, 0)).toBe(4);
    expect(splitOffset(path, 10, 3)).toBe(4);
    expect(splitOffset(path, 10, 4)).toBe(7);
    expect(splitOffset(path, 10, 7)).toBeUndefined();
  });
});

describe('fitplot describe --workers', () => {
  it('accepts 1 or 2 and gives the same report; rejects other counts', async () => {
    const path = join(dir, 'edge.csv');
    writeFileSync(path, edgeFile());
    const one = captureIO();
    const two = captureIO();
    expect(await runCli(['describe', path, '--json', '--workers', '1'], one)).toBe(0);
    expect(await runCli(['describe', path, '--json', '--workers', '2'], two)).toBe(0);
    expect(two.out()).toBe(one.out());
    const bad = captureIO();
    expect(await runCli(['describe', path, '--workers', '3'], bad)).not.toBe(0);
    expect(bad.err()).toContain('--workers must be 1 or 2');
  }, 60_000);
});
