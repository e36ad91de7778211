/**
 * Writes a stream of chunks to `path` atomically: into a temporary file beside it, then a rename,
 * so an interrupted run never leaves a truncated CSV under the final name (the bench cache relies
 * on this: a file under its cache name is always complete).
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeChunksAtomic<R>(path: string, chunks: Generator<Uint8Array, R, void>, onChunk?: (bytesWritten: number) => void): R {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(temp, 'w');
  let written = 0;
  try {
    for (let step = chunks.next(); ; step = chunks.next()) {
      if (step.done) {
        closeSync(fd);
        renameSync(temp, path);
        return step.value;
      }
      for (let offset = 0; offset < step.value.length;) offset += writeSync(fd, step.value, offset);
      written += step.value.length;
      onChunk?.(written);
    }
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // Already closed (the rename failed); the temp file is removed below either way.
    }
    rmSync(temp, { force: true });
    throw error;
  }
}
