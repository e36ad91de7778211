/** A ByteSource over a file on disk, streamed in 1 MiB chunks: fewer reads and event-loop turns for the byte fast path; the general path re-cuts them into the 64 KiB blocks PapaParse likes (io/blocks.ts, docs/dependencies.md). */
import { createReadStream, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { ByteSource } from '../io/types';
import { FitplotError } from '../table/errors';

export const CHUNK_BYTES = 1024 * 1024;

export function fileSource(path: string, cwd = process.cwd()): ByteSource {
  const full = resolve(cwd, path);
  let size: number;
  try {
    const stat = statSync(full);
    if (stat.isDirectory()) throw new FitplotError({ code: 'UNREADABLE', message: `${path} is a folder, not a file.`, file: path, hint: 'Give the path of a CSV file.' });
    size = stat.size;
  } catch (error) {
    if (error instanceof FitplotError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? String(error)})`;
    throw new FitplotError({ code: 'UNREADABLE', message: `${path} ${why}.`, file: path, hint: 'Check the path and the file permissions.' });
  }
  return {
    name: basename(full),
    size,
    open: () => createReadStream(full, { highWaterMark: CHUNK_BYTES }),
  };
}
