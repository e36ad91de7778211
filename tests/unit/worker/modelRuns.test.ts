/**
 * The fit path of the engine worker, in-process (the same service code the browser's worker runs):
 * a fit over the loaded table matches fitTable on the same table, its progress arrives batched with
 * every epoch, the model is kept by run id for predictions and charts, and errors come back as values.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineService } from '../../../src/worker/engineService';
import { runIdOf } from '../../../src/worker/modelCalls';
import { epochBatcher } from '../../../src/worker/fitProgress';
import { fitColumns } from '../../../src/worker/modelRuns';
import { inProcessLauncher } from '../../../src/worker/fitLauncher';
import { fitTable } from '../../../src/models/pipeline';
import type { FitSpec } from '../../../src/models/pipeline';
import { loadTable } from '../../../src/io/loadTable';
import type { EngineApi, FitEpoch, FitJob, FitProgress, StreamedFile } from '../../../src/protocol/protocol';

const DIABETES = readFileSync(join(__dirname, '../../../assets/samples/diabetes.csv'));

function source(bytes: Uint8Array, name: string): StreamedFile {
  return { name, size: bytes.length, stream: new ReadableStream({ start: (c) => (c.enqueue(bytes), c.close()) }) };
}

function byteSource(bytes: Uint8Array, name: string) {
  return { name, size: bytes.length, open: () => source(bytes, name).stream };
}

let nextId = 1;
const meta = () => ({ requestId: nextId++, revision: 1 });

async function opened(service: EngineApi, bytes: Uint8Array = DIABETES, name = 'diabetes.csv'): Promise<string> {
  const reply = await service.open(meta(), source(bytes, name), {}, () => undefined);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value.datasetId;
}

const SGD: FitSpec = {
  model: 'linear',
  target: 'target',
  features: ['bmi', 'bp'],
  method: 'sgd',
  options: { learningRate: 0.01, epochs: 30 },
  scale: 'standard',
  split: { kind: 'random', fraction: 0.2 },
  seed: 3,
};

describe('engineService fits', () => {
  it('fits as fitTable does on the same table, streaming every epoch in batches', async () => {
    const service = engineService();
    const datasetId = await opened(service);
    const events: FitProgress[] = [];
    const reply = await service.fit(meta(), datasetId, SGD, (e) => events.push(e));
    if (!reply.ok) throw new Error(reply.error.message);
    const direct = fitTable((await loadTable(byteSource(DIABETES, 'diabetes.csv'))).table, SGD);
    expect(reply.value.report.coefficients).toEqual(direct.report.coefficients);
    expect(reply.value.model.estimator).toEqual(direct.model.estimator);
    const epochs = events.flatMap((e) => e.epochs);
    expect(epochs.map((e) => e.epoch)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(epochs.map((e) => e.trainLoss)).toEqual(direct.report.curves!.trainLoss);
    expect(events.every((e) => e.runId === reply.value.runId)).toBe(true);
    expect(reply.value.stopped).toBe(false);
  });

  it('keeps the model by run id: predictions, the CSV with prediction columns, and the regression charts', async () => {
    const service = engineService();
    const datasetId = await opened(service);
    const fit = await service.fit(
      meta(),
      datasetId,
      { model: 'linear', target: 'target', features: ['bmi', 'bp'], method: 'ols', seed: 3 },
      () => undefined,
    );
    if (!fit.ok) throw new Error(fit.error.message);
    const { runId, model } = fit.value;
    const coef = fit.value.report.coefficients as Record<string, number>;
    const b = fit.value.report.intercept as number;
    const predicted = await service.predict(meta(), { runId }, datasetId, 2);
    if (!predicted.ok) throw new Error(predicted.error.message);
    expect(predicted.value.columns).toEqual(['predicted_target']);
    // Row 1 of diabetes.csv: bmi 32.1, bp 101 (unscaled model: prediction = b + w·x).
    expect(Number(predicted.value.preview[0]![0])).toBeCloseTo(b + coef.bmi! * 32.1 + coef.bp! * 101, 9);
    const csv = await service.predictionsCsv(meta(), { model }, datasetId);
    if (!csv.ok) throw new Error(csv.error.message);
    const lines = csv.value.trim().split('\n');
    expect(lines).toHaveLength(443);
    expect(lines[0]).toBe('age,sex,bmi,bp,s1,s2,s3,s4,s5,s6,target,predicted_target');
    const charts = await service.modelCharts(meta(), runId, datasetId, { theme: 'light', locale: 'en', width: 600, height: 400 });
    if (!charts.ok) throw new Error(charts.error.message);
    expect(Object.keys(charts.value).sort()).toEqual(['predictedActual', 'residuals']);
    service.forgetRun(runId);
    const gone = await service.predict(meta(), { runId }, datasetId, 2);
    expect(gone.ok === false && gone.error.key).toBe('workbench.runGone');
  });

  it('stops a fit at its next epoch through the shared flag and keeps that model', async () => {
    const service = engineService();
    const datasetId = await opened(service);
    const request = meta();
    const events: FitProgress[] = [];
    const pending = service.fit(request, datasetId, { ...SGD, options: { learningRate: 0.01, epochs: 500 } }, (e) => events.push(e));
    // The in-process fit starts on the next task: the flag is already set when it reads it after epoch 1.
    service.stopFit(runIdOf(request.requestId));
    const reply = await pending;
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.value.stopped).toBe(true);
    expect(reply.value.report.stopReason).toBe('stopped');
    expect(reply.value.report.curves!.trainLoss).toHaveLength(1);
    expect(events.flatMap((e) => e.epochs).map((e) => e.epoch)).toEqual([1]);
    const predicted = await service.predict(meta(), { runId: reply.value.runId }, datasetId, 1);
    expect(predicted.ok).toBe(true);
  });

  it('returns a bad fit as an error value, not a throw', async () => {
    const service = engineService();
    const datasetId = await opened(service, new TextEncoder().encode('x,y\n1,a\n2,b\n3,c\n4,d\n'), 'text.csv');
    const reply = await service.fit(meta(), datasetId, { model: 'linear', target: 'y', features: ['x'] }, () => undefined);
    expect(reply.ok).toBe(false);
  });

  it('posts only the columns a fit reads (target, features, datetimes for the default split)', async () => {
    const csv = 'when,a,b,c,y\n2024-01-01,1,2,x,3\n2024-01-02,2,3,y,5\n';
    const { table } = await loadTable(byteSource(new TextEncoder().encode(csv), 't.csv'));
    expect(fitColumns(table, { model: 'linear', target: 'y', features: ['a'] }).map((c) => c.name)).toEqual(['when', 'a', 'y']);
    // A random split never reads the datetime column: it is not copied to the fit worker.
    expect(
      fitColumns(table, { model: 'linear', target: 'y', features: ['a'], split: { kind: 'random', fraction: 0.5 } }).map((c) => c.name),
    ).toEqual(['a', 'y']);
    // A split by a column reads that column, though it is no feature.
    expect(
      fitColumns(table, { model: 'linear', target: 'y', features: ['a'], split: { kind: 'column', column: 'c' } }).map((c) => c.name),
    ).toEqual(['a', 'c', 'y']);
  });

  it('keeps the test score of the run’s own model out of the report, for the app to show when asked (no refit)', async () => {
    const service = engineService();
    const datasetId = await opened(service);
    const spec: FitSpec = { ...SGD, split: { kind: 'random', fraction: 0.2, testFraction: 0.2 } };
    const reply = await service.fit(meta(), datasetId, spec, () => undefined);
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.value.report.metrics.test).toBeUndefined();
    expect(reply.value.report.split.testRows).toBe(88);
    const asked = fitTable((await loadTable(byteSource(DIABETES, 'diabetes.csv'))).table, { ...spec, evaluateTest: true });
    expect(reply.value.testMetrics).toEqual(asked.report.metrics.test);
    expect(reply.value.testMetrics).toMatchObject({ n: 88 });
  });

  it('loads tables into shared memory where it can, so a fit worker gets the columns without a copy', async () => {
    const launched: FitJob[] = [];
    const service = engineService({
      transfer: (value) => value,
      launchFit: (job, onMessage) => (launched.push(job), inProcessLauncher(job, onMessage)),
    });
    const datasetId = await opened(service, new TextEncoder().encode('x,y\n1,2\n2,4\n3,6\n4,8\n'), 'shared.csv');
    const reply = await service.fit(
      meta(),
      datasetId,
      { model: 'linear', target: 'y', features: ['x'], split: { kind: 'none' } },
      () => undefined,
    );
    expect(reply.ok).toBe(true);
    const x = launched[0]!.columns.find((c) => c.name === 'x')!;
    expect(x.type === 'number' && x.values.buffer instanceof SharedArrayBuffer).toBe(true);
  });
});

describe('epochBatcher', () => {
  it('sends at most one batch per interval and never drops an epoch', () => {
    let clock = 0;
    const sent: FitEpoch[][] = [];
    const batcher = epochBatcher(
      (b) => sent.push(b),
      () => clock,
      50,
    );
    for (let e = 1; e <= 100; e++) {
      clock = e * 2; // one epoch every 2 ms: 200 ms in all
      batcher.push({ epoch: e, epochs: 100, trainLoss: 1 / e, elapsedMs: clock });
    }
    batcher.flush();
    expect(sent.flat().map((e) => e.epoch)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    // 200 ms at ≥ 50 ms apart: the first epoch at once, then at most 4 more, plus the final flush.
    expect(sent.length).toBeLessThanOrEqual(6);
  });
});
