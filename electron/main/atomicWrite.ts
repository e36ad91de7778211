/**
 * Atomic file writes: the data goes to a temporary file in the target's own folder (same file
 * system, so rename is atomic), is fsync'ed, then renamed over the target. A crash or a full
 * disk leaves either the old file or the new one, never a truncated mix; on failure the
 * temporary file is removed and the original is untouched.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

function toBytes(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}

export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const temp = tempPathFor(target);
  try {
    // 'wx': fail rather than follow a pre-existing file or link at the temporary name.
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(toBytes(data));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Synchronous variant for small state files written while the app is quitting. */
export function writeFileAtomicSync(target: string, data: Uint8Array | string): void {
  const temp = tempPathFor(target);
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      const bytes = toBytes(data);
      let offset = 0;
      while (offset < bytes.byteLength) offset += writeSync(fd, bytes, offset, bytes.byteLength - offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // The temporary file was never created; nothing to clean up.
    }
    throw error;
  }
}
