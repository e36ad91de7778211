/**
 * The file the UI sent (a StreamSource) as the ByteSource the loader reads. A File can be re-read
 * at will; a transferred stream can be read once, so a second pass (the loader reads some files
 * twice) asks the UI for a fresh stream through its `reopen` callback.
 */
import { blobChunks } from '../io/blobChunks';
import type { ByteSource } from '../io/types';
import { FitplotError } from '../table/errors';
import type { Reopen, StreamSource } from '../protocol/protocol';

/** Yields the chunks of a stream fetched on demand (a re-open asked of the UI). */
async function* reopened(reopen: Reopen): AsyncGenerator<Uint8Array> {
  const reader = (await reopen()).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** A ByteSource over a File (re-read at will) or a transferred stream (later opens ask the UI for a fresh one). */
export function byteSource(source: StreamSource, reopen: Reopen | undefined): ByteSource {
  if ('blob' in source) {
    const { blob } = source;
    return { name: source.name, size: blob.size, open: () => blobChunks(blob) };
  }
  let opened = false;
  return {
    name: source.name,
    ...(source.size !== undefined && { size: source.size }),
    open(): ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> {
      if (!opened) {
        opened = true;
        return source.stream;
      }
      if (!reopen)
        throw new FitplotError({
          code: 'UNREADABLE',
          message: `${source.name} can be read only once here.`,
          file: source.name,
          hint: 'Open the file again.',
        });
      return reopened(reopen);
    },
  };
}
