/**
 * A ByteSource over a file on disk, streamed in 1 MiB chunks: fewer reads and event-loop turns for
 * the byte fast path; the general path re-cuts them into the 64 KiB blocks PapaParse likes
 * (io/blocks.ts). Only regular files are read: a FIFO or a device has no size and may never end
 * (a FIFO without a writer blocks the open itself, where Ctrl-C cannot reach it), so it is refused
 * before it is opened. The size is taken when the source is made; the loader compares it with the
 * bytes it read and reports a file that changed meanwhile.
 */
import { createReadStream, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { basename, resolve } from 'node:path';
import { loadError } from '../io/loadMessages';
import type { ByteSource } from '../io/types';

export const CHUNK_BYTES = 1024 * 1024;

/** What a path that is not a regular file is, as an id the message words (`load.notRegularFile`). */
function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return 'fifo';
  if (stat.isSocket()) return 'socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  return 'other';
}

export function fileSource(path: string, cwd = process.cwd()): ByteSource {
  const full = resolve(cwd, path);
  let stat: Stats;
  try {
    stat = statSync(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw loadError('UNREADABLE', 'load.notFound', { file: path }, { file: path });
    if (code === 'EACCES') throw loadError('UNREADABLE', 'load.permissionDenied', { file: path }, { file: path });
    throw loadError('UNREADABLE', 'load.unreadable', { file: path, reason: code ?? String(error) }, { file: path });
  }
  if (stat.isDirectory()) throw loadError('UNREADABLE', 'load.isFolder', { file: path }, { file: path });
  if (!stat.isFile()) throw loadError('UNREADABLE', 'load.notRegularFile', { file: path, kind: kindOf(stat) }, { file: path });
  return {
    name: basename(full),
    size: stat.size,
    open: () => createReadStream(full, { highWaterMark: CHUNK_BYTES }),
  };
}
