/**
 * The browser's fit worker: a module Worker the engine worker starts for each fit (fitLauncher.ts),
 * so a long fit never blocks the engine worker (grid pages, statistics, charts) nor the page.
 * It receives one FitJob, posts progress and the result, and is then terminated.
 */
import type { FitJob, FitWorkerMessage } from '../protocol/protocol';
import { runFitJob } from './fitRun';

self.onmessage = (event: MessageEvent<FitJob>) => runFitJob(event.data, (message: FitWorkerMessage) => self.postMessage(message));
