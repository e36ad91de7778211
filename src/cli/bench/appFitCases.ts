/**
 * The app's fit path against the CLI's, on the same loaded sensor table: `fit-cli` times fitTable
 * as `fitplot fit` calls it; `fit-app` times engineService().fit — the engine worker's code: the
 * needed columns copied as postMessage copies them to a fit worker, progress batched per 50 ms and
 * forwarded, the model kept by run id. The report gives fit-app's time as a ratio of fit-cli's.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { BenchCase } from './benchCase';
import { fileSource } from '../../node/fileSource';
import { registerNodeDecoders } from '../../node/nodeDecoders';
import { loadTable } from '../../io/loadTable';
import { fitTable } from '../../models/pipeline';
import type { FitSpec } from '../../models/pipeline';
import { engineService } from '../../worker/engineService';

/** Batch descent on four sensors, standardised: an iterative fit whose epochs stream progress. */
export const BENCH_FIT_SPEC: FitSpec = {
  model: 'linear',
  target: 'power_kw',
  features: ['current_a', 'voltage_v', 'speed_rpm', 'torque_nm'],
  method: 'gd',
  options: { learningRate: 0.1, epochs: 50 },
  scale: 'standard',
  split: { kind: 'random', fraction: 0.2 },
  seed: 1,
};

export const fitCliCase: BenchCase = {
  id: 'fit-cli',
  label: 'fit, CLI path (fitTable): 50 epochs batch descent',
  group: 'table',
  async prepare({ csvPath }) {
    registerNodeDecoders();
    const { table } = await loadTable(fileSource(csvPath));
    return () => {
      fitTable(table, BENCH_FIT_SPEC);
      return { rows: table.rowCount };
    };
  },
};

export const fitAppCase: BenchCase = {
  id: 'fit-app',
  label: "fit, app's worker path (engineService().fit)",
  group: 'table',
  comparedWith: 'fit-cli',
  async prepare({ csvPath }) {
    registerNodeDecoders();
    const service = engineService();
    const stream = Readable.toWeb(createReadStream(csvPath)) as ReadableStream<Uint8Array>;
    const opened = await service.open({ requestId: 0, revision: 0 }, { name: csvPath, stream }, {}, () => undefined);
    if (!opened.ok) throw new Error(opened.error.message);
    let requestId = 1;
    return async () => {
      const reply = await service.fit({ requestId: requestId++, revision: 0 }, opened.value.datasetId, BENCH_FIT_SPEC, () => undefined);
      if (!reply.ok) throw new Error(reply.error.message);
      service.forgetRun(reply.value.runId);
      return { rows: opened.value.rowCount };
    };
  },
};
