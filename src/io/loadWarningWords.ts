/** The loader's warnings in English, by message key. */
import type { Entry } from './loadWordsShared';
import { At, CHOOSE_ENCODING, TYPE_PLURALS, at, examples, num, str } from './loadWordsShared';

export const LOAD_WARNING_WORDS = {
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
