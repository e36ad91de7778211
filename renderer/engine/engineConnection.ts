/**
 * The UI's connection to the engine worker, without any particular call: starts the module worker
 * and wraps it with Comlink, stamps each request with an id and a revision per "channel" (dataset,
 * grid, chart …), turns replies into Outcomes — `stale` when a newer request on the channel was
 * made since — and cancels (a polite `cancel(requestId)`, then `terminate()` and a fresh worker as
 * the hard stop). EngineClient.ts builds the typed calls on top of it.
 */
import * as Comlink from 'comlink';
import type { EngineApi, ErrorInfo, Reply } from '../../src/protocol/protocol';

export type Outcome<T> =
  { readonly kind: 'ok'; readonly value: T } | { readonly kind: 'error'; readonly error: ErrorInfo } | { readonly kind: 'stale' };

/** A running call: its outcome, and a way to cancel it. */
export interface Pending<T> {
  readonly requestId: number;
  readonly result: Promise<Outcome<T>>;
  cancel(): void;
}

export type WorkerFactory = () => Worker;

interface Stamp {
  requestId: number;
  revision: number;
}

/** How long a polite cancel may take before the worker is terminated (and restarted). */
const HARD_STOP_MS = 1500;

const CANCELLED: ErrorInfo = { code: 'CANCELLED', message: 'Loading was cancelled.', hint: 'Open the file again when you are ready.' };

export class EngineConnection {
  private worker!: Worker;
  private remote!: Comlink.Remote<EngineApi>;
  private nextRequest = 1;
  private readonly latest = new Map<string, number>();
  /** Incremented when the worker is terminated: every dataset opened before it is gone. */
  private generation = 0;
  private readonly onRestart = new Set<() => void>();

  constructor(private readonly createWorker: WorkerFactory) {
    this.start();
  }

  private start(): void {
    this.worker = this.createWorker();
    this.remote = Comlink.wrap<EngineApi>(this.worker);
  }

  /** The worker's API; a new one after a restart, so read it at each call. */
  get api(): Comlink.Remote<EngineApi> {
    return this.remote;
  }

  /** Called after a hard stop restarted the worker (all datasets were lost). */
  subscribeRestart(listener: () => void): () => void {
    this.onRestart.add(listener);
    return () => this.onRestart.delete(listener);
  }

  /** A new request on the channel: it is the channel's latest revision from now on. */
  stamp(channel: string): Stamp {
    const revision = (this.latest.get(channel) ?? 0) + 1;
    this.latest.set(channel, revision);
    return { requestId: this.nextRequest++, revision };
  }

  /** A request with a revision the caller keeps (grid pages of one query share it); older revisions become stale. */
  stampAt(channel: string, revision: number): Stamp {
    this.latest.set(channel, Math.max(this.latest.get(channel) ?? 0, revision));
    return { requestId: this.nextRequest++, revision };
  }

  /** A request on a channel of its own, `<prefix>:<requestId>`, which nothing else can make stale. */
  stampOwnChannel(prefix: string): { channel: string; meta: Stamp } {
    const channel = `${prefix}:${this.nextRequest}`;
    return { channel, meta: this.stamp(channel) };
  }

  /** Stamps a request on the channel, sends it and settles its reply. */
  request<T>(channel: string, send: (meta: Stamp) => Promise<Reply<T>>): Promise<Outcome<T>> {
    return this.settle(channel, send(this.stamp(channel)));
  }

  settle<T>(channel: string, reply: Promise<Reply<T>>): Promise<Outcome<T>> {
    return reply.then(
      (r): Outcome<T> => {
        if (r.revision !== this.latest.get(channel)) return { kind: 'stale' };
        return r.ok ? { kind: 'ok', value: r.value } : { kind: 'error', error: r.error };
      },
      (error: unknown): Outcome<T> => ({
        kind: 'error',
        error: {
          code: 'INTERNAL',
          message: `The engine stopped unexpectedly: ${String(error)}`,
          hint: 'Try again; if it keeps happening, reload the window.',
        },
      }),
    );
  }

  /**
   * `hardStop`: whether an unanswered cancel may terminate the worker. Only for a full load (the
   * user pressed Cancel and the table being replaced is gone anyway); a preview is small, and
   * killing the worker for it would drop the open table while it is busy (e.g. describing 10 M rows).
   */
  cancellable<T>(channel: string, send: (meta: Stamp) => Promise<Reply<T>>, hardStop: boolean): Pending<T> {
    const meta = this.stamp(channel);
    const reply = send(meta);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled: ((o: Outcome<T>) => void) | undefined;
    let done = false;
    const cancelledPromise = new Promise<Outcome<T>>((resolve) => (cancelled = resolve));
    const settled = this.settle(channel, reply).finally(() => {
      done = true;
      clearTimeout(timer);
    });
    return {
      requestId: meta.requestId,
      result: Promise.race([settled, cancelledPromise]),
      cancel: () => {
        // Cancelling a finished call is a no-op: it must never hard-stop the worker (and lose its tables).
        if (done || timer !== undefined) return;
        const generation = this.generation;
        void this.remote.cancel(meta.requestId);
        if (!hardStop) return;
        timer = setTimeout(() => {
          if (generation !== this.generation) return;
          this.restart();
          cancelled?.({ kind: 'error', error: CANCELLED });
        }, HARD_STOP_MS);
      },
    };
  }

  /** The hard stop: kills the worker mid-computation and starts a fresh one. */
  restart(): void {
    this.worker.terminate();
    this.generation++;
    this.latest.clear();
    this.start();
    for (const listener of this.onRestart) listener();
  }

  dispose(): void {
    this.worker.terminate();
  }
}
