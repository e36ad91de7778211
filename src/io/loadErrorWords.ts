/** The loader's errors in English, by message key: the file as a whole, what is in it, workbooks. */
import type { BinaryKind, Entry } from './loadWordsShared';
import { BINARY_KINDS, CHECK_EXPORT, CHOOSE_CSV, NON_FILE_KINDS, TOO_LARGE_HINT, budget, mb, num, str } from './loadWordsShared';

export const LOAD_ERROR_WORDS = {
  // The file as a whole.
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
  // What is in the file.
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
  // Workbooks (.xlsx).
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
} satisfies Record<string, Entry>;
