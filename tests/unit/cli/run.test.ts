import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { UsageError } from '../../../src/cli/command';
import type { Command } from '../../../src/cli/command';
import { FitplotError } from '../../../src/table/errors';
import { captureIO } from '../../helpers/cliIO';

const echo: Command = {
  name: 'echo',
  summary: 'Echo the arguments',
  usage: 'Usage: fitplot echo WORDS',
  async run(args, io) {
    if (args[0] === 'usage') throw new UsageError('bad flag --x.');
    if (args[0] === 'input')
      throw new FitplotError({ code: 'EMPTY_FILE', message: 'a.csv is empty (0 bytes).', hint: 'Choose a file with data.' });
    if (args[0] === 'bug') throw new TypeError('undefined is not a function');
    io.stdout(args.join(' '));
    return 0;
  },
};

describe('runCli', () => {
  it('lists commands and exits 2 without a command, 0 for --help', async () => {
    const io = captureIO();
    expect(await runCli([], io, [echo])).toBe(2);
    expect(io.out()).toContain('echo  Echo the arguments');
    expect(await runCli(['--help'], captureIO(), [echo])).toBe(0);
  });

  it('runs a command and passes its exit code through', async () => {
    const io = captureIO();
    expect(await runCli(['echo', 'a', 'b'], io, [echo])).toBe(0);
    expect(io.out()).toBe('a b');
  });

  it('exits 2 with the usage for unknown commands and usage errors', async () => {
    const unknown = captureIO();
    expect(await runCli(['nope'], unknown, [echo])).toBe(2);
    expect(unknown.err()).toContain("unknown command 'nope'");
    const usage = captureIO();
    expect(await runCli(['echo', 'usage'], usage, [echo])).toBe(2);
    expect(usage.err()).toContain('fitplot echo: bad flag --x.');
    expect(usage.err()).toContain('Usage: fitplot echo WORDS');
  });

  it('exits 1 with the message and hint for bad input, never a stack trace', async () => {
    const io = captureIO();
    expect(await runCli(['echo', 'input'], io, [echo])).toBe(1);
    expect(io.err()).toBe('fitplot echo: a.csv is empty (0 bytes).\nChoose a file with data.\n');
    const bug = captureIO();
    expect(await runCli(['echo', 'bug'], bug, [echo])).toBe(1);
    expect(bug.err()).toContain('Unexpected internal error: undefined is not a function');
    expect(bug.err()).not.toContain('    at ');
  });

  it('prints a command usage for COMMAND --help', async () => {
    const io = captureIO();
    expect(await runCli(['echo', '--help'], io, [echo])).toBe(0);
    expect(io.out()).toBe('Usage: fitplot echo WORDS\n');
  });
});
