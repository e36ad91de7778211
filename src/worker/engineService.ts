/**
 * The engine side of the worker protocol (src/protocol/protocol.ts): one EngineApi object that
 * holds the loaded tables and answers the UI's requests. Transport-agnostic — browserWorker.ts
 * binds it with Comlink. Long calls check an AbortController per request id between chunks
 * (Comlink has no cancel of its own); the client's `terminate()` is the hard stop.
 *
 * The calls live by area, like the protocol's types: loadingCalls.ts (open, preview, cancel),
 * datasetCalls.ts (statistics, filters, rows, charts) and modelCalls.ts (fits, predictions, model
 * charts). What they share — datasets, running requests, model runs — is one EngineState.
 */
import type { EngineApi } from '../protocol/protocol';
import { EngineState } from './engineState';
import type { EngineServiceHooks } from './engineState';
import { datasetCalls } from './datasetCalls';
import { loadingCalls } from './loadingCalls';
import { modelCalls } from './modelCalls';

/** A fresh engine: no dataset loaded, no run kept. Without hooks, replies are plain values and fits run in-process. */
export function engineService(hooks: EngineServiceHooks = { transfer: (value) => value }): EngineApi {
  const state = new EngineState(hooks);
  return { ...loadingCalls(state), ...datasetCalls(state), ...modelCalls(state) };
}
