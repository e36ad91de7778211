/**
 * The warnings of a finished load that concern the whole file: what the record reader noticed
 * (encoding replacements, quotes, ragged rows), each column's own, and a file that changed while
 * it was read.
 */
import type { BuiltColumn } from './buildColumn';
import type { RowRouter } from './rowRouter';
import type { Dialect } from './pass';
import { rowWarnings } from './rowShape';
import type { RecordReader } from './records';
import { loadWarning } from './loadMessages';
import type { ByteSource, LoadWarning } from './types';

/** What the first pass noticed about records (the fast path never sees any of these: it falls back instead). */
export type ReaderStats = Pick<
  RecordReader,
  | 'replacementCount'
  | 'replacementLineNumbers'
  | 'nulBytes'
  | 'nulLineNumbers'
  | 'blankLines'
  | 'blankLineNumbers'
  | 'malformedQuotes'
  | 'malformedQuoteLines'
  | 'endsWithBreak'
  | 'lastRecordLine'
>;

export const NO_READER_NOTES: ReaderStats = {
  replacementCount: 0,
  replacementLineNumbers: [],
  nulBytes: 0,
  nulLineNumbers: [],
  blankLines: 0,
  blankLineNumbers: [],
  malformedQuotes: 0,
  malformedQuoteLines: [],
  endsWithBreak: true,
  lastRecordLine: 0,
};

export function collectWarnings(
  source: ByteSource,
  dialect: Dialect,
  reader: ReaderStats,
  router: RowRouter,
  built: readonly BuiltColumn[],
): LoadWarning[] {
  const file = source.name;
  const warnings: LoadWarning[] = [...router.headerWarnings];
  if (dialect.encodingDoubt)
    warnings.push(loadWarning('ENCODING_DOUBTFUL', dialect.encodingDoubt.key, { file, ...dialect.encodingDoubt.params }));
  if (reader.replacementCount > 0) {
    const lines = [...reader.replacementLineNumbers];
    warnings.push(
      loadWarning(
        'REPLACEMENT_CHARACTERS',
        'load.replacementCharacters',
        { file, count: reader.replacementCount, encoding: dialect.encoding, lines },
        { count: reader.replacementCount, lines },
      ),
    );
  }
  if (reader.nulBytes > 0) {
    const lines = [...reader.nulLineNumbers];
    warnings.push(loadWarning('NUL_BYTES', 'load.nulBytes', { file, count: reader.nulBytes, lines }, { count: reader.nulBytes, lines }));
  }
  if (reader.blankLines > 0) {
    const lines = [...reader.blankLineNumbers];
    warnings.push(loadWarning('BLANK_LINES', 'load.blankLines', { count: reader.blankLines, lines }, { count: reader.blankLines, lines }));
  }
  if (reader.malformedQuotes > 0) {
    const lines = [...reader.malformedQuoteLines];
    warnings.push(
      loadWarning(
        'MALFORMED_QUOTES',
        'load.malformedQuotes',
        { file, count: reader.malformedQuotes, lines },
        { count: reader.malformedQuotes, lines },
      ),
    );
  }
  warnings.push(...rowWarnings(router.shape, router.headers?.length ?? 0));
  for (const b of built) warnings.push(...b.warnings);
  return warnings;
}

/** How the text ended: with a line break or not, and the line of its last record. */
export interface FileEnding {
  readonly endsWithLineBreak: boolean;
  readonly lastLine: number;
}

/**
 * A file whose size when opened differs from the bytes read changed during the read (appended,
 * truncated, rewritten): said so, and a last row without its line end is then reported as possibly
 * cut off (396.9 being written read as 396), never taken as complete in silence.
 */
export function changeWarnings(source: ByteSource, bytesRead: number, ending: FileEnding | undefined): LoadWarning[] {
  if (source.size === undefined || bytesRead === source.size) return [];
  const file = source.name;
  const warnings = [loadWarning('FILE_CHANGED', 'load.fileChanged', { file, sizeBefore: source.size, sizeAfter: bytesRead })];
  if (ending !== undefined && !ending.endsWithLineBreak && ending.lastLine > 0) {
    warnings.push(loadWarning('FILE_CHANGED', 'load.lastLineUnended', { file, line: ending.lastLine }, { lines: [ending.lastLine] }));
  }
  return warnings;
}
