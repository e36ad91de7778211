/**
 * Peak memory of one benchmark run. On Linux the kernel keeps the resident-set high-water mark
 * (VmHWM in /proc/self/status) and lets a process reset it by writing "5" to /proc/self/clear_refs
 * (Linux ≥ 4.0, proc(5)), which gives an exact peak even while synchronous code blocks the event
 * loop. A 20 ms RSS sampler is the fallback elsewhere (it can miss peaks inside synchronous work).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gcFunction: (() => void) | undefined;

/**
 * Runs a full garbage collection, so a run's baseline does not include the previous run's garbage.
 * Without --expose-gc, V8 still honours the flag set at run time in a fresh context (a known
 * Node idiom); if even that fails, the measurement just carries some noise.
 */
export function forceGc(): void {
  if (!gcFunction) {
    const exposed = (globalThis as { gc?: () => void }).gc;
    if (exposed) gcFunction = exposed;
    else {
      setFlagsFromString('--expose-gc');
      gcFunction = runInNewContext('gc') as () => void;
    }
  }
  gcFunction();
}

function highWaterMark(): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

function resetHighWaterMark(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

export interface PeakTracker {
  /** RSS when tracking started (after a full GC). */
  readonly baselineBytes: number;
  /** Stops tracking; returns peak RSS − baseline (≥ 0) and how it was measured. */
  stop(): { peakBytes: number; method: 'vmhwm' | 'sampled' };
}

export function trackPeak(): PeakTracker {
  forceGc();
  const exact = resetHighWaterMark() && highWaterMark() !== undefined;
  const baselineBytes = process.memoryUsage.rss();
  let sampled = baselineBytes;
  const timer = setInterval(() => {
    sampled = Math.max(sampled, process.memoryUsage.rss());
  }, 20);
  return {
    baselineBytes,
    stop() {
      clearInterval(timer);
      sampled = Math.max(sampled, process.memoryUsage.rss());
      const peak = exact ? Math.max(sampled, highWaterMark() ?? 0) : sampled;
      return { peakBytes: Math.max(0, peak - baselineBytes), method: exact ? 'vmhwm' : 'sampled' };
    },
  };
}
