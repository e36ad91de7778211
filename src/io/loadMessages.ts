/**
 * The loader's messages as keys with parameters (src/table/messages.ts), and their English words.
 * Every error and warning the loader gives carries one of these keys; the English `message` and
 * `hint` beside it come from here too, so the CLI (which prints them) and the app's English fall
 * back to the same words. The app words each key itself (EN/KO): LOAD_MESSAGE_KEYS lists every key
 * it can receive, hints included (a hint's key is its message's key + `Hint`), so a test can check
 * that each one has words in every UI language. Parameters are plain numbers and strings (a file
 * name, a line, a count, an encoding label); lists are arrays.
 */
import { FitplotError } from '../table/errors';
import type { ErrorCode } from '../table/errors';
import type { MessageParam, MessageParams } from '../table/messages';
import type { LoadWarning, WarningCode } from './types';

type Words = (p: MessageParams) => string;
interface Entry {
  readonly text: Words;
  readonly hint?: Words;
}

const str = (v: MessageParam | undefined): string => (Array.isArray(v) ? v.join(', ') : String(v ?? ''));
const num = (v: MessageParam | undefined): string => (typeof v === 'number' ? v.toLocaleString('en-US') : str(v));
/** Bytes in decimal kB below 1 MB, else in MB: `480 kB`, `5,000 MB`. */
const mb = (v: MessageParam | undefined): string =>
  Number(v) < 1e6
    ? `${Math.round(Number(v) / 1e3).toLocaleString('en-US')} kB`
    : `${Math.round(Number(v) / 1e6).toLocaleString('en-US')} MB`;

/** What a warning's numbers count: a text file's lines, or a workbook's sheet rows (`unit: 'row'`, inSheetRows). */
const at = (p: MessageParams): string => (p.unit === 'row' ? 'row' : 'line');
const At = (p: MessageParams): string => (p.unit === 'row' ? 'Row' : 'Line');

/** Invalid cells as `"value" (line n)` (a workbook: `(row n)`), from the parallel `values` and `lines` parameters. */
function examples(p: MessageParams): string {
  const values = Array.isArray(p.values) ? p.values : [];
  const lines = Array.isArray(p.lines) ? p.lines : [];
  return values.map((v, i) => `"${String(v)}" (${at(p)} ${String(lines[i])})`).join(', ');
}

/** The non-text formats recognised by their first bytes (sniff.ts), the `kind` of load.binary.magic. */
export const BINARY_KINDS = {
  png: 'a PNG image',
  jpeg: 'a JPEG image',
  gif: 'a GIF image',
  pdf: 'a PDF document',
  zip: 'a ZIP archive (an .xlsx workbook is one)',
  gzip: 'a gzip archive',
  ole: 'an old Office document (.xls)',
  parquet: 'a Parquet file',
} as const;
export type BinaryKind = keyof typeof BINARY_KINDS;

/** The typed column types, as the `type` of load.invalidCells names them. */
const TYPE_PLURALS = { number: 'numbers', datetime: 'dates/times', boolean: 'true/false' } as const;

/** What a path that is not a regular file is (the `kind` of load.notRegularFile). */
export const NON_FILE_KINDS = { fifo: 'a named pipe (FIFO)', socket: 'a socket', device: 'a device', other: 'not a file' } as const;

/** Where the memory budget came from (memoryEstimate.ts BudgetSource). */
const budget = (p: MessageParams): string =>
  p.budgetSource === 'available' ? 'the memory this process can use now' : 'the memory limit that was set';
const TOO_LARGE_HINT = (): string =>
  'Store numbers as 32-bit floats (half the memory), load fewer columns or a sample of the rows, or allow more memory.';

const CHECK_EXPORT = (): string => 'Choose another file, or check that the export finished writing.';
const CHOOSE_CSV = (): string => 'Choose a CSV or text file; from Excel, use File › Save As › CSV UTF-8.';
const CHOOSE_ENCODING = (): string => 'Choose the encoding explicitly (utf-8, utf-16le, utf-16be, cp949, windows-1252, …).';

