/** Writes a file atomically: a temporary file in the same folder, then a rename (no half-written charts). */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FitplotError } from '../../table/errors';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new FitplotError({ code: 'UNREADABLE', message: `Could not write ${path} (${code}).`, file: path, hint: 'Check that the folder exists and is writable.' });
  }
}
