/**
 * engineService() (the worker side of the protocol) in-process: open a streamed CSV, page through
 * it sorted and filtered, describe it, build a chart, and report errors and cancellation as values.
 */
import { describe, expect, it } from 'vitest';
import { engineService } from '../../../src/worker/engineService';
import type { StreamedFile } from '../../../src/protocol/protocol';

const encoder = new TextEncoder();
function source(text: string | Uint8Array, name = 'test.csv', chunk = 1 << 16): StreamedFile {
  const bytes = typeof text === 'string' ? encoder.encode(text) : text;
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + chunk));
      offset += chunk;
    },
  });
  return { name, size: bytes.length, stream };
}

const CSV = 'city,price\nSeoul,3\nBusan,1\nSeoul,2\nDaegu,\n';
let nextId = 1;
const meta = () => ({ requestId: nextId++, revision: 1 });

describe('engineService', () => {
  it('opens a stream with the import options, then serves sorted and filtered pages of it', async () => {
    const service = engineService();
    const opened = await service.open(meta(), source(CSV), { columnTypes: { city: 'category' } }, () => undefined);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.rowCount).toBe(4);
    expect(opened.value.columns.map((c) => [c.name, c.type])).toEqual([
      ['city', 'category'],
      ['price', 'number'],
    ]);

    const sorted = await service.rows(meta(), {
      datasetId: opened.value.datasetId,
      start: 0,
      count: 10,
      sort: [{ column: 1, direction: 'asc' }],
      filters: [],
    });
    if (!sorted.ok) throw new Error(sorted.error.message);
    expect([...sorted.value.rowNumbers]).toEqual([2, 3, 1, 4]);
    const filtered = await service.rows(meta(), {
      datasetId: opened.value.datasetId,
      start: 0,
      count: 10,
      sort: [],
      filters: [{ column: 0, op: 'equals', value: 'seoul' }],
    });
    if (!filtered.ok) throw new Error(filtered.error.message);
    expect(filtered.value.matchCount).toBe(2);
    const price = filtered.value.columns[1]!;
    expect(price.kind === 'number' && [...price.values]).toEqual([3, 2]);
  });

  it('describes the table and builds a chart option from it', async () => {
    const service = engineService();
    const opened = await service.open(meta(), source(CSV), {}, () => undefined);
    if (!opened.ok) throw new Error(opened.error.message);
    const description = await service.describe(meta(), opened.value.datasetId);
    if (!description.ok) throw new Error(description.error.message);
    const price = description.value.columns[1]!;
    // price = 3, 1, 2 (one missing): mean 2, sample std 1.
    expect([price.count, price.missing, price.mean, price.std]).toEqual([3, 1, 2, 1]);

    const chart = await service.chart(meta(), opened.value.datasetId, { kind: 'bar', x: 'city', title: '도시' });
    expect(chart.ok).toBe(true);
    const bad = await service.chart(meta(), opened.value.datasetId, { kind: 'bar', x: 'nope' });
    expect(bad.ok === false && bad.error.code).toBe('COLUMN_NOT_FOUND');
  });

  it('previews only the first rows, as display strings', async () => {
    const service = engineService();
    const preview = await service.preview(meta(), source(CSV), {}, 2);
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.rows).toEqual([
      ['Seoul', '3'],
      ['Busan', '1'],
    ]);
  });

  it('reports a cancelled load as a CANCELLED error value', async () => {
    const service = engineService();
    const big = 'a,b\n' + '1,2\n'.repeat(400_000);
    const m = meta();
    const pending = service.open(m, source(big, 'big.csv', 4096), {}, () => undefined);
    service.cancel(m.requestId);
    const reply = await pending;
    expect(reply.ok === false && reply.error.code).toBe('CANCELLED');
  });

  it('answers requests on a closed dataset with an error value, not a throw', async () => {
    const service = engineService();
    const reply = await service.histograms(meta(), 'd404', 8);
    expect(reply.ok === false && reply.error.hint).toBe('Open the file again.');
  });

  it('lets the loader read the file twice by asking the UI for a fresh stream', async () => {
    // ~1 MB of ASCII, then "서울" in CP949 (BC AD BF EF): valid UTF-8 until the end, so the loader
    // starts as UTF-8 and must restart from the beginning with a legacy encoding.
    const ascii = encoder.encode('city,n\n' + 'Busan,1\n'.repeat(130_000));
    const tail = Uint8Array.of(0xbc, 0xad, 0xbf, 0xef, 0x2c, 0x32, 0x0a);
    const bytes = new Uint8Array(ascii.length + tail.length);
    bytes.set(ascii);
    bytes.set(tail, ascii.length);
    const service = engineService();
    let reopens = 0;
    const reply = await service.open(
      meta(),
      source(bytes),
      {},
      () => undefined,
      async () => {
        reopens++;
        return source(bytes).stream;
      },
    );
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reopens).toBeGreaterThanOrEqual(1);
    expect(reply.value.rowCount).toBe(130_001);
    expect(reply.value.encoding).not.toBe('utf-8');

    const once = await engineService().open(meta(), source(bytes), {}, () => undefined);
    expect(once.ok === false && once.error.message).toContain('can be read only once');
  });
});

describe('the app memory budget', () => {
  it('refuses a file whose table would not fit the budget before reading it, naming the estimate and the budget', async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `${i},${i * 0.5},${i % 7}`).join('\n');
    const bytes = encoder.encode(`a,b,c\n${rows}\n`);
    const service = engineService();
    const refused = await service.open(meta(), source(bytes), { memoryBudgetMB: 0.25 }, () => undefined);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error).toMatchObject({ code: 'TOO_LARGE', params: { budgetBytes: 0.25 * 2 ** 20 } });
    const fits = await service.open(meta(), source(bytes), { memoryBudgetMB: 64 }, () => undefined);
    expect(fits.ok && fits.value.rowCount).toBe(40_000);
  });
});
