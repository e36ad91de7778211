/**
 * A generated 1,000,000-row CSV (~48 MB, written to the OS temp folder in pieces, never held as one
 * string): the answers match sums computed while generating, and memory stays bounded.
 *
 * Memory bound: we force a full GC and sample live V8 heap + ArrayBuffer memory (process.memoryUsage
 * heapUsed + arrayBuffers; rss would also count freed-but-unreturned pages and the test runner)
 * every 100 ms during the load (onProgress) and after it, and require the peak growth to be at
 * most the table itself plus a fixed 24 MB working set: the 64 KiB text rounds, dictionaries of at
 * most 65,536 strings per column while they are kept, the values array built for a dictionary-mode
 * number column (8 MB at 1 M rows; typed-mode columns become the table in place), and buffers V8
 * has released but frees on a background thread after a GC. That bound does not grow with
 * the text: holding the text as a JS string would add ≥ 48 MB here, and PapaParse row arrays for
 * 1 M rows several times more. We also check the brief's ceiling, growth < 2 × the text size.
 */
import { createWriteStream, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileSource } from '../../../src/node/fileSource';
import { loadTable } from '../../../src/io/loadTable';
import type { LoadResult } from '../../../src/io/types';
import type { BooleanColumn, DatetimeColumn, DictionaryColumn, NumberColumn } from '../../../src/table/types';
import './sources';

const ROWS = 1_000_000;
const path = join(tmpdir(), `fitplot-large-${process.pid}.csv`);
const LINES = ['A', 'B', 'C', 'D', 'E'];
const T0 = Date.UTC(2024, 0, 1);

const expected = { tempSum: 0, pressureSum: 0, okCount: 0, missingTemp: 0, lineCounts: [0, 0, 0, 0, 0], lastTs: 0 };

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
function stamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

async function generate(): Promise<void> {
  const out = createWriteStream(path);
  const write = (text: string) => new Promise<void>((resolve) => (out.write(text) ? resolve() : out.once('drain', () => resolve())));
  await write('id,timestamp,line,temp,pressure,ok\n');
  let batch = '';
  for (let i = 0; i < ROWS; i++) {
    // temp: multiples of 1/8, so every partial sum is exact in binary64; every 97th cell missing.
    const tempMissing = i % 97 === 0;
    const temp = ((i * 37) % 2000) / 8 - 100;
    const pressure = 900 + ((i * 7) % 10000) / 100;
    const line = i % 7 < 5 ? i % 7 : 4;
    const ok = i % 3 === 0;
    const ts = T0 + i * 1000;
    if (tempMissing) expected.missingTemp++;
    else expected.tempSum += temp;
    expected.pressureSum += pressure;
    expected.lineCounts[line]!++;
    if (ok) expected.okCount++;
    expected.lastTs = ts;
    batch += `${i + 1},${stamp(ts)},${LINES[line]},${tempMissing ? '' : temp},${pressure},${ok}\n`;
    if (batch.length > 1 << 16) {
      await write(batch);
      batch = '';
    }
  }
  await write(batch);
  await new Promise<void>((resolve) => out.end(resolve));
}

// A full GC before each sample makes the numbers the loader's live memory, not garbage awaiting collection.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const usage = () => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

describe('a 1,000,000-row file', () => {
  let result: LoadResult;
  let size = 0;
  let peakGrowth = 0;
  let seconds = 0;

  beforeAll(async () => {
    await generate();
    size = statSync(path).size;
    const baseline = usage();
    const started = performance.now();
    result = await loadTable(fileSource(path), {
      onProgress: () => {
        peakGrowth = Math.max(peakGrowth, usage() - baseline);
      },
    });
    seconds = (performance.now() - started) / 1000;
    // V8 frees ArrayBuffer backing stores on a background thread after a GC; let it finish before the last sample.
    await new Promise((resolve) => setTimeout(resolve, 100));
    peakGrowth = Math.max(peakGrowth, usage() - baseline);
    console.log(
      `1M rows: ${(size / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s; peak heap+buffers growth ${(peakGrowth / 1e6).toFixed(1)} MB; table ${(result.memoryBytes / 1e6).toFixed(1)} MB`,
    );
  }, 300_000);

  afterAll(() => rmSync(path, { force: true }));

  it('is ≥ 40 MB and reads every row with the right types', () => {
    expect(size).toBeGreaterThan(40e6);
    expect(result.table.rowCount).toBe(ROWS);
    expect(result.columns.map((c) => c.type)).toEqual(['number', 'datetime', 'category', 'number', 'number', 'boolean']);
    expect(result.warnings).toEqual([]);
  });

  it('matches the sums and counts computed while generating', () => {
    const [id, ts, line, temp, pressure, ok] = result.table.columns as [
      NumberColumn,
      DatetimeColumn,
      DictionaryColumn,
      NumberColumn,
      NumberColumn,
      BooleanColumn,
    ];
    let idSum = 0;
    let tempSum = 0;
    let pressureSum = 0;
    let okCount = 0;
    for (let i = 0; i < ROWS; i++) {
      idSum += id.values[i]!;
      if (!temp.missing[i]) tempSum += temp.values[i]!;
      pressureSum += pressure.values[i]!;
      okCount += ok.values[i]!;
    }
    expect(idSum).toBe((ROWS * (ROWS + 1)) / 2);
    expect(tempSum).toBe(expected.tempSum);
    expect(Math.abs(pressureSum - expected.pressureSum)).toBeLessThan(1e-9 * expected.pressureSum);
    expect(okCount).toBe(expected.okCount);
    expect(result.columns[3]?.missing).toBe(expected.missingTemp);
    expect(ts.values[ROWS - 1]).toBe(expected.lastTs);
    expect(line.dictionary).toEqual(['A', 'B', 'C', 'D', 'E']);
    const counts = [0, 0, 0, 0, 0];
    for (let i = 0; i < ROWS; i++) counts[line.codes[i]!]!++;
    expect(counts).toEqual(expected.lineCounts);
  });

  it('keeps memory bounded: peak live growth ≤ table + 24 MB (and < 2 × text), table memory reported', () => {
    // 1 M × (id 9 + timestamp 9 + temp 9 + pressure 9 + line 5 + ok 2) bytes + 5 short strings, plus at most
    // 1/8 spare capacity where the loader's growable arrays are handed over as views (counted in full).
    expect(result.memoryBytes).toBeGreaterThanOrEqual(ROWS * 43 + 5 * 26);
    expect(result.memoryBytes).toBeLessThanOrEqual(ROWS * 43 * 1.125 + 5 * 26);
    expect(peakGrowth).toBeLessThan(result.memoryBytes + 24e6);
    expect(peakGrowth).toBeLessThan(2 * size);
  });
});
