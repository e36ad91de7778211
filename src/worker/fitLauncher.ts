/**
 * Starts a fit job somewhere other than the caller's stack. The engine worker in the browser
 * starts a nested module Worker per fit (browserWorker.ts); Node (tests, the bench's app-path row)
 * runs the same job in-process after copying its columns, as postMessage would.
 */
import type { FitJob, FitWorkerMessage } from '../protocol/protocol';
import { runFitJob } from './fitRun';

export interface FitHandle {
  /** Ends the job at once (no result is posted afterwards). */
  terminate(): void;
}

export type FitLauncher = (job: FitJob, onMessage: (message: FitWorkerMessage) => void) => FitHandle;

export const inProcessLauncher: FitLauncher = (job, onMessage) => {
  let ended = false;
  const timer = setTimeout(() => runFitJob({ ...job, columns: structuredClone(job.columns) }, (m) => void (ended || onMessage(m))));
  return {
    terminate: () => {
      ended = true;
      clearTimeout(timer);
    },
  };
};
