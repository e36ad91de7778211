/**
 * describe --workers 2 (src/cli/parallelDescribe.ts) against the single-thread describeTable: a
 * real worker thread (src/worker/nodeWorker.ts bundled as the CLI build bundles it) reads the
 * shared table in place. Correlations merged from two row halves may differ in the last bits;
 * every other statistic is the same computation.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileSource } from '../../../src/node/fileSource';
import { generateSensorCsv } from '../../../src/cli/generate/sensorCsv';
import { registerNodeDecoders } from '../../../src/node/nodeDecoders';
import { describeInTwoThreads } from '../../../src/cli/parallelDescribe';
import { loadTable } from '../../../src/io/loadTable';
import { describeTable } from '../../../src/stats/describeTable';
import type { Table } from '../../../src/table/types';

const dir = mkdtempSync(join(tmpdir(), 'fitplot-pdescribe-'));
const workerPath = join(dir, 'nodeWorker.cjs');
const csvPath = join(dir, 'sensors.csv');

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
  writeFileSync(csvPath, Buffer.concat([...generateSensorCsv({ targetBytes: 2_000_000, seed: 3 })]));
}, 60_000);

/** Walks two JSON-like values; numbers must agree to `rtol`, everything else exactly. */
function expectSame(actual: unknown, expected: unknown, rtol: number, path = ''): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const scale = Math.max(Math.abs(expected), Math.abs(actual));
    if (Math.abs(actual - expected) > rtol * scale) expect.fail(`${path}: ${actual} vs ${expected}`);
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    expect(Object.keys(actual as object), path).toEqual(Object.keys(expected));
    for (const key of Object.keys(expected))
      expectSame((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], rtol, `${path}.${key}`);
    return;
  }
  expect(actual, path).toEqual(expected);
}

async function load(sharedMemory: boolean): Promise<Table> {
  return (await loadTable(fileSource(csvPath), { sharedMemory })).table;
}

describe('describe in two threads', () => {
  it('with shared memory every column array lives in a SharedArrayBuffer, and the table is the same', async () => {
    const shared = await load(true);
    const plain = await load(false);
    expect(shared.rowCount).toBeGreaterThan(10_000);
    for (const [i, column] of shared.columns.entries()) {
      const arrays = Object.values(column).filter((v): v is ArrayBufferView => ArrayBuffer.isView(v));
      expect(arrays.length).toBeGreaterThan(0);
      for (const a of arrays) expect(a.buffer, column.name).toBeInstanceOf(SharedArrayBuffer);
      expect(column).toEqual(plain.columns[i]);
    }
  });

  it('gives describeTable’s description (correlations to 1e-13, the rest to the last bit)', async () => {
    const table = await load(true);
    const one = describeTable(table);
    const two = await describeInTwoThreads(table, {}, workerPath, 0);
    const { correlation: c2, ...rest2 } = two;
    const { correlation: c1, ...rest1 } = one;
    expect(rest2).toEqual(rest1);
    expectSame(c2, c1, 1e-13);
    expect(c2.n).toEqual(c1.n);
    expect(c2.columns.length).toBe(22);
    // Not the fallback: correlations merged from two halves differ from one pass's in some last
    // bit (deterministic for this file), which a single-thread run would not.
    expect(c2.pearson).not.toEqual(c1.pearson);
  });

  it('passes the options to the worker (quantiles, bins)', async () => {
    const table = await load(true);
    const options = { quantiles: [0.1, 0.9], bins: 7 };
    const { correlation: _c2, ...two } = await describeInTwoThreads(table, options, workerPath, 0);
    const { correlation: _c1, ...one } = describeTable(table, options);
    expect(two).toEqual(one);
    expect(Object.keys(two.columns[5]?.quantiles ?? {})).toEqual(['0.1', '0.9']);
  });

  it('falls back to one thread: a table not in shared memory, a small table, a worker that cannot start', async () => {
    const plain = await load(false);
    expect(await describeInTwoThreads(plain, {}, workerPath, 0)).toEqual(describeTable(plain));
    const shared = await load(true);
    expect(await describeInTwoThreads(shared, {}, workerPath)).toEqual(describeTable(shared));
    expect(await describeInTwoThreads(shared, {}, join(dir, 'missing-worker.cjs'), 0)).toEqual(describeTable(shared));
  });

  it('rejects bad options before starting a worker', async () => {
    const table = await load(true);
    await expect(describeInTwoThreads(table, { quantiles: [2] }, workerPath, 0)).rejects.toMatchObject({ code: 'BAD_OPTION' });
  });
});
