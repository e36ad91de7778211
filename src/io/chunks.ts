/**
 * One code path for every byte source: `ByteSource.open()` may return an AsyncIterable (Node
 * streams, generators) or a ReadableStream (`Blob.stream()`, a fetch body); both become a pull
 * function here. Cancellation races every pull against the AbortSignal, so a stalled source cannot
 * delay CANCELLED, and the source is released (stream cancelled / iterator returned).
 */
import { FitplotError } from '../table/errors';
import { loadError } from './loadMessages';
import type { ByteSource } from './types';

export interface ChunkReader {
  /** The next chunk, or undefined at the end of the source. */
  next(): Promise<Uint8Array | undefined>;
  /** Releases the source early (cancel, maxRows, errors). Safe to call twice. */
  close(): Promise<void>;
}

export function cancelledError(fileName: string): FitplotError {
  return loadError('CANCELLED', 'load.cancelled', { file: fileName }, { file: fileName });
}

/** Hand control to the event loop this often so an abort from a timer or the UI is seen within 250 ms. */
const YIELD_EVERY_MS = 50;

/**
 * The loader passes' checkpoint between chunks: throws CANCELLED once `signal` is aborted, and
 * yields to the event loop every YIELD_EVERY_MS so the abort (and progress) can arrive at all.
 */
export function checkpoint(signal: AbortSignal | undefined, fileName: string): () => Promise<void> {
  let lastYield = performance.now();
  return async () => {
    if (signal?.aborted) throw cancelledError(fileName);
    if (performance.now() - lastYield >= YIELD_EVERY_MS) {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      lastYield = performance.now();
      if (signal?.aborted) throw cancelledError(fileName);
    }
  };
}

function isReadableStream(value: unknown): value is ReadableStream<Uint8Array> {
  return typeof value === 'object' && value !== null && typeof (value as { getReader?: unknown }).getReader === 'function';
}

function unreadable(source: ByteSource, error: unknown): FitplotError {
  if (error instanceof FitplotError) return error;
  const why = error instanceof Error ? error.message : String(error);
  return loadError('UNREADABLE', 'load.unreadable', { file: source.name, reason: why }, { file: source.name });
}

/** Node streams yield Buffers (Uint8Array subclasses) or, with an encoding set, strings; we accept only bytes. */
function asBytes(source: ByteSource, chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  throw new FitplotError({
    code: 'INTERNAL',
    message: `The byte source for ${source.name} produced ${typeof chunk} instead of bytes.`,
    file: source.name,
    hint: 'The source must not set a text encoding.',
  });
}

export function openChunks(source: ByteSource, signal: AbortSignal | undefined): ChunkReader {
  let opened: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;
  try {
    opened = source.open();
  } catch (error) {
    throw unreadable(source, error);
  }
  let pull: () => Promise<{ readonly done?: boolean; readonly value?: unknown }>;
  let release: () => Promise<unknown>;
  if (isReadableStream(opened)) {
    const reader = opened.getReader();
    pull = () => reader.read();
    release = () => reader.cancel();
  } else {
    const iterator = opened[Symbol.asyncIterator]();
    pull = () => iterator.next();
    release = async () => iterator.return?.();
  }
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    try {
      await release();
    } catch {
      // The source is being abandoned (cancel or error); a failure to release it changes nothing for the caller.
    }
  };

  return {
    close,
    async next() {
      if (closed) return undefined;
      if (signal?.aborted) throw cancelledError(source.name);
      let onAbort: (() => void) | undefined;
      const aborted = new Promise<never>((_, reject) => {
        onAbort = () => reject(cancelledError(source.name));
        signal?.addEventListener('abort', onAbort, { once: true });
      });
      try {
        const result = await Promise.race([pull(), aborted]);
        if (result.done) return undefined;
        return asBytes(source, result.value);
      } catch (error) {
        void close();
        throw unreadable(source, error);
      } finally {
        if (onAbort) signal?.removeEventListener('abort', onAbort);
      }
    },
  };
}
