/** A ByteSource over bytes [start, end) of a file on disk, for one worker of a split load (src/cli/splitLoad.ts). */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { ByteSource } from '../io/types';
import { CHUNK_BYTES } from './fileSource';

export function fileRange(fullPath: string, start: number, end: number): ByteSource {
  return {
    name: basename(fullPath),
    size: end - start,
    // createReadStream's `end` is inclusive; an empty range reads nothing.
    open: () => createReadStream(fullPath, { start, end: Math.max(start, end - 1), highWaterMark: CHUNK_BYTES }),
  };
}
