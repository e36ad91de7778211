/**
 * Statistics while a file loads, end to end in the engine: engineService().open over a generated
 * 7 MB CSV read as a Blob whose slices arrive slowly (a slow disk), so the load spans many progress
 * ticks. Each tick's running statistics must be those of the rows read so far — checked against
 * the generated values — grow from tick to tick, and end consistent with the exact description.
 */
import { describe, expect, it } from 'vitest';
import type { BlobLike } from '../../../src/io/types';
import type { PartialStats, ProgressEvent } from '../../../src/protocol/protocol';
import { SeededRandom } from '../../../src/stats/random';
import { engineService } from '../../../src/worker/engineService';
import { MAX_LIVE_COLUMNS } from '../../../src/worker/liveStats';
import { expectClose } from '../../helpers/expectClose';

const ROWS = 300_000;

/** Rows `i,temp,pressure,line`: temp about 2 % empty, pressure in hPa with 2 decimals, line a category. */
function generate(): { csv: Uint8Array<ArrayBuffer>; temp: (number | null)[] } {
  const random = new SeededRandom(11);
  const temp: (number | null)[] = [];
  const lines = ['i,temp,pressure,line'];
  for (let i = 0; i < ROWS; i++) {
    const t = random.next() < 0.02 ? null : Math.round((20 + 5 * random.nextNormal()) * 1000) / 1000;
    temp.push(t);
    lines.push(`${i},${t ?? ''},${(1013 + 8 * random.nextNormal()).toFixed(2)},${'ABC'[i % 3]}`);
  }
  return { csv: new TextEncoder().encode(lines.join('\n') + '\n'), temp };
}

/** The bytes as a Blob whose every slice takes `delayMs` to read. */
function slowBlob(bytes: Uint8Array<ArrayBuffer>, delayMs: number): BlobLike {
  const blob = new Blob([bytes]);
  return {
    size: blob.size,
    slice: (start, end) => ({
      arrayBuffer: () => new Promise<ArrayBuffer>((resolve) => setTimeout(() => resolve(blob.slice(start, end).arrayBuffer()), delayMs)),
    }),
  };
}

/** Running mean, min and max of the first k present values, k = 1 … n, and where each one sits. */
function prefixes(values: readonly (number | null)[]) {
  const mean: number[] = [NaN];
  const min: number[] = [NaN];
  const max: number[] = [NaN];
  const at: number[] = [];
  let sum = 0;
  values.forEach((v, i) => {
    if (v === null) return;
    sum += v;
    const k = at.length;
    at.push(i);
    mean.push(sum / (k + 1));
    min.push(k === 0 ? v : Math.min(min[k] as number, v));
    max.push(k === 0 ? v : Math.max(max[k] as number, v));
  });
  return { mean, min, max, at };
}

describe('statistics while a file loads (ProgressEvent.partial)', () => {
  it('are those of the rows read so far at every tick, grow, and end consistent with describe', async () => {
    const { csv, temp } = generate();
    expect(csv.length).toBeGreaterThan(6e6);
    const partials: PartialStats[] = [];
    const onProgress = (event: ProgressEvent): void => {
      if (event.partial) partials.push(event.partial);
    };
    const service = engineService();
    const opened = await service.open({ requestId: 1, revision: 0 }, { name: 'live.csv', blob: slowBlob(csv, 120) }, {}, onProgress);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.rowCount).toBe(ROWS);
    const described = await service.describe({ requestId: 2, revision: 0 }, opened.value.datasetId);
    if (!described.ok) throw new Error(described.error.message);
    const exact = described.value.columns[1]!;

    // 7 slices of 1 MiB, 120 ms each, ticks every 100 ms: several ticks fall inside the load.
    const during = partials.filter((p) => p.rows > 0 && p.rows < ROWS);
    expect(during.length).toBeGreaterThanOrEqual(3);

    const expected = prefixes(temp);
    let previous = { rows: 0, count: 0 };
    for (const partial of partials) {
      // i, temp and pressure look numeric; line does not.
      expect(partial.numberColumns).toBe(3);
      expect(partial.columns.map((c) => c.name)).toEqual(['i', 'temp', 'pressure']);
      const t = partial.columns[1]!;
      expect(partial.rows).toBeGreaterThanOrEqual(previous.rows);
      expect(t.count).toBeGreaterThanOrEqual(previous.count);
      previous = { rows: partial.rows, count: t.count };
      if (t.count === 0) continue;
      // The summary covers the first `count` present temps exactly: the cells folded so far.
      expectClose(t.mean, expected.mean[t.count] as number, { rtol: 1e-9 });
      expect([t.min, t.max]).toEqual([expected.min[t.count], expected.max[t.count]]);
      // Missing: the empty cells among those folded (which may end in a run of empty cells).
      const last = expected.at[t.count - 1] as number;
      const next = expected.at[t.count] ?? ROWS;
      expect(t.missing).toBeGreaterThanOrEqual(last + 1 - t.count);
      expect(t.missing).toBeLessThanOrEqual(next - t.count);
      expect(t.histogram!.counts.reduce((a, b) => a + b, 0) + t.histogram!.outside).toBe(t.count);
      // The id column has no empty cells.
      expect(partial.columns[0]!.missing).toBe(0);
    }
    expect(during.at(-1)!.columns[1]!.count).toBeGreaterThan(during[0]!.columns[1]!.count);

    const last = partials.at(-1)!.columns[1]!;
    expect(last.count).toBeLessThanOrEqual(exact.count);
    expect(last.min).toBeGreaterThanOrEqual(exact.min as number);
    expect(last.max).toBeLessThanOrEqual(exact.max as number);
    expect(exact.count).toBe(temp.filter((v) => v !== null).length);
    expect(exact.missing).toBe(ROWS - exact.count);
    expectClose(exact.mean, expected.mean[exact.count] as number, { rtol: 1e-9 });
    // The last tick saw most of the file: its mean is the final one to within the sampling noise.
    if (last.count > exact.count / 2) expect(Math.abs((last.mean as number) - (exact.mean as number))).toBeLessThan(0.1);
  });

  it('summarises at most MAX_LIVE_COLUMNS columns and says how many there are', async () => {
    const width = MAX_LIVE_COLUMNS + 5;
    const header = Array.from({ length: width }, (_, c) => `c${c}`).join(',');
    const rows = Array.from({ length: 20_000 }, (_, r) => Array.from({ length: width }, (_, c) => r + c).join(','));
    const csv = new TextEncoder().encode([header, ...rows].join('\n') + '\n');
    const partials: PartialStats[] = [];
    const service = engineService();
    const opened = await service.open(
      { requestId: 3, revision: 0 },
      { name: 'wide.csv', blob: slowBlob(csv, 150) },
      {},
      (e) => void (e.partial && partials.push(e.partial)),
    );
    expect(opened.ok).toBe(true);
    const seen = partials.filter((p) => p.rows > 0);
    expect(seen.length).toBeGreaterThan(0);
    for (const p of seen) {
      expect(p.numberColumns).toBe(width);
      expect(p.columns.map((c) => c.name)).toEqual(Array.from({ length: MAX_LIVE_COLUMNS }, (_, c) => `c${c}`));
    }
  });
});
