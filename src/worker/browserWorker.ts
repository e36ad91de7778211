/**
 * The browser's engine worker (a module Web Worker started by renderer/engine/EngineClient):
 * binds EngineService to postMessage with Comlink. Registers nothing Node-specific — Chromium's
 * TextDecoder('euc-kr') is WHATWG windows-949, i.e. CP949, so the loader needs no extra decoder.
 */
import * as Comlink from 'comlink';
import { EngineService } from './engineService';

Comlink.expose(
  new EngineService({
    transfer: (value, buffers) => Comlink.transfer(value, buffers),
    release: (callback) => (callback as Comlink.Remote<unknown>)[Comlink.releaseProxy](),
  }),
);
