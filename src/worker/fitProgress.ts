/**
 * Coalesces a fit's per-epoch progress into at most one message per interval (default 50 ms, i.e.
 * ≤ 20 messages/s): epochs are batched, never dropped, so the UI can draw the whole curve live
 * without a postMessage per epoch of a fast fit flooding it.
 */
import type { FitEpoch } from '../protocol/protocol';

export const PROGRESS_INTERVAL_MS = 50;

export interface EpochBatcher {
  push(epoch: FitEpoch): void;
  /** Sends what is pending (at the end of the fit). */
  flush(): void;
}

export function epochBatcher(send: (epochs: FitEpoch[]) => void, now: () => number = () => performance.now(), intervalMs = PROGRESS_INTERVAL_MS): EpochBatcher {
  let pending: FitEpoch[] = [];
  let lastSent = -Infinity;
  const flush = () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    lastSent = now();
    send(batch);
  };
  return {
    push(epoch) {
      pending.push(epoch);
      if (now() - lastSent >= intervalMs) flush();
    },
    flush,
  };
}
