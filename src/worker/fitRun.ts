/**
 * One fit job, as a fit worker runs it (src/worker/fitWorker.ts in the browser; in-process in Node
 * tests and the bench): the posted columns become a table, fitTable runs with progress coalesced
 * by fitProgress.ts and a stop flag read at each epoch, and the result or the error is posted back.
 * Before the first epoch, a run the live chart can draw posts a sample of its training rows (livePoints.ts).
 */
import { fitTable } from '../models/pipeline';
import type { TrainingData } from '../models/estimatorContract';
import { toErrorInfo } from '../table/errors';
import type { FitJob, FitWorkerMessage } from '../protocol/protocol';
import { epochBatcher } from './fitProgress';
import { livePoints } from './livePoints';

export function runFitJob(job: FitJob, post: (message: FitWorkerMessage) => void): void {
  const batcher = epochBatcher((epochs, weights) => post({ type: 'progress', epochs, ...(weights && { weights }) }));
  const stopRequested = () => job.stopFlag !== undefined && Atomics.load(job.stopFlag, 0) === 1;
  try {
    const { report, model, explanation, testMetrics } = fitTable({ columns: job.columns, rowCount: job.rowCount }, job.spec, {
      onEpoch: (p, current) => batcher.push(p, current),
      onTrainingData: (data) => postPoints(job, data, post),
      shouldStop: stopRequested,
      ...(job.rowFilter && { rowFilter: job.rowFilter }),
    });
    batcher.flush();
    post({
      type: 'done',
      report,
      model,
      stopped: report.stopReason === 'stopped',
      ...(explanation && { explanation }),
      ...(testMetrics && { testMetrics }),
    });
  } catch (error) {
    batcher.flush();
    post({ type: 'failed', error: toErrorInfo(error) });
  }
}

function postPoints(job: FitJob, data: TrainingData, post: (message: FitWorkerMessage) => void): void {
  const points = livePoints(data, job.spec.target, job.spec.degree ?? 1);
  if (points) post({ type: 'points', points });
}
