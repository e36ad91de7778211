/**
 * blobChunks: a Blob read as 1 MiB slices with one read ahead gives back exactly its bytes, in
 * order, whatever the size (empty, one byte short of / on / past a chunk boundary), and stops
 * cleanly when the consumer returns early (cancel) even with a read still in flight.
 */
import { describe, expect, it } from 'vitest';
import { BLOB_CHUNK_BYTES, blobChunks } from '../../../src/io/blobChunks';
import type { BlobLike } from '../../../src/io/types';

function bytesOf(n: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(n);
  // A sequence that does not repeat with the chunk size, so a slice from the wrong offset shows.
  for (let i = 0; i < n; i++) out[i] = (i * 31 + (i >>> 8)) & 0xff;
  return out;
}

async function readAll(blob: BlobLike, chunkBytes?: number): Promise<{ bytes: Uint8Array; sizes: number[] }> {
  const parts: Uint8Array[] = [];
  for await (const part of blobChunks(blob, chunkBytes)) parts.push(part);
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { bytes, sizes: parts.map((p) => p.length) };
}

/** A BlobLike that records each slice asked for; reads of slices starting at or after `failFrom` fail. */
function recordingBlob(bytes: Uint8Array<ArrayBuffer>, failFrom = Infinity): BlobLike & { slices: [number, number][] } {
  const blob = new Blob([bytes]);
  const slices: [number, number][] = [];
  return {
    size: blob.size,
    slices,
    slice(start: number, end: number) {
      slices.push([start, end]);
      return start >= failFrom ? { arrayBuffer: () => Promise.reject(new Error('read failed')) } : blob.slice(start, end);
    },
  };
}

const MiB = BLOB_CHUNK_BYTES;

describe('blobChunks', () => {
  it.each([
    ['1 MiB − 1', MiB - 1, [MiB - 1]],
    ['exactly 1 MiB', MiB, [MiB]],
    ['1 MiB + 1', MiB + 1, [MiB, 1]],
    ['2.5 MiB', 2.5 * MiB, [MiB, MiB, MiB / 2]],
  ])('reads %s as the same bytes in 1 MiB slices', async (_label, size, sizes) => {
    const bytes = bytesOf(size);
    const read = await readAll(new Blob([bytes]));
    expect(read.sizes).toEqual(sizes);
    expect(Buffer.from(read.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('reads an empty blob as no chunks, without asking for a slice', async () => {
    const blob = recordingBlob(new Uint8Array(0));
    expect((await readAll(blob)).sizes).toEqual([]);
    expect(blob.slices).toEqual([]);
  });

  it('asks for each slice once, in order, one ahead of the chunk being consumed', async () => {
    const blob = recordingBlob(bytesOf(10_000));
    const chunks = blobChunks(blob, 4096);
    await chunks.next();
    // While the caller holds chunk 0, chunk 1 is already requested (and not chunk 2).
    expect(blob.slices).toEqual([
      [0, 4096],
      [4096, 8192],
    ]);
    const rest: number[] = [];
    for await (const part of chunks) rest.push(part.length);
    expect(rest).toEqual([4096, 10_000 - 8192]);
    expect(blob.slices).toEqual([
      [0, 4096],
      [4096, 8192],
      [8192, 10_000],
    ]);
  });

  it('stops at an early return (cancel) with the read-ahead failing, and no unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      // The read-ahead of the second chunk fails; the consumer cancels before it would see it.
      const blob = recordingBlob(bytesOf(3 * 4096), 4096);
      const seen: number[] = [];
      for await (const part of blobChunks(blob, 4096)) {
        seen.push(part[0] as number);
        break;
      }
      expect(seen).toEqual([0]);
      expect(blob.slices).toEqual([
        [0, 4096],
        [4096, 8192],
      ]);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('passes a failed read on to the consumer that reaches it', async () => {
    const blob = recordingBlob(bytesOf(3 * 4096), 4096);
    await expect(readAll(blob, 4096)).rejects.toThrow('read failed');
  });
});