const EN = {
  // Errors: the file as a whole.
  'load.emptyFile': { text: (p) => `${str(p.file)} is empty (0 bytes).`, hint: CHECK_EXPORT },
  'load.onlyBlankLines': { text: (p) => `${str(p.file)} has no data: it contains only blank lines.`, hint: CHECK_EXPORT },
  'load.notFound': { text: (p) => `${str(p.file)} does not exist.`, hint: () => 'Check the path and the file permissions.' },
  'load.permissionDenied': {
    text: (p) => `${str(p.file)} cannot be read (permission denied).`,
    hint: () => 'Check the path and the file permissions.',
  },
  'load.isFolder': { text: (p) => `${str(p.file)} is a folder, not a file.`, hint: () => 'Give the path of a CSV file.' },
  'load.notRegularFile': {
    text: (p) =>
      `${str(p.file)} is not a regular file (it is ${NON_FILE_KINDS[p.kind as keyof typeof NON_FILE_KINDS] ?? str(p.kind)}); Fitplot reads only files on disk, whose size is known and which end.`,
    hint: () => 'Save the data to a file first, then open that file.',
  },
  'load.unreadable': {
    text: (p) => `${str(p.file)} could not be read: ${str(p.reason)}.`,
    hint: () => 'Check that the file still exists and is readable, then try again.',
  },
  'load.cancelled': { text: (p) => `Loading ${str(p.file)} was cancelled.`, hint: () => 'Open the file again to load it.' },
  'load.tooLargeBySize': {
    text: (p) =>
      `${str(p.file)} is ${mb(p.fileBytes)}; as a table it would need at least about ${mb(p.estimateBytes)} of memory, more than the budget of ${mb(p.budgetBytes)} (${budget(p)}).`,
    hint: TOO_LARGE_HINT,
  },
  'load.tooLarge': {
    text: (p) =>
      `${str(p.file)} would need about ${mb(p.estimateBytes)} of memory as a table (${mb(p.fileBytes)} at ${str(p.cellsPerByte)} cells per byte in its first rows, ${str(p.bytesPerCell)} bytes per cell), more than the budget of ${mb(p.budgetBytes)} (${budget(p)}).`,
    hint: TOO_LARGE_HINT,
  },
  // Errors: what is in the file.
  'load.binary.magic': {
    text: (p) => `${str(p.file)} is not a text (CSV) file: it looks like ${BINARY_KINDS[p.kind as BinaryKind] ?? str(p.kind)}.`,
    hint: CHOOSE_CSV,
  },
  'load.binary.nul': {
    text: (p) => `${str(p.file)} is not a text (CSV) file: it contains NUL bytes (first at byte ${num(p.offset)}).`,
    hint: CHOOSE_CSV,
  },
  'load.binary.control': {
    text: (p) => `${str(p.file)} is not a text (CSV) file: ${str(p.percent)} % of its first bytes are control characters.`,
    hint: CHOOSE_CSV,
  },
  'load.unterminatedQuote': {
    text: (p) =>
      `${str(p.file)}, line ${num(p.line)}, character ${num(p.character)}: a quoted field opens here and is never closed, so the rest of the file would be read as one cell.`,
    hint: () => 'Close the quote (a quote inside a quoted field is written twice: "") or remove it, then load the file again.',
  },
  'load.quoteTooLong': {
    text: (p) =>
      `${str(p.file)}, line ${num(p.line)}, character ${num(p.character)}: a quoted field opens here and is not closed within ${num(p.limit)} characters, the longest record Fitplot reads.`,
    hint: () =>
      'If the quote was meant to be closed, close it (a quote inside a quoted field is written twice: ""); otherwise split the cell.',
  },
  'load.recordTooLong': {
    text: (p) =>
      `${str(p.file)}, line ${num(p.line)}: the line is longer than ${num(p.limit)} characters, the longest record Fitplot reads.`,
    hint: () => 'Check the line ends (a file with CR-only or no line ends reads as one line) or split the long cells.',
  },
  'load.encodingUnknown': {
    text: (p) => `The encoding "${str(p.encoding)}" is not known${p.file === undefined ? '' : ` (reading ${str(p.file)})`}.`,
    hint: () =>
      'Use a standard label such as utf-8, utf-16le, cp949, euc-kr, windows-1252 or shift_jis, or leave the encoding out to detect it.',
  },
  'load.encodingGuessUnsupported': {
    text: (p) =>
      `${str(p.file)} looks like ${str(p.encoding)} text (a guess, ${str(p.confidence)} % confidence), which Fitplot cannot read.`,
    hint: () =>
      'Save the file as UTF-8 (or UTF-16 with a byte-order mark), or choose its encoding explicitly (utf-8 reads it with the undecodable bytes shown as "\uFFFD").',
  },
  'load.decodeFailed': {
    text: (p) => `${str(p.file)} could not be decoded as ${str(p.encoding)}.`,
    hint: () => 'Choose another encoding.',
  },
  'load.columnTypeUnknownColumn': {
    text: (p) => `columnTypes names a column "${str(p.column)}" that ${str(p.file)} does not have. Columns: ${str(p.columns)}.`,
    hint: () => 'Use the names exactly as in the header.',
  },
  'load.badMaxRows': {
    text: (p) => `maxRows must be a whole number ≥ 0, not ${str(p.value)}.`,
    hint: () => 'Leave it out to read every row.',
  },
  // Errors: workbooks (.xlsx).
  'load.xlsx.damaged': {
    text: (p) => `${str(p.file)} could not be read as an Excel workbook: ${str(p.reason)}.`,
    hint: () => 'Open it in Excel and save it again as .xlsx, or save the sheet as CSV UTF-8.',
  },
  'load.xlsx.notWorkbook': {
    text: (p) => `${str(p.file)} is a ZIP archive but not an Excel workbook (it has no workbook part).`,
    hint: CHOOSE_CSV,
  },
  'load.xlsx.noSheets': {
    text: (p) => `${str(p.file)} has no worksheet with cells (only chart sheets, or none).`,
    hint: () => 'Choose a workbook with a worksheet.',
  },
  'load.xlsx.sheetNotFound': {
    text: (p) => `${str(p.file)} has no sheet "${str(p.sheet)}". Sheets: ${str(p.sheets)}.`,
    hint: () => 'Give a sheet by its name or its position (1 for the first).',
  },
  'load.xlsx.emptySheet': {
    text: (p) => `${str(p.file)}, sheet "${str(p.sheet)}": no cell has data${Number(p.row) > 1 ? ` from row ${num(p.row)} on` : ''}.`,
    hint: () => "Choose another sheet, or a header row within the sheet's data.",
  },
  'load.xlsx.badHeaderRow': {
    text: (p) => `The header row must be a whole number ≥ 1, not ${str(p.value)}.`,
    hint: () => 'Give the sheet row number of the column names (1 for the first row).',
  },
  'load.xlsx.pythonNeedsCsv': {
    text: (p) =>
      `${str(p.file)} is an Excel workbook; the Python script reads its data with Python's csv module, so it needs the data as a CSV file.`,
    hint: () => 'Save the sheet as CSV UTF-8 (in Excel: File › Save As), open that file, fit again and export the script.',
  },
  'load.badMemoryLimit': {
    text: (p) => `The memory limit must be a positive number of bytes, not ${str(p.value)}.`,
    hint: () => 'Leave it out to use the memory the process may use.',
  },
  // Warnings.
  'load.encodingDoubt.cp949Replacements': {
    text: (p) =>
      `${str(p.file)}: decoded as CP949 (Korean), but ${num(p.count)} byte sequence(s) in the first part did not fit. If text looks wrong, choose the encoding explicitly.`,
    hint: CHOOSE_ENCODING,
  },
  'load.encodingDoubt.guessed': {
    text: (p) =>
      `${str(p.file)}: the file is not UTF-8; the encoding was guessed as ${str(p.encoding)} (${str(p.confidence)} % confidence). Check accented or non-Latin text; if it looks wrong, choose the encoding explicitly.`,
    hint: CHOOSE_ENCODING,
  },
  'load.encodingDoubt.brokenUtf8': {
    text: (p) =>
      `${str(p.file)}: the file is UTF-8, but ${num(p.count)} byte sequence(s) in its first part are not valid UTF-8 and show as "\uFFFD" (the file may be damaged). If text looks wrong, choose the encoding explicitly.`,
    hint: CHOOSE_ENCODING,
  },
  'load.encodingDoubt.lateSwitch': {
    text: (p) =>
      `${str(p.file)}: the first part of the file is valid UTF-8 but a later part (near byte ${num(p.offset)}) is not; the file was read as ${str(p.encoding)}. If text looks wrong, choose the encoding explicitly.`,
    hint: CHOOSE_ENCODING,
  },
  'load.encodingDoubt.userSingleByte': {
    text: (p) =>
      `${str(p.file)}: the file was read as ${str(p.encoding)} as requested, but its bytes look like UTF-8; accented or non-Latin text may show as mojibake (e.g. "Ã©").`,
    hint: () => 'Leave the encoding out, or choose utf-8.',
  },
  'load.replacementCharacters': {
    text: (p) =>
      `${str(p.file)}: ${num(p.count)} character(s) could not be decoded as ${str(p.encoding)} and show as "\uFFFD" (first on line(s) ${str(p.lines)}).`,
  },
  'load.nulBytes': {
    text: (p) =>
      `${str(p.file)}: ${num(p.count)} NUL byte(s) were found and removed from the text (first on line(s) ${str(p.lines)}); a text file has none, so the file may be damaged or not entirely text.`,
  },
  'load.blankLines': { text: (p) => `${num(p.count)} blank line(s) were skipped (first on line(s) ${str(p.lines)}).` },
  'load.malformedQuotes': {
    text: (p) =>
      `${str(p.file)}: ${num(p.count)} record(s) have a closing quote followed by other text (like "abc"def) on line(s) ${str(p.lines)}; everything up to the next closing quote was read as one cell, possibly joining lines.`,
  },
  'load.raggedShort': {
    text: (p) =>
      `${num(p.count)} row(s) have fewer than ${num(p.width)} fields (first on ${at(p)}(s) ${str(p.lines)}); their last cells are missing.`,
  },
  'load.raggedLong': {
    text: (p) =>
      `${num(p.count)} row(s) have more than ${num(p.width)} fields (up to ${num(p.maxFields)}; first on line(s) ${str(p.lines)}); the extra fields were dropped, nothing was shifted. Check the delimiter or quoting on those lines.`,
  },
  'load.emptyHeader': {
    text: (p) =>
      `${At(p)} ${num(p.line)}: ${num(p.count)} column(s) had no name (position ${str(p.positions)}) and were named ${str(p.names)}.`,
  },
  'load.duplicateHeader': { text: (p) => `${At(p)} ${num(p.line)}: repeated column names were made unique: ${str(p.renamed)}.` },
  'load.invalidCells': {
    text: (p) =>
      `Column "${str(p.column)}": ${num(p.count)} cell(s) could not be read as ${TYPE_PLURALS[p.type as keyof typeof TYPE_PLURALS] ?? str(p.type)} and count as missing, e.g. ${examples(p)}.`,
  },
  'load.float32Precision': {
    text: (p) =>
      `Column "${str(p.column)}" is stored as 32-bit floats: ${num(p.count)} value(s) were rounded (largest relative change ${str(p.worst)}; float32 keeps about 7 significant digits).`,
  },
  'load.xlsx.errorCells': {
    text: (p) =>
      `${str(p.file)}: ${num(p.count)} cell(s) hold an Excel error value (e.g. ${str(p.cells)}); they are invalid cells of their columns.`,
  },
  'load.xlsx.wideRows': {
    text: (p) =>
      `${num(p.count)} row(s) have cells beyond the header's ${num(p.width)} columns (up to ${num(p.maxFields)}; first on row(s) ${str(p.lines)}); those cells were dropped. Check the header row, or give those columns a name in the header.`,
  },
  'load.xlsx.emptyRows': {
    text: (p) => `${num(p.count)} empty row(s) between rows with data were skipped (first: row(s) ${str(p.rows)}).`,
  },
  'load.xlsx.mergedCells': {
    text: (p) =>
      `${str(p.file)}: ${num(p.count)} merged range(s) (e.g. ${str(p.ranges)}); only the top-left cell of each holds the value, the others are missing.`,
  },
  'load.fileChanged': {
    text: (p) =>
      `${str(p.file)} changed while it was read (${num(p.sizeBefore)} bytes when opened, ${num(p.sizeAfter)} after); the table holds what was read, which may mix old and new content.`,
    hint: () => 'Load the file again once the program writing it has finished.',
  },
  'load.lastLineUnended': {
    text: (p) =>
      `${str(p.file)}, line ${num(p.line)}: the last row has no line end and the file changed while it was read, so the row may be cut off.`,
    hint: () => 'Load the file again once the program writing it has finished.',
  },
} satisfies Record<string, Entry>;

