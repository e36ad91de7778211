/** Process entry of the `fitplot` command (bundled to dist/cli.cjs by scripts/buildCli.mjs). */
import { runCli } from './run';

const io = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`fitplot: unexpected failure: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
