/**
 * The browser's engine worker (a module Web Worker started by renderer/engine/EngineClient):
 * binds engineService() to postMessage with Comlink. Registers nothing Node-specific — Chromium's
 * TextDecoder('euc-kr') is WHATWG windows-949, i.e. CP949, so the loader needs no extra decoder.
 * Each fit runs in a nested fit worker (fitWorker.ts), so this worker keeps serving the grid.
 */
import * as Comlink from 'comlink';
import { engineService } from './engineService';
import type { FitLauncher } from './fitLauncher';
import type { FitWorkerMessage } from '../protocol/protocol';

const launchFit: FitLauncher = (job, onMessage) => {
  const worker = new Worker(new URL('./fitWorker.ts', import.meta.url), { type: 'module', name: 'fitplot-fit' });
  worker.onmessage = (event: MessageEvent<FitWorkerMessage>) => onMessage(event.data);
  worker.onerror = (event) =>
    onMessage({
      type: 'failed',
      error: {
        code: 'INTERNAL',
        message: `The fit worker stopped unexpectedly: ${event.message}`,
        hint: 'Try again; if it keeps happening, reload the window.',
      },
    });
  // Columns in SharedArrayBuffers (a cross-origin isolated page) are shared; others are copied once.
  worker.postMessage(job);
  return { terminate: () => worker.terminate() };
};

Comlink.expose(
  engineService({
    transfer: (value, buffers) => Comlink.transfer(value, buffers),
    release: (callback) => (callback as Comlink.Remote<unknown>)[Comlink.releaseProxy](),
    launchFit,
  }),
);
