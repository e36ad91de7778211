/**
 * The app's side of a workbook, in-process through engineService(): the Import view's sheet and
 * header row (ImportOptions) reach the loader and the summary names the sheet; the Python export of
 * a fit on a workbook is refused with a worded message (the script reads a CSV), while a CSV's is
 * written. Fixture: tests/fixtures/io/plant-report.xlsx (make_xlsx.py).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineService } from '../../../src/worker/engineService';
import type { EngineApi, FitResult, ImportOptions, Reply } from '../../../src/protocol/protocol';
import type { FitSpec } from '../../../src/models/pipeline';

const BOOK = readFileSync(join(__dirname, '../../fixtures/io/plant-report.xlsx'));
const CSV = new TextEncoder().encode('line,temp_c\nA,20.5\nB,21.5\nA,19\nB,22\nA,23.5\n');

let nextId = 1;
const meta = () => ({ requestId: nextId++, revision: 1 });

async function open(service: EngineApi, name: string, bytes: Uint8Array, options: ImportOptions) {
  const stream = new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(bytes), c.close()) });
  const opened = await service.open(meta(), { name, size: bytes.length, stream }, options, () => undefined);
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

function fitted(reply: Reply<FitResult>): FitResult {
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
}

describe('a workbook in the app', () => {
  it('opens the chosen sheet from the chosen header row and says which', async () => {
    const service = engineService();
    const opened = await open(service, 'plant-report.xlsx', BOOK, { sheet: 'Readings', headerRow: 2 });
    expect(opened.workbook).toEqual({ sheet: 'Readings', sheets: ['Summary', 'Readings'], firstRow: 2 });
    expect(opened.columns.map((c) => [c.name, c.type])).toEqual([
      ['date', 'datetime'],
      ['line', 'category'],
      ['temp_c', 'number'],
    ]);
    expect(opened.rowCount).toBe(5);
  });

  it("refuses the Python export of a fit on a workbook, and writes a CSV's", async () => {
    const service = engineService();
    const spec = (fileName: string): FitSpec => ({
      model: 'linear',
      target: 'temp_c',
      features: ['line'],
      method: 'ols',
      split: { kind: 'none' },
      fileName,
    });
    const book = await open(service, 'plant-report.xlsx', BOOK, { sheet: 'Readings', headerRow: 2 });
    const onBook = fitted(await service.fit(meta(), book.datasetId, spec('plant-report.xlsx'), () => undefined));
    const refused = await service.pythonScript(meta(), spec('plant-report.xlsx'), onBook.report);
    expect(refused.ok === false && [refused.error.code, refused.error.key, refused.error.params]).toEqual([
      'BAD_OPTION',
      'load.xlsx.pythonNeedsCsv',
      { file: 'plant-report.xlsx' },
    ]);

    const csv = await open(service, 'plant.csv', CSV, {});
    const onCsv = fitted(await service.fit(meta(), csv.datasetId, spec('plant.csv'), () => undefined));
    const script = await service.pythonScript(meta(), spec('plant.csv'), onCsv.report);
    expect(script.ok && script.value).toContain('FILE = next((a for a in sys.argv[1:] if not a.startswith("--")), "plant.csv")');
  });
});
