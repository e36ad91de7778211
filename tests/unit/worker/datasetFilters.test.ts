/**
 * The filter set belongs to the dataset (issue 13 §2): after setFilters, describe, histograms and
 * charts read only the matching rows; groups split the statistics. Golden values from numpy
 * (tests/golden/filters/generate_filters.py).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { engineService } from '../../../src/worker/engineService';
import type { FilterSpec, StreamSource } from '../../../src/protocol/protocol';
import type { ColumnDescription } from '../../../src/stats/descriptionSchema';

interface Summary {
  count: number;
  mean: number;
  std: number;
  median: number;
  min: number;
  max: number;
}
const fixture = JSON.parse(readFileSync(new URL('../../golden/filters/filters_fixture.json', import.meta.url), 'utf8')) as {
  csv: string;
  timeRange: { from: number; to: number; rows: number; temp: Summary };
  pressureRange: { from: number; to: number; rows: number; temp: Summary };
  groups: { label: string; rows: number; temp: Summary }[];
};

function source(text: string): StreamSource {
  const bytes = new TextEncoder().encode(text);
  return {
    name: 'filters.csv',
    size: bytes.length,
    stream: new ReadableStream({
      start: (c) => {
        c.enqueue(bytes);
        c.close();
      },
    }),
  };
}
let id = 1;
const meta = () => ({ requestId: id++, revision: 1 });
function ok<T>(reply: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
}

async function opened() {
  const service = engineService();
  const dataset = ok(await service.open(meta(), source(fixture.csv), {}, () => undefined));
  return { service, id: dataset.datasetId };
}

function expectSummary(c: ColumnDescription, golden: Summary) {
  expect(c.count).toBe(golden.count);
  expect(c.mean).toBeCloseTo(golden.mean, 10);
  expect(c.std).toBeCloseTo(golden.std, 10);
  expect(c.quantiles?.['0.5']).toBeCloseTo(golden.median, 10);
  expect(c.min).toBe(golden.min);
  expect(c.max).toBe(golden.max);
}

const TEMP = 2;

describe('dataset filters', () => {
  it('a date/time range filter: the statistics describe only the rows in the range', async () => {
    const { service, id: datasetId } = await opened();
    const before = ok(await service.describe(meta(), datasetId));
    expect(before.rows).toBe(2000);
    const filter: FilterSpec = { column: 0, op: 'between', value: fixture.timeRange.from, to: fixture.timeRange.to };
    expect(ok(await service.setFilters(meta(), datasetId, [filter]))).toEqual({ matchCount: fixture.timeRange.rows, rowCount: 2000 });
    const after = ok(await service.describe(meta(), datasetId));
    expect(after.rows).toBe(fixture.timeRange.rows);
    expectSummary(after.columns[TEMP]!, fixture.timeRange.temp);
    // Clearing the filter gives the whole table's statistics back.
    ok(await service.setFilters(meta(), datasetId, []));
    expect(ok(await service.describe(meta(), datasetId)).rows).toBe(2000);
  });

  it('a number range filter reaches charts and header histograms too', async () => {
    const { service, id: datasetId } = await opened();
    ok(
      await service.setFilters(meta(), datasetId, [
        { column: 3, op: 'between', value: fixture.pressureRange.from, to: fixture.pressureRange.to },
      ]),
    );
    expectSummary(ok(await service.describe(meta(), datasetId)).columns[TEMP]!, fixture.pressureRange.temp);
    const histograms = ok(await service.histograms(meta(), datasetId, 8));
    const pressure = histograms[3]!;
    expect(pressure.kind === 'bins' && pressure.counts.reduce((a, b) => a + b, 0)).toBe(fixture.pressureRange.rows);
    expect(pressure.kind === 'bins' && pressure.min >= 1 && pressure.max <= 1.25).toBe(true);
    const option = ok(await service.chart(meta(), datasetId, { kind: 'histogram', x: 'pressure' })) as { series: { data: unknown[] }[] };
    expect(JSON.stringify(option)).toContain(`${fixture.pressureRange.rows}`);
  });

  it('an open-ended range keeps everything past its one bound; a range on a text column is refused clearly', async () => {
    const { service, id: datasetId } = await opened();
    const atLeast = ok(await service.setFilters(meta(), datasetId, [{ column: 0, op: 'between', value: fixture.timeRange.from }]));
    // 30 s steps from 00:00: rows from 03:00 on.
    expect(atLeast.matchCount).toBe(2000 - 360);
    const refused = await service.setFilters(meta(), datasetId, [{ column: 1, op: 'between', value: 1, to: 2 }]);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.code).toBe('BAD_OPTION');
    expect(!refused.ok && refused.error.column).toBe('line');
  });

  it('statistics split by a category column, largest group first, of the filtered rows', async () => {
    const { service, id: datasetId } = await opened();
    const grouped = ok(await service.describeGroups(meta(), datasetId, 1));
    expect(grouped.column).toBe('line');
    expect(grouped.groups.map((g) => [g.label, g.rows])).toEqual(fixture.groups.map((g) => [g.label, g.rows]));
    grouped.groups.forEach((g, i) => expectSummary(g.columns[TEMP]!, fixture.groups[i]!.temp));
    expect([grouped.otherGroups, grouped.otherRows, grouped.missingRows]).toEqual([0, 0, 0]);
    const notCategory = await service.describeGroups(meta(), datasetId, TEMP);
    expect(!notCategory.ok && notCategory.error.code).toBe('BAD_COLUMN_TYPE');
    ok(await service.setFilters(meta(), datasetId, [{ column: 1, op: 'equals', value: 'B' }]));
    expect(ok(await service.describeGroups(meta(), datasetId, 1)).groups.map((g) => g.label)).toEqual(['B']);
  });

  it('gives a column’s extent over all rows, for the quick "last day / week" ranges', async () => {
    const { service, id: datasetId } = await opened();
    ok(await service.setFilters(meta(), datasetId, [{ column: 1, op: 'equals', value: 'B' }]));
    expect(ok(await service.columnExtent(meta(), datasetId, 0))).toEqual({
      min: Date.UTC(2024, 2, 1),
      max: Date.UTC(2024, 2, 1) + 1999 * 30_000,
    });
    expect(ok(await service.columnExtent(meta(), datasetId, 1))).toBeNull();
  });
});
