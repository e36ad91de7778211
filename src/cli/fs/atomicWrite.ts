/**
 * The one atomic file write for the CLI and Electron main: the data goes to a temporary file in
 * the target's own folder (same file system, so the rename is atomic), is fsync'ed, renamed over
 * the target, and the folder is fsync'ed so the rename itself survives a power cut (where the
 * platform allows; Windows cannot open a folder for that). A failure leaves the old file as it was
 * and removes the temporary file; so does Ctrl-C or a kill (SIGINT, SIGTERM, SIGHUP) while a write
 * is under way, after which the process ends as the signal would have ended it. The temporary name
 * is short (`.fitplot-<random>.tmp`), so a target name near the file system's limit does not fail
 * because of it; a target name over the limit is a clear error, as are a missing folder, no
 * permission and a full disk.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FitplotError } from '../../table/errors';

export type WriteData = string | Uint8Array | Iterable<string | Uint8Array>;

/** Temporary files being written now, removed if the process is interrupted. */
const live = new Set<string>();
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function removeLive(): void {
  for (const temp of live) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed or never created: nothing left to remove.
    }
  }
  live.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeLive();
  unwatch();
  // Default handling again, then the same signal: the exit status says how the process ended.
  process.kill(process.pid, signal);
}

function watch(temp: string): void {
  if (live.size === 0) {
    for (const signal of SIGNALS) process.on(signal, onSignal);
    process.on('exit', removeLive);
  }
  live.add(temp);
}

function unwatch(temp?: string): void {
  if (temp !== undefined) live.delete(temp);
  if (live.size > 0) return;
  for (const signal of SIGNALS) process.off(signal, onSignal);
  process.off('exit', removeLive);
}

function tempPathFor(target: string): string {
  return join(dirname(target), `.fitplot-${randomBytes(6).toString('hex')}.tmp`);
}

function pieces(data: WriteData): Iterable<string | Uint8Array> {
  return typeof data === 'string' || data instanceof Uint8Array ? [data] : data;
}

const bytes = (piece: string | Uint8Array): Uint8Array => (typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece);

/** fsync of the folder, so the rename is on disk; not possible on Windows (EPERM/EISDIR), and then skipped. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Platforms that cannot fsync a folder: the file itself was fsync'ed.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A write error as a FitplotError that says what to do. */
export function writeError(target: string, error: unknown): FitplotError {
  if (error instanceof FitplotError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const why: Record<string, string> = {
    ENAMETOOLONG: `its name is too long for the file system (${Buffer.byteLength(basename(target))} bytes; most allow 255)`,
    ENOENT: `the folder ${dirname(target)} does not exist`,
    ENOTDIR: `a part of the path ${dirname(target)} is not a folder`,
    EACCES: 'permission denied',
    EPERM: 'the operation is not permitted',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EISDIR: 'it is a folder',
  };
  const reason = why[code] ?? (error instanceof Error ? error.message : String(error));
  return new FitplotError({
    code: 'UNREADABLE',
    message: `Could not write ${target}: ${reason}. Nothing was changed there.`,
    file: target,
    hint: 'Choose another name or folder, or free space, then try again.',
  });
}

/** Writes `data` (a string, bytes, or pieces produced while writing) to `target` atomically. */
export async function writeFileAtomic(target: string, data: WriteData): Promise<void> {
  const temp = tempPathFor(target);
  watch(temp);
  try {
    // 'wx': fail rather than follow a file or link that appeared at the temporary name.
    const handle = await open(temp, 'wx', 0o644);
    try {
      // One await per piece: the event loop turns, so Ctrl-C is handled during a long write.
      for (const piece of pieces(data)) await handle.write(bytes(piece));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    syncFolder(dirname(target));
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw writeError(target, error);
  } finally {
    unwatch(temp);
  }
}

/** The same, synchronously, for small files written while an app quits (window state, recent files). */
export function writeFileAtomicSync(target: string, data: WriteData): void {
  const temp = tempPathFor(target);
  watch(temp);
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      for (const piece of pieces(data)) {
        const b = bytes(piece);
        for (let offset = 0; offset < b.byteLength;) offset += writeSync(fd, b, offset, b.byteLength - offset);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
    syncFolder(dirname(target));
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // The temporary file was never created or is already gone.
    }
    throw writeError(target, error);
  } finally {
    unwatch(temp);
  }
}
