import { describe, expect, it } from 'vitest';
import { loadTable } from '../../../src/io/loadTable';
import type { ByteSource, LoadProgress } from '../../../src/io/types';
import { FitplotError } from '../../../src/table/errors';

const encoder = new TextEncoder();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Rows `i,i*2` in chunks, `delayMs` apart; `rowsPerChunk` × `chunks` rows after the header. */
function slowSource(chunks: number, rowsPerChunk: number, delayMs: number): ByteSource & { released: boolean } {
  const source = {
    name: 'slow.csv',
    released: false,
    async *open() {
      try {
        yield encoder.encode('i,twice\n');
        for (let c = 0; c < chunks; c++) {
          if (delayMs > 0) await sleep(delayMs);
          let text = '';
          for (let r = 0; r < rowsPerChunk; r++) {
            const i = c * rowsPerChunk + r;
            text += `${i},${2 * i}\n`;
          }
          yield encoder.encode(text);
        }
      } finally {
        source.released = true;
      }
    },
  };
  return source;
}

describe('progress', () => {
  it('is reported at least every 250 ms with bytes and rows, and ends with the totals', async () => {
    const calls: (LoadProgress & { at: number })[] = [];
    const started = performance.now();
    const r = await loadTable(slowSource(40, 300, 20), { onProgress: (p) => calls.push({ ...p, at: performance.now() }) });
    expect(r.table.rowCount).toBe(12_000);
    const times = [started, ...calls.map((c) => c.at)];
    const gaps = times
      .slice(1)
      .map((t, i) => t - (times[i] as number))
      .sort((a, b) => a - b);
    // The loader ticks every 100 ms; on a machine shared by many processes one timer may fire late,
    // so we require the median well under 250 ms and at most one gap over it.
    expect(gaps[Math.floor(gaps.length / 2)]).toBeLessThan(150);
    expect(gaps.filter((g) => g >= 250).length).toBeLessThanOrEqual(1);
    const last = calls[calls.length - 1];
    expect(last).toMatchObject({ rows: 12_000, bytesRead: r.bytesRead, truncated: false });
    expect(calls.some((c) => c.rows > 0 && c.rows < 12_000)).toBe(true);
    for (let i = 1; i < calls.length; i++) expect(calls[i]!.bytesRead).toBeGreaterThanOrEqual(calls[i - 1]!.bytesRead);
  });

  it('maxRows stops early (preview) and says truncated', async () => {
    const source = slowSource(1000, 100, 0);
    const r = await loadTable(source, { maxRows: 250 });
    expect(r.table.rowCount).toBe(250);
    expect(r.truncated).toBe(true);
    expect(source.released).toBe(true);
    expect(r.bytesRead).toBeLessThan(200_000);
  });
});

describe('cancel', () => {
  async function cancelAfter(source: ByteSource, ms: number): Promise<{ error: unknown; lagMs: number }> {
    const controller = new AbortController();
    let abortedAt = 0;
    setTimeout(() => {
      abortedAt = performance.now();
      controller.abort();
    }, ms);
    const error = await loadTable(source, { signal: controller.signal }).catch((e: unknown) => e);
    return { error, lagMs: performance.now() - abortedAt };
  }

  it('stops a busy load (a fast, endless in-memory source) within 250 ms with CANCELLED, releasing the source', async () => {
    const source = slowSource(Number.MAX_SAFE_INTEGER, 2000, 0);
    const { error, lagMs } = await cancelAfter(source, 150);
    expect(error).toBeInstanceOf(FitplotError);
    expect(error).toMatchObject({ code: 'CANCELLED', file: 'slow.csv' });
    expect(lagMs).toBeLessThan(250);
    expect(source.released).toBe(true);
  });

  it('stops while the source is stalled (a read that never returns)', async () => {
    const stalled: ByteSource = {
      name: 'stalled.csv',
      open: () => ({
        [Symbol.asyncIterator]: () => ({
          next: () => new Promise<IteratorResult<Uint8Array>>(() => undefined),
          return: async () => ({ done: true as const, value: undefined }),
        }),
      }),
    };
    const { error, lagMs } = await cancelAfter(stalled, 50);
    expect(error).toMatchObject({ code: 'CANCELLED' });
    expect(lagMs).toBeLessThan(250);
  });

  it('an already aborted signal cancels before reading', async () => {
    const controller = new AbortController();
    controller.abort();
    const source = slowSource(1, 1, 0);
    await expect(loadTable(source, { signal: controller.signal })).rejects.toMatchObject({ code: 'CANCELLED' });
  });
});