export type LoadMessageKey = keyof typeof EN;

/** Every key a front end can receive from the loader: messages and their hints (`<key>Hint`). */
export const LOAD_MESSAGE_KEYS: readonly string[] = (Object.keys(EN) as LoadMessageKey[]).flatMap((key) =>
  (EN[key] as Entry).hint ? [key, hintKey(key)] : [key],
);

/** The key of a message's hint. */
export function hintKey(key: string): string {
  return `${key}Hint`;
}

/** The English words for a loader message (the CLI's wording, and the engine's fallback `message`). */
export function wordLoadMessage(key: LoadMessageKey, params: MessageParams): { message: string; hint?: string } {
  const entry: Entry = EN[key];
  const hint = entry.hint?.(params);
  return hint === undefined ? { message: entry.text(params) } : { message: entry.text(params), hint };
}

/** A FitplotError carrying the key, its parameters and the English words. */
export function loadError(
  code: ErrorCode,
  key: LoadMessageKey,
  params: MessageParams,
  where: { file?: string; line?: number; column?: string } = {},
): FitplotError {
  return new FitplotError({ code, key, params, ...wordLoadMessage(key, params), ...where });
}

/** A workbook's warning under another key, where the text file's words do not fit a sheet. */
const SHEET_KEYS: Readonly<Partial<Record<string, LoadMessageKey>>> = { 'load.raggedLong': 'load.xlsx.wideRows' };

/**
 * A warning of a workbook's load, worded for sheet rows: its line numbers are the sheet's row
 * numbers (the `unit: 'row'` parameter says so to every front end), and a wide row is not a
 * delimiter problem.
 */
export function inSheetRows(warning: LoadWarning): LoadWarning {
  const key = (SHEET_KEYS[warning.key] ?? warning.key) as LoadMessageKey;
  const params = { ...warning.params, unit: 'row' };
  const { message, hint } = wordLoadMessage(key, params);
  const { hint: _old, ...rest } = warning;
  return { ...rest, key, params, message, ...(hint !== undefined && { hint }) };
}

/** A LoadWarning carrying the key, its parameters and the English words. */
export function loadWarning(
  code: WarningCode,
  key: LoadMessageKey,
  params: MessageParams,
  extra: Omit<LoadWarning, 'code' | 'key' | 'params' | 'message'> = {},
): LoadWarning {
  const { message, hint } = wordLoadMessage(key, params);
  return { code, key, params, message, ...(hint !== undefined && { hint }), ...extra };
}
