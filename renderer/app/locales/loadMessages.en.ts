/**
 * The loader's messages (keys `load.*`, src/io/loadMessages.ts) in English for the app. Nested by
 * the dots of the key; a hint's key is its message's key + `Hint`. Hints name the app's controls
 * (the CLI's name its flags). Byte counts arrive also in MB (`fileBytesMB`, renderer/components/messageText.ts);
 * `$t(…)` words a parameter that is a code (a kind of file, a column type).
 */
const CHOOSE_CSV = 'Choose a CSV or text file, or an Excel workbook (.xlsx).';
const CHECK_EXPORT = 'Choose another file, or check that the export finished writing.';
const CHOOSE_ENCODING = 'Choose the encoding in the Import view (UTF-8, UTF-16, CP949, Windows-1252, …).';
const TOO_LARGE =
  'Tick “Numbers as 32-bit floats” (half the memory), load fewer columns or a sample of the rows, or raise the memory budget in the Import view.';
const LATER = 'Load the file again once the program writing it has finished.';

export const loadMessagesEn = {
  emptyFile: '{{file}} is empty (0 bytes).',
  emptyFileHint: CHECK_EXPORT,
  onlyBlankLines: '{{file}} has no data: it contains only blank lines.',
  onlyBlankLinesHint: CHECK_EXPORT,
  notFound: '{{file}} does not exist.',
  notFoundHint: 'Check that the file was not moved or deleted, then open it again.',
  permissionDenied: '{{file}} cannot be read (permission denied).',
  permissionDeniedHint: 'Check the file’s permissions, then open it again.',
  isFolder: '{{file}} is a folder, not a file.',
  isFolderHint: 'Choose a file inside the folder.',
  notRegularFile: '{{file}} is not a regular file (it is $t(messages.load.fileKind.{{kind}})); Fitplot reads only files on disk.',
  notRegularFileHint: 'Save the data to a file first, then open that file.',
  fileKind: { fifo: 'a named pipe (FIFO)', socket: 'a socket', device: 'a device', other: 'not a file' },
  unreadable: '{{file}} could not be read: {{reason}}.',
  unreadableHint: 'Check that the file still exists and is readable, then try again.',
  cancelled: 'Loading {{file}} was cancelled.',
  cancelledHint: 'Open the file again to load it.',
  tooLargeBySize:
    '{{file}} is {{fileBytesMB}}; as a table it would need at least about {{estimateBytesMB}} of memory, more than the budget of {{budgetBytesMB}} ($t(messages.load.budget.{{budgetSource}})).',
  tooLargeBySizeHint: TOO_LARGE,
  tooLarge:
    '{{file}} would need about {{estimateBytesMB}} of memory as a table ({{fileBytesMB}} at {{cellsPerByte}} cells per byte in its first rows, {{bytesPerCell}} bytes per cell), more than the budget of {{budgetBytesMB}} ($t(messages.load.budget.{{budgetSource}})).',
  tooLargeHint: TOO_LARGE,
  budget: { limit: 'the memory budget that was set', available: 'the memory this process can use now' },
  binary: {
    magic: '{{file}} is not a text (CSV) file: it looks like $t(messages.load.binaryKind.{{kind}}).',
    magicHint: CHOOSE_CSV,
    nul: '{{file}} is not a text (CSV) file: it contains NUL bytes (first at byte {{offset}}).',
    nulHint: CHOOSE_CSV,
    control: '{{file}} is not a text (CSV) file: {{percent}} % of its first bytes are control characters.',
    controlHint: CHOOSE_CSV,
  },
  binaryKind: {
    png: 'a PNG image',
    jpeg: 'a JPEG image',
    gif: 'a GIF image',
    pdf: 'a PDF document',
    zip: 'a ZIP archive (an Excel workbook is one: give it the .xlsx name)',
    gzip: 'a gzip archive',
    ole: 'an old Office document (.xls)',
    parquet: 'a Parquet file',
  },
  unterminatedQuote:
    '{{file}}, line {{line}}, character {{character}}: a quoted field opens here and is never closed, so the rest of the file would be read as one cell.',
  unterminatedQuoteHint: 'Close the quote (a quote inside a quoted field is written twice: "") or remove it, then load the file again.',
  quoteTooLong:
    '{{file}}, line {{line}}, character {{character}}: a quoted field opens here and is not closed within {{limit}} characters, the longest record Fitplot reads.',
  quoteTooLongHint:
    'If the quote was meant to be closed, close it (a quote inside a quoted field is written twice: ""); otherwise split the cell.',
  recordTooLong: '{{file}}, line {{line}}: the line is longer than {{limit}} characters, the longest record Fitplot reads.',
  recordTooLongHint: 'Check the line ends (a file with no line ends reads as one line) or split the long cells.',
  encodingUnknown: 'The encoding “{{encoding}}” is not known (reading {{file}}).',
  encodingUnknownHint: 'Choose one of the encodings in the Import view, or Detect.',
  encodingGuessUnsupported: '{{file}} looks like {{encoding}} text (a guess, {{confidence}} % confidence), which Fitplot cannot read.',
  encodingGuessUnsupportedHint:
    'Save the file as UTF-8, or choose its encoding in the Import view (UTF-8 shows undecodable bytes as “\uFFFD”).',
  decodeFailed: '{{file}} could not be decoded as {{encoding}}.',
  decodeFailedHint: 'Choose another encoding in the Import view.',
  columnTypeUnknownColumn: 'A column type was set for “{{column}}”, which {{file}} does not have. Columns: {{columns}}.',
  columnTypeUnknownColumnHint: 'Open the file again to choose column types from its header.',
  badMaxRows: 'The number of rows to read must be a whole number ≥ 0, not {{value}}.',
  badMaxRowsHint: 'Leave it out to read every row.',
  badMemoryLimit: 'The memory budget must be a positive number, not {{value}}.',
  badMemoryLimitHint: 'Enter the budget in MB in the Import view (4096 by default).',
  xlsx: {
    damaged: '{{file}} could not be read as an Excel workbook: {{reason}}.',
    damagedHint: 'Open it in Excel and save it again as .xlsx, or save the sheet as CSV UTF-8.',
    notWorkbook: '{{file}} is a ZIP archive but not an Excel workbook (it has no workbook part).',
    notWorkbookHint: CHOOSE_CSV,
    noSheets: '{{file}} has no worksheet with cells (only chart sheets, or none).',
    noSheetsHint: 'Choose a workbook with a worksheet.',
    sheetNotFound: '{{file}} has no sheet “{{sheet}}”. Sheets: {{sheets}}.',
    sheetNotFoundHint: 'Choose one of the sheets in the Import view.',
    emptySheet: '{{file}}, sheet “{{sheet}}”: no cell has data from row {{row}} on.',
    emptySheetHint: 'Choose another sheet, or a header row within the sheet’s data.',
    pythonNeedsCsv:
      '{{file}} is an Excel workbook; the Python script reads its data with Python’s csv module, so it needs the data as a CSV file.',
    pythonNeedsCsvHint: 'Save the sheet as CSV UTF-8 (in Excel: File › Save As), open that file, fit again and export the script.',
    wideRows:
      '{{count}} rows have cells beyond the header’s {{width}} columns (up to {{maxFields}}); those cells were dropped. Check the header row, or give those columns a name in the header.',
    badHeaderRow: 'The header row must be a whole number ≥ 1, not {{value}}.',
    badHeaderRowHint: 'Enter the sheet row number of the column names (1 for the first row).',
    errorCells: '{{count}} cells hold an Excel error value (e.g. {{cells}}); they are invalid cells of their columns.',
    emptyRows: '{{count}} empty rows between rows with data were skipped.',
    mergedCells: '{{count}} merged ranges (e.g. {{ranges}}): only the top-left cell of each holds the value, the others are missing.',
  },
  encodingDoubt: {
    cp949Replacements:
      '{{file}}: read as CP949 (Korean), but {{count}} byte sequences in the first part did not fit. If text looks wrong, choose the encoding.',
    cp949ReplacementsHint: CHOOSE_ENCODING,
    guessed:
      '{{file}}: the file is not UTF-8; the encoding was guessed as {{encoding}} ({{confidence}} % confidence). If accented or non-Latin text looks wrong, choose the encoding.',
    guessedHint: CHOOSE_ENCODING,
    brokenUtf8:
      '{{file}}: the file is UTF-8, but {{count}} byte sequences in its first part are not valid UTF-8 and show as “\uFFFD” (the file may be damaged).',
    brokenUtf8Hint: CHOOSE_ENCODING,
    lateSwitch:
      '{{file}}: the first part is valid UTF-8 but a later part (near byte {{offset}}) is not; the file was read as {{encoding}}.',
    lateSwitchHint: CHOOSE_ENCODING,
    userSingleByte:
      '{{file}}: read as {{encoding}} as you chose, but its bytes look like UTF-8; accented or non-Latin text may look garbled (e.g. “Ã©”).',
    userSingleByteHint: 'Choose Detect or UTF-8 as the encoding.',
  },
  replacementCharacters: '{{count}} characters could not be decoded as {{encoding}} and show as “\uFFFD”.',
  nulBytes: '{{count}} NUL bytes were found and removed from the text; the file may be damaged or not entirely text.',
  blankLines: '{{count}} blank lines were skipped.',
  malformedQuotes:
    '{{count}} records have a closing quote followed by other text (like "abc"def); everything up to the next closing quote was read as one cell.',
  raggedShort: '{{count}} rows have fewer than {{width}} fields; their last cells are missing.',
  raggedLong:
    '{{count}} rows have more than {{width}} fields (up to {{maxFields}}); the extra fields were dropped, nothing was shifted. Check the delimiter or quoting on those lines.',
  emptyHeader: '{{count}} columns had no name (position {{positions}}) and were named {{names}}.',
  duplicateHeader: 'Repeated column names were made unique: {{renamed}}.',
  invalidCells: 'Column “{{column}}”: {{count}} cells could not be read as $t(types.{{type}}) and count as invalid.',
  float32Precision:
    'Column “{{column}}” is stored as 32-bit floats: {{count}} values were rounded (largest relative change {{worst}}; about 7 significant digits are kept).',
  fileChanged: '{{file}} changed while it was read ({{sizeBefore}} bytes when opened, {{sizeAfter}} after); the table holds what was read.',
  fileChangedHint: LATER,
  lastLineUnended:
    '{{file}}, line {{line}}: the last row has no line end and the file changed while it was read, so the row may be cut off.',
  lastLineUnendedHint: LATER,
};
