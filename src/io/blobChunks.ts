/**
 * Chunks of a Blob (a browser File, or Node's `fs.openAsBlob`) read as 1 MiB slices with the next
 * slice already requested while the caller parses the current one. `Blob.stream()` hands out
 * 64 KiB pieces, each a separate wait on the file thread; with a 1 GB file that left the app's
 * worker idle between pieces for a third of its load (docs/performance.md, app-load-describe).
 * The same chunk size as the CLI's file source (src/node/fileSource.ts), so both parse alike.
 */
import type { BlobLike } from './types';

export const BLOB_CHUNK_BYTES = 1024 * 1024;

/** Yields the blob's bytes in order; one slice read runs ahead of the one being consumed. */
export async function* blobChunks(blob: BlobLike, chunkBytes = BLOB_CHUNK_BYTES): AsyncGenerator<Uint8Array> {
  const size = blob.size;
  const read = (start: number): Promise<ArrayBuffer> => blob.slice(start, Math.min(size, start + chunkBytes)).arrayBuffer();
  let next = size > 0 ? read(0) : undefined;
  for (let start = 0; next !== undefined; start += chunkBytes) {
    const current = next;
    // Read ahead: the next slice is on its way while the caller works on this one.
    next = start + chunkBytes < size ? read(start + chunkBytes) : undefined;
    // A pending read-ahead left behind by an early return (cancel, maxRows) must not reject unhandled.
    next?.catch(() => undefined);
    yield new Uint8Array(await current);
  }
}
