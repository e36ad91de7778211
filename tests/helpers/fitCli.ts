/** Runs `fitplot fit` / `fitplot predict` in-process (runCli with those two commands), capturing the output. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run';
import { fitCommand } from '../../src/cli/commands/fit';
import { predictCommand } from '../../src/cli/commands/predict';
import { captureIO } from './cliIO';

export async function runFitCli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const io = captureIO({ cwd });
  const code = await runCli(args, io, [fitCommand, predictCommand]);
  return { code, out: io.out(), err: io.err() };
}

/** A fresh folder for a test's outputs. */
export function tempDir(prefix = 'fitplot-fit-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
