/**
 * Writes a file atomically: everything goes to a temporary file in the same folder (same file
 * system, so rename is atomic), which then replaces the target. A reader never sees a half-written
 * file, and a failure leaves any existing file untouched.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { FitplotError } from '../../table/errors';

export function writeFileAtomic(path: string, pieces: Iterable<string>, cwd = process.cwd()): string {
  const full = resolve(cwd, path);
  const temp = join(dirname(full), `.${basename(full)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx');
    for (const piece of pieces) writeSync(fd, piece);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, full);
    return full;
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new FitplotError({ code: 'UNREADABLE', message: `Could not write ${path} (${code}).`, file: path, hint: 'Check that the folder exists and is writable.' });
  }
}
