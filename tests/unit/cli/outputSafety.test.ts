/**
 * Never overwrite the input, never leave litter, never hang on a non-file (issue 15). Each failed
 * before: predict compared path strings (a symlink to the output destroyed the input), chart had
 * no guard, a long target name failed on the temporary name, an interrupted write left its
 * temporary file, and a FIFO without a writer hung the CLI.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic, writeFileAtomicSync } from '../../../src/cli/fs/atomicWrite';
import { runCli } from '../../../src/cli/run';
import { FitplotError } from '../../../src/table/errors';
import { captureIO } from '../../helpers/cliIO';

const CSV = 'x,y\n1,2\n2,4\n3,6\n';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fitplot-out-'));
  writeFileSync(join(dir, 'real.csv'), CSV);
  return dir;
}

afterEach(() => vi.restoreAllMocks());

describe('an output that is the input', () => {
  it.each([
    ['a symlink to the output', (dir: string) => symlinkSync(join(dir, 'real.csv'), join(dir, 'link.csv'))],
    ['a hard link to the output', (dir: string) => linkSync(join(dir, 'real.csv'), join(dir, 'link.csv'))],
  ])('predict refuses FILE that is %s, and the input is unchanged', async (_, link) => {
    const dir = folder();
    link(dir);
    const io = captureIO({ cwd: dir });
    expect(await runCli(['predict', 'model.json', 'link.csv', '--out', 'real.csv'], io)).toBe(2);
    expect(io.err()).toContain('--out real.csv is the input file link.csv');
    expect(readFileSync(join(dir, 'real.csv'), 'utf8')).toBe(CSV);
  });

  it('chart refuses --out naming its input, also through ./ and a symlinked folder', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'data.svg'), CSV);
    symlinkSync(dir, join(dir, 'same'));
    for (const out of ['data.svg', './data.svg', 'same/data.svg']) {
      const io = captureIO({ cwd: dir });
      expect(await runCli(['chart', 'scatter', 'data.svg', '--x', 'x', '--y', 'y', '--out', out], io)).toBe(2);
      expect(io.err()).toContain('an input is never overwritten');
    }
    expect(readFileSync(join(dir, 'data.svg'), 'utf8')).toBe(CSV);
  });

  it('chart still writes to another name', async () => {
    const dir = folder();
    const io = captureIO({ cwd: dir });
    expect(await runCli(['chart', 'scatter', 'real.csv', '--x', 'x', '--y', 'y', '--out', 'chart.svg'], io)).toBe(0);
    expect(readFileSync(join(dir, 'chart.svg'), 'utf8')).toMatch(/^<svg/);
    expect(readdirSync(dir).sort()).toEqual(['chart.svg', 'real.csv']);
  });
});

describe('the atomic write', () => {
  it('writes a target whose name is near the 255-byte limit (the temporary name stays short)', async () => {
    const dir = folder();
    const name = `${'n'.repeat(250)}.svg`;
    await writeFileAtomic(join(dir, name), '<svg/>');
    expect(readFileSync(join(dir, name), 'utf8')).toBe('<svg/>');
    expect(readdirSync(dir).sort()).toEqual(['real.csv', name].sort());
  });

  it('a name over the limit is a clear error, not an internal one, and leaves nothing behind', async () => {
    const dir = folder();
    const io = captureIO({ cwd: dir });
    const name = `${'n'.repeat(300)}.svg`;
    expect(await runCli(['chart', 'scatter', 'real.csv', '--x', 'x', '--y', 'y', '--out', name], io)).toBe(1);
    expect(io.err()).toContain(
      `its name is too long for the file system (${name.length} bytes; most allow 255). Nothing was changed there.`,
    );
    expect(io.err()).not.toMatch(/internal/i);
    expect(readdirSync(dir)).toEqual(['real.csv']);
  });

  it('a missing folder is named in the error', () => {
    const dir = folder();
    let error: unknown;
    try {
      writeFileAtomicSync(join(dir, 'nope', 'x.csv'), 'a');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FitplotError);
    expect((error as FitplotError).message).toBe(
      `Could not write ${join(dir, 'nope', 'x.csv')}: the folder ${join(dir, 'nope')} does not exist. Nothing was changed there.`,
    );
  });

  it('Ctrl-C during a write removes the temporary file, keeps the old target, and re-raises the signal', async () => {
    const dir = folder();
    const target = join(dir, 'real.csv');
    const kill = vi.spyOn(process, 'kill').mockImplementation(() => true);
    function* pieces(): Generator<string> {
      yield 'a,b\n';
      // The user presses Ctrl-C while the rest is being produced.
      process.emit('SIGINT', 'SIGINT');
      yield '1,2\n';
    }
    await expect(writeFileAtomic(target, pieces())).rejects.toBeInstanceOf(FitplotError);
    expect(kill).toHaveBeenCalledWith(process.pid, 'SIGINT');
    expect(readdirSync(dir)).toEqual(['real.csv']);
    expect(readFileSync(target, 'utf8')).toBe(CSV);
    expect(process.listenerCount('SIGINT')).toBe(0);
  });
});

describe('inputs that are not regular files', () => {
  it('a FIFO without a writer is refused at once instead of hanging', async () => {
    const dir = folder();
    execFileSync('mkfifo', [join(dir, 'pipe.csv')]);
    const io = captureIO({ cwd: dir });
    expect(await runCli(['describe', 'pipe.csv'], io)).toBe(1);
    expect(io.err()).toContain('pipe.csv is not a regular file (it is a named pipe (FIFO)); Fitplot reads only files on disk');
    expect(existsSync(join(dir, 'pipe.csv'))).toBe(true);
  });
});
