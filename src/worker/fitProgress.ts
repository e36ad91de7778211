/**
 * Coalesces a fit's per-epoch progress into at most one message per interval (default 50 ms, i.e.
 * ≤ 20 messages/s): epochs are batched, never dropped, so the UI can draw the whole curve live
 * without a postMessage per epoch of a fast fit flooding it. The weights are read only when a
 * message is sent (the latest epoch's), so a fast fit pays nothing per epoch for the live line.
 */
import type { LinearParameters } from '../models/linear';
import type { FitEpoch, LiveWeights } from '../protocol/protocol';

export const PROGRESS_INTERVAL_MS = 50;

export interface EpochBatcher {
  push(epoch: FitEpoch, current?: () => LinearParameters): void;
  /** Sends what is pending (at the end of the fit). */
  flush(): void;
}

/** One output's weights as plain numbers; none for several outputs (nothing single to draw). */
export function liveWeightsOf(params: LinearParameters): LiveWeights | undefined {
  if (params.outputs !== 1) return undefined;
  return { weights: Array.from(params.weights), intercept: params.intercepts[0]! };
}

export function epochBatcher(
  send: (epochs: FitEpoch[], weights?: LiveWeights) => void,
  now: () => number = () => performance.now(),
  intervalMs = PROGRESS_INTERVAL_MS,
): EpochBatcher {
  let pending: FitEpoch[] = [];
  let current: (() => LinearParameters) | undefined;
  let lastSent = -Infinity;
  const flush = () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    lastSent = now();
    const weights = current && liveWeightsOf(current());
    send(batch, weights);
  };
  return {
    push(epoch, reader) {
      pending.push(epoch);
      current = reader;
      if (now() - lastSent >= intervalMs) flush();
    },
    flush,
  };
}
