/**
 * A fit in the app reads the dataset's filtered rows: diabetes with the filter "sex equals 2" fits
 * on the 207 kept rows and matches statsmodels' OLS on those rows (tests/golden/filters/
 * generate_filtered_fit.py); clearing the filter fits all 442 again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineService } from '../../../src/worker/engineService';
import type { FilterSpec, FitResult, Reply } from '../../../src/protocol/protocol';
import type { FitSpec } from '../../../src/models/pipeline';

interface Golden {
  filter: { column: string; op: 'equals'; value: number };
  features: string[];
  total: number;
  kept: number;
  params: number[];
  bse: number[];
  rsquared: number;
}
/** The report's inference: coefficients by term (src/models/fit/evaluateStage.ts). */
interface Inference {
  r2: number;
  coefficients: Record<string, { estimate: number; standardError: number }>;
}
const golden = JSON.parse(readFileSync(join(__dirname, '../../golden/filters/filtered_fit.json'), 'utf8')) as Golden;
const DIABETES = readFileSync(join(__dirname, '../../../assets/samples/diabetes.csv'));

let nextId = 1;
const meta = () => ({ requestId: nextId++, revision: 1 });

function fitted(reply: Reply<FitResult>): FitResult {
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
}

describe('fits on the filtered rows (vs statsmodels on the same rows)', () => {
  it('sex == 2: 207 of 442 rows, coefficients and standard errors as statsmodels', async () => {
    const service = engineService();
    const stream = new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(DIABETES), c.close()) });
    const open = await service.open(meta(), { name: 'diabetes.csv', size: DIABETES.length, stream }, {}, () => undefined);
    if (!open.ok) throw new Error(open.error.message);
    const { datasetId, columns } = open.value;
    const filter: FilterSpec = {
      column: columns.findIndex((c) => c.name === golden.filter.column),
      op: 'equals',
      value: golden.filter.value,
    };
    const state = await service.setFilters(meta(), datasetId, [filter]);
    expect(state.ok && state.value.matchCount).toBe(golden.kept);

    const spec: FitSpec = { model: 'linear', target: 'target', features: golden.features, method: 'ols', split: { kind: 'none' } };
    const result = fitted(await service.fit(meta(), datasetId, spec, () => undefined));
    expect(result.filters).toEqual([filter]);
    expect(result.report.rows.used).toBe(golden.kept);
    const inference = result.report.inference as unknown as Inference;
    ['(intercept)', ...golden.features].forEach((term, j) => {
      expect(inference.coefficients[term]!.estimate).toBeCloseTo(golden.params[j]!, 8);
      expect(Math.abs(inference.coefficients[term]!.standardError / golden.bse[j]! - 1)).toBeLessThan(1e-9);
    });
    expect(Math.abs(inference.r2 / golden.rsquared - 1)).toBeLessThan(1e-10);

    await service.setFilters(meta(), datasetId, []);
    const all = fitted(await service.fit(meta(), datasetId, spec, () => undefined));
    expect(all.filters).toEqual([]);
    expect(all.report.rows.used).toBe(golden.total);
    expect((all.report.inference as unknown as Inference).coefficients['(intercept)']!.estimate).not.toBeCloseTo(golden.params[0]!, 1);
  });
});
