/**
 * Commands that write a file never overwrite one of their inputs. Paths are compared as the files
 * they name, not as strings: `--out real.csv` with FILE a symlink to it, `./x.csv` against `x.csv`,
 * or a hard link are all the same file. An output that exists is compared by device and inode; one
 * that does not yet exist by the real path of its folder plus its name (a folder reached through a
 * symlink is still the same folder).
 */
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../command';

interface Identity {
  readonly real: string;
  readonly device?: number;
  readonly inode?: number;
}

function identity(path: string): Identity | undefined {
  try {
    const real = realpathSync(path);
    const stat = statSync(real);
    return { real, device: stat.dev, inode: stat.ino };
  } catch {
    // Not there yet: the real folder plus the name is where it will be created.
    try {
      return { real: join(realpathSync(dirname(path)), basename(path)) };
    } catch {
      return undefined;
    }
  }
}

function same(a: Identity, b: Identity): boolean {
  if (a.device !== undefined && a.inode !== undefined && a.device === b.device && a.inode === b.inode) return true;
  return a.real === b.real;
}

/** Throws a UsageError when `out` (given with `flag`) is the same file as one of `inputs` (all relative to `cwd`). */
export function assertOutputIsNotInput(out: string, inputs: readonly string[], cwd: string, flag = '--out'): void {
  const target = identity(resolve(cwd, out));
  if (target === undefined) return;
  for (const input of inputs) {
    const source = identity(resolve(cwd, input));
    if (source !== undefined && same(target, source)) {
      throw new UsageError(
        `${flag} ${out} is the input file ${input}${target.real === resolve(cwd, input) ? '' : ` (the same file as ${target.real})`}: an input is never overwritten. Choose another output name.`,
      );
    }
  }
}
