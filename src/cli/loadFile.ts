/**
 * The loader flags every file-reading command shares (--encoding, --delimiter, --decimal-comma,
 * --no-header, --float32, --workers, --memory-limit; --sheet and --header-row for workbooks) and the one way the CLI loads a file: a streamed file source
 * (or two worker threads, ./splitLoad.ts), Node's CP949 decoder, a progress bar on stderr, and
 * Ctrl-C as a cancel.
 */
import type { CliIO } from './command';
import { UsageError } from './command';
import { fileSource } from '../node/fileSource';
import { checkFlagsForFile } from './fileKindFlags';
import { availableMemoryBudget, parseMemoryLimit } from './memoryBudget';
import { registerNodeDecoders } from '../node/nodeDecoders';
import { createProgressBar } from './progressBar';
import { splitFirstPass } from './splitLoad';
import { loadTable } from '../io/loadTable';
import type { Delimiter, LoadOptions, LoadProgress, LoadResult } from '../io/types';
import { resolve } from 'node:path';

/** node:util parseArgs option descriptors for the loader flags. */
export const loaderFlags = {
  encoding: { type: 'string' },
  delimiter: { type: 'string' },
  'decimal-comma': { type: 'boolean' },
  'no-header': { type: 'boolean' },
  float32: { type: 'boolean' },
  workers: { type: 'string' },
  'memory-limit': { type: 'string' },
  sheet: { type: 'string' },
  'header-row': { type: 'string' },
} as const;

/** The help lines for loaderFlags, shared by every command's usage text. */
export const LOADER_FLAGS_HELP = `  --encoding E      utf-8, utf-16le, utf-16be, cp949 (euc-kr), windows-1252, … (default: detected)
  --delimiter D     , ; tab | (default: detected)
  --decimal-comma   read 1,5 as 1.5 (default when the delimiter is ;)
  --no-header       the first line is data; columns are named column_1, column_2, …
  --float32         store number columns as 32-bit floats (half the memory; a warning reports any precision lost)
  --workers N       1 or 2 threads (default 1; 2 reads files ≥ 64 MiB without quotes in two halves, and describe uses both threads)
  --memory-limit S  memory the table may use, e.g. 800MB or 2GiB; a file whose table is estimated larger is
                    refused before it is read (default: 3/4 of the memory this process can use now)
Excel workbooks (.xlsx, .xlsm; --encoding, --delimiter and --decimal-comma do not apply):
  --sheet S         the sheet: its name, or its position (1 for the first; default the first)
  --header-row N    the sheet row of the column names; rows above it are skipped (default: the first row with data)`;

export interface LoaderFlagValues {
  encoding?: string;
  delimiter?: string;
  'decimal-comma'?: boolean;
  'no-header'?: boolean;
  float32?: boolean;
  workers?: string;
  'memory-limit'?: string;
  sheet?: string;
  'header-row'?: string;
}

/** Loader options plus how many threads read the file (2: ./splitLoad.ts). */
export interface CliLoadOptions extends LoadOptions {
  readonly workers?: 1 | 2;
}

const DELIMITERS: Record<string, Delimiter> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  '\t': '\t',
  '\\t': '\t',
  tab: '\t',
  '|': '|',
  pipe: '|',
};

export function loadOptionsFrom(values: LoaderFlagValues): CliLoadOptions {
  const options: { -readonly [K in keyof CliLoadOptions]: CliLoadOptions[K] } = {};
  if (values.encoding !== undefined) options.encoding = values.encoding;
  if (values.delimiter !== undefined) {
    const delimiter = DELIMITERS[values.delimiter];
    if (!delimiter) throw new UsageError(`--delimiter must be one of , ; tab | (got '${values.delimiter}').`);
    options.delimiter = delimiter;
  }
  if (values['decimal-comma']) options.decimalComma = true;
  if (values['no-header']) options.header = false;
  if (values.float32) options.float32 = true;
  if (values.workers !== undefined) {
    if (values.workers !== '1' && values.workers !== '2') throw new UsageError(`--workers must be 1 or 2 (got '${values.workers}').`);
    options.workers = values.workers === '2' ? 2 : 1;
  }
  if (values['memory-limit'] !== undefined) {
    const budget = parseMemoryLimit(values['memory-limit']);
    options.memoryLimitBytes = budget.bytes;
    options.memoryLimitSource = budget.source;
  }
  if (values.sheet !== undefined) options.sheet = values.sheet;
  if (values['header-row'] !== undefined) {
    const row = Number(values['header-row']);
    if (!/^\d+$/.test(values['header-row'].trim()) || row < 1)
      throw new UsageError(`--header-row takes the sheet row number of the column names, 1 or more (got '${values['header-row']}').`);
    options.headerRow = row;
  }
  return options;
}

export async function loadFile(path: string, cliOptions: CliLoadOptions, io: CliIO): Promise<LoadResult> {
  checkFlagsForFile(path, cliOptions);
  const { workers, ...given } = cliOptions;
  const budget = given.memoryLimitBytes === undefined ? availableMemoryBudget() : undefined;
  const options: LoadOptions = budget ? { ...given, memoryLimitBytes: budget.bytes, memoryLimitSource: budget.source } : given;
  registerNodeDecoders();
  const source = fileSource(path, io.cwd);
  const bar = createProgressBar(io, `Loading ${source.name}`);
  const controller = new AbortController();
  const onInterrupt = (): void => controller.abort();
  process.once('SIGINT', onInterrupt);
  try {
    const loadOptions = { ...options, signal: controller.signal, onProgress: (p: LoadProgress) => bar.update(p) };
    // Two workers: the table's arrays are shared, so a second thread can also describe it (parallelDescribe.ts).
    return await (workers === 2
      ? loadTable(source, { ...loadOptions, sharedMemory: true }, splitFirstPass(resolve(io.cwd, path)))
      : loadTable(source, loadOptions));
  } finally {
    process.off('SIGINT', onInterrupt);
    bar.done();
  }
}
