/**
 * The CLI's words for some loader and chart hints: the engine's English hint says what to do in general
 * terms ("store numbers as 32-bit floats"); on the command line the flag that does it is named.
 * Messages themselves are the engine's English words (src/io/loadMessages.ts).
 */
import type { ErrorInfo } from '../table/errors';

const ENCODING = 'Give the encoding with --encoding (utf-8, utf-16le, utf-16be, cp949, windows-1252, …).';
const TOO_LARGE =
  'Use --float32 (numbers in half the memory), split the file or load fewer columns, or set --memory-limit (e.g. --memory-limit 8GB) if more memory is free than the budget allows.';

const FLAG_HINTS: Readonly<Record<string, string>> = {
  'load.tooLarge': TOO_LARGE,
  'load.tooLargeBySize': TOO_LARGE,
  'load.encodingUnknown':
    'Use a standard label with --encoding, such as utf-8, utf-16le, cp949, euc-kr, windows-1252 or shift_jis, or leave --encoding out to detect it.',
  'load.encodingGuessUnsupported':
    'Save the file as UTF-8, or give its encoding with --encoding (--encoding utf-8 reads it with undecodable bytes shown as "\uFFFD").',
  'load.decodeFailed': ENCODING,
  'load.xlsx.sheetNotFound': "Give --sheet a sheet's name (in quotes when it has spaces) or its position (1 for the first).",
  'load.xlsx.emptySheet': "Choose another sheet with --sheet, or a --header-row within the sheet's data.",
  'load.xlsx.badHeaderRow': 'Give --header-row the sheet row number of the column names (1 for the first row).',
  'load.xlsx.pythonNeedsCsv': 'Save the sheet as CSV UTF-8 (in Excel: File › Save As) and run fit --python on that file.',
  'load.badMemoryLimit': 'Give --memory-limit as a size such as 800MB or 2GiB, or leave it out.',
  'chart.stackNotAdditive': 'Use --agg sum or --agg count with --stacked, or leave --stacked out to compare the groups side by side.',
  'chart.roleUnused': 'Leave out --y to count rows, or give --agg (sum, mean, …) to aggregate the --y column.',
  'chart.tooManyColourValues': 'Give --color a category column, or a number column with a few codes (such as 1/2).',
};

/** The hint to print under an error: the flag hint for its key when there is one, else the engine's. */
export function cliHint(info: ErrorInfo): string | undefined {
  return (info.key !== undefined ? FLAG_HINTS[info.key] : undefined) ?? info.hint;
}
