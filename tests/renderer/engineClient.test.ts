/**
 * EngineClient over a real Comlink channel (a MessageChannel stands in for the Worker): stale
 * replies are dropped, errors arrive as values, and cancel escalates to a worker restart only
 * when the worker does not answer in time.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Comlink from 'comlink';
import { EngineClient } from '../../renderer/engine/EngineClient';
import type { Reply, RequestMeta } from '../../src/protocol/protocol';

type Service = Record<string, (...args: never[]) => unknown>;

function fakeWorker(service: Service): { factory: () => Worker; terminated: () => number } {
  let terminated = 0;
  return {
    factory: () => {
      const { port1, port2 } = new MessageChannel();
      Comlink.expose(service, port1);
      return Object.assign(port2, { terminate: () => void (terminated++, port1.close(), port2.close()) }) as unknown as Worker;
    },
    terminated: () => terminated,
  };
}

const ok = <T>(meta: RequestMeta, value: T): Reply<T> => ({ ok: true, requestId: meta.requestId, revision: meta.revision, value });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let client: EngineClient | undefined;
afterEach(() => client?.dispose());

describe('EngineClient', () => {
  it('drops a slow reply that a newer request on the same chart overtook', async () => {
    const { factory } = fakeWorker({
      chart: async (meta: RequestMeta, _id: string, settings: { delay: number }) => {
        await sleep(settings.delay);
        return ok(meta, { built: settings.delay });
      },
    });
    client = new EngineClient(factory);
    const first = client.chart('c1', 'd1', { delay: 60 });
    const second = client.chart('c1', 'd1', { delay: 5 });
    const other = client.chart('c2', 'd1', { delay: 5 });
    expect(await second).toEqual({ kind: 'ok', value: { built: 5 } });
    expect(await first).toEqual({ kind: 'stale' });
    expect((await other).kind).toBe('ok');
  });

  it('passes errors through as values', async () => {
    const error = { code: 'COLUMN_NOT_FOUND', message: "There is no column named 'x'.", hint: 'Pick another column.' };
    const { factory } = fakeWorker({
      describe: async (meta: RequestMeta) => ({ ok: false, requestId: meta.requestId, revision: meta.revision, error }),
    });
    client = new EngineClient(factory);
    expect(await client.describe('d1')).toEqual({ kind: 'error', error });
  });

  it('cancelling a finished call or a preview never restarts the worker; an unanswered load cancel does', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let release: (() => void) | undefined;
      let previews = 0;
      const { factory, terminated } = fakeWorker({
        preview: async (meta: RequestMeta) => (previews++ === 0 ? ok(meta, 'quick') : new Promise(() => undefined)),
        open: (meta: RequestMeta) => new Promise((resolve) => (release = () => resolve(ok(meta, 'never')))),
        cancel: () => undefined,
      });
      client = new EngineClient(factory);
      const restarts = vi.fn();
      client.subscribeRestart(restarts);
      const file = { name: 'a.csv', size: 3, stream: () => new ReadableStream<Uint8Array>() };

      const quick = client.preview(file, {}, 10);
      expect(await quick.result).toEqual({ kind: 'ok', value: 'quick' });
      quick.cancel();
      await vi.advanceTimersByTimeAsync(5000);
      expect(terminated()).toBe(0);

      // A preview that does not answer is only cancelled politely: the open table must survive.
      const slowPreview = client.preview(file, {}, 10);
      slowPreview.cancel();
      await vi.advanceTimersByTimeAsync(5000);
      expect(terminated()).toBe(0);

      const stuck = client.open(file, {}, () => undefined);
      stuck.cancel();
      await vi.advanceTimersByTimeAsync(1600);
      expect(await stuck.result).toEqual({ kind: 'error', error: expect.objectContaining({ code: 'CANCELLED' }) });
      expect(terminated()).toBe(1);
      expect(restarts).toHaveBeenCalledTimes(1);
      release?.();
    } finally {
      vi.useRealTimers();
    }
  });
});
