/** What every `fitplot` sub-command provides, and the small I/O surface it writes to (testable in-process). */

export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stderr is an interactive terminal (progress bars only then). */
  readonly stderrIsTTY: boolean;
  readonly cwd: string;
}

export interface Command {
  readonly name: string;
  /** One line for `fitplot --help`. */
  readonly summary: string;
  /** Full usage text for `fitplot NAME --help`. */
  readonly usage: string;
  /** Returns the exit code: 0 ok, 1 bad input, 2 usage. */
  run(args: readonly string[], io: CliIO): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

/** Thrown for wrong flags or arguments; main prints the message with the command's usage and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
