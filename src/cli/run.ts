/** Dispatches argv to a sub-command; turns every failure into a message and an exit code, never a stack trace. */
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, UsageError } from './command';
import type { CliIO, Command } from './command';
import { cliHint } from './cliHints';
import { commands } from './commands/index';
import { toErrorInfo } from '../table/errors';

export async function runCli(argv: readonly string[], io: CliIO, registry: readonly Command[] = commands): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(overview(registry));
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return EXIT_OK;
  }
  const command = registry.find((c) => c.name === name);
  if (!command) {
    io.stderr(`fitplot: unknown command '${name}'.\n\n${overview(registry)}`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage.trimEnd()}\n`);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(`fitplot ${command.name}: ${error.message}\n\n${command.usage.trimEnd()}\n`);
      return EXIT_USAGE;
    }
    const info = toErrorInfo(error);
    const hint = cliHint(info);
    io.stderr(`fitplot ${command.name}: ${info.message}${hint ? `\n${hint}` : ''}\n`);
    return EXIT_BAD_INPUT;
  }
}

/** node:util parseArgs throws TypeErrors coded ERR_PARSE_ARGS_* (unknown flag, missing value, stray argument): usage errors. */
function isParseArgsError(error: unknown): error is Error {
  const code: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

declare const __FITPLOT_VERSION__: string | undefined;
const VERSION = typeof __FITPLOT_VERSION__ === 'string' ? __FITPLOT_VERSION__ : 'dev';

function overview(registry: readonly Command[]): string {
  const width = Math.max(0, ...registry.map((c) => c.name.length));
  const lines = registry.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `Usage: fitplot <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun 'fitplot <command> --help' for a command's options.\n`;
}
