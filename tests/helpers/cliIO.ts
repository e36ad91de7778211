/** An in-memory CliIO for running `fitplot` commands in-process in tests. */
import type { CliIO } from '../../src/cli/command';

export interface CapturedIO extends CliIO {
  out: () => string;
  err: () => string;
}

export function captureIO(options: { stderrIsTTY?: boolean; cwd?: string } = {}): CapturedIO {
  let out = '';
  let err = '';
  return {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    stderrIsTTY: options.stderrIsTTY ?? false,
    cwd: options.cwd ?? process.cwd(),
    out: () => out,
    err: () => err,
  };
}
