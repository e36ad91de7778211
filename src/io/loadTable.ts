/**
 * The loader's entry point: `loadTable(source, options)` streams a CSV from any ByteSource into a
 * columnar Table (src/table/types.ts) with a report. See ./inferType.ts for the type rules and
 * ./pass.ts for the streaming pipeline.
 */
import { tableMemoryBytes } from '../table/build';
import { FitplotError } from '../table/errors';
import type { Column, ColumnType, Table } from '../table/types';
import { buildDictionary, buildTyped } from './buildColumn';
import type { BuiltColumn } from './buildColumn';
import { CellClassifier } from './cells/classify';
import { ColumnAccumulator } from './columnAccumulator';
import { peekAccumulators } from './loadPeek';
import type { LoadPeek } from './loadPeek';
import { fastPass, fastPathAllowed } from './fast/fastPass';
import type { FastPassResult, FastPassSetup } from './fast/fastPass';
import { decideType } from './inferType';
import type { TypeDecision } from './inferType';
import { NotUtf8Error, runPass } from './pass';
import type { Dialect, PassHooks } from './pass';
import { guessLegacyEncoding } from './sniff';
import type { Note } from './sniff';
import { inSheetRows, loadError } from './loadMessages';
import { checkSizeAfterSample, checkSizeBeforeReading } from './memoryEstimate';
import type { ByteSource, ColumnReport, LoadOptions, LoadResult, LoadWarning } from './types';
import { isWorkbookName } from './dataFileTypes';
import { checkOptions, columnStorage, estimateRows, hasNumericMissingToken } from './loadOptions';
import { changeWarnings, collectWarnings, NO_READER_NOTES } from './loadWarnings';
import { RowRouter } from './rowRouter';
import type { FileEnding, ReaderStats } from './loadWarnings';
import { openWorkbook, sheetPass, workbookDialect } from './xlsx/workbookPass';
import type { OpenedWorkbook } from './xlsx/workbookPass';
import type { DeclaredSize } from './xlsx/sheetScanner';

function pushInto(columns: readonly (ColumnAccumulator | undefined)[]) {
  return (fields: readonly string[], line: number, width: number): void => {
    const n = Math.min(fields.length, width);
    for (let c = 0; c < n; c++) columns[c]?.push(fields[c] as string, line);
    for (let c = n; c < width; c++) columns[c]?.pushMissing();
  };
}

/**
 * The fast first pass: ./fast/fastPass.ts in this thread by default; src/cli/splitLoad.ts passes
 * one that reads parts of the file in worker threads and merges them into the setup's columns.
 */
export type FirstPass = (
  source: ByteSource,
  options: LoadOptions,
  hooks: PassHooks,
  setup: FastPassSetup,
) => Promise<FastPassResult | undefined>;

export async function loadTable(source: ByteSource, options: LoadOptions = {}, firstPass: FirstPass = fastPass): Promise<LoadResult> {
  const started = performance.now();
  checkOptions(options);
  checkSizeBeforeReading(source, options);
  const hooks: PassHooks = {
    signal: options.signal,
    onProgress: (bytesRead, records) => {
      const rows = Math.max(0, records - (options.header === false ? 0 : 1));
      options.onProgress?.({
        bytesRead,
        totalBytes: source.size,
        rows,
        elapsedMs: performance.now() - started,
        truncated: false,
        ...(peek && { peek }),
      });
    },
  };

  let decimalComma = options.decimalComma ?? false;
  let accumulators: ColumnAccumulator[] = [];
  let classifier: CellClassifier | undefined;
  const forcedType = (name: string): ColumnType | undefined => options.columnTypes?.[name];
  let pushCurrent: ReturnType<typeof pushInto> = () => undefined;
  let expectedRows: number | undefined;
  let peek: LoadPeek | undefined;
  const makeColumns = (names: string[]): void => {
    accumulators = names.map((name) => {
      const forced = forcedType(name);
      return new ColumnAccumulator(
        classifier as CellClassifier,
        forced === 'text' || forced === 'category',
        expectedRows,
        columnStorage(options),
      );
    });
    pushCurrent = pushInto(accumulators);
    peek = peekAccumulators(names, accumulators);
  };
  const pushRow = (fields: readonly string[], line: number, width: number): void => pushCurrent(fields, line, width);

  let sampleWidth = 1;
  const width = (): number => sampleWidth;
  let router = new RowRouter(options.header !== false, options.maxRows, width, makeColumns, pushRow);
  const sink = (fields: string[], line: number): boolean => {
    if (classifier === undefined) throw new FitplotError({ code: 'INTERNAL', message: 'Records arrived before the dialect was known.' });
    return router.onRecord(fields, line);
  };
  const prepare = (dialect: Dialect): void => {
    checkSizeAfterSample(source, options, dialect);
    sampleWidth = dialect.sampleWidth;
    // A workbook's numbers are stored with a decimal point, whatever the locale shows.
    decimalComma = workbook === undefined ? (options.decimalComma ?? dialect.delimiter === ';') : false;
    classifier = new CellClassifier(decimalComma, options.missingTokens);
    expectedRows = estimateRows(source.size, dialect, options.maxRows);
  };
  const workbook: OpenedWorkbook | undefined = isWorkbookName(source.name) ? await openWorkbook(source, options, hooks) : undefined;
  const prepareSheet = (declared: DeclaredSize): void => {
    prepare(workbookDialect(declared, source.size));
    expectedRows = declared.rows === undefined ? undefined : Math.min(declared.rows, options.maxRows ?? Infinity);
  };
  const sheetWarnings: LoadWarning[] = [];
  const fast =
    workbook === undefined && fastPathAllowed(options)
      ? await firstPass(source, options, hooks, {
          prepare,
          columnsFor: (names) => {
            makeColumns(names);
            return accumulators;
          },
          numericMissingToken: hasNumericMissingToken(options),
        })
      : undefined;
  let pass: { dialect: Dialect; reader: ReaderStats; bytesRead: number; ending?: FileEnding };
  if (fast !== undefined) {
    const ending =
      fast.endsWithLineBreak !== undefined && fast.lastLine !== undefined
        ? { endsWithLineBreak: fast.endsWithLineBreak, lastLine: fast.lastLine }
        : undefined;
    pass = { dialect: fast.dialect, reader: NO_READER_NOTES, bytesRead: fast.bytesRead, ...(ending && { ending }) };
    router.headers = fast.headers;
    router.headerWarnings = fast.headerWarnings;
    router.rows = fast.rows;
  } else if (workbook !== undefined) {
    const sheet = await sheetPass(workbook, source, options, sink, hooks, prepareSheet);
    sheetWarnings.push(...sheet.warnings);
    pass = { dialect: workbookDialect({}, source.size), reader: NO_READER_NOTES, bytesRead: sheet.bytesRead };
  } else {
    try {
      pass = await runPass(source, options, sink, hooks, undefined, undefined, prepare);
    } catch (error) {
      if (!(error instanceof NotUtf8Error)) throw error;
      // The first part was valid UTF-8 but a later part is not: start again with a legacy encoding guessed from the bad part.
      const guess = guessLegacyEncoding(error.window);
      if (guess.unsupported)
        throw loadError('ENCODING', guess.unsupported.key, { file: source.name, ...guess.unsupported.params }, { file: source.name });
      const doubt: Note = { key: 'load.encodingDoubt.lateSwitch', params: { encoding: guess.encoding, offset: error.offset } };
      router = new RowRouter(options.header !== false, options.maxRows, width, makeColumns, pushRow);
      pass = await runPass(
        source,
        options,
        sink,
        hooks,
        undefined,
        { encoding: guess.encoding, encodingSource: guess.source, encodingDoubt: doubt },
        prepare,
      );
    }
  }
  const { dialect, reader } = pass;
  if (router.headers === undefined) {
    if (workbook !== undefined)
      throw loadError(
        'EMPTY_FILE',
        'load.xlsx.emptySheet',
        { file: source.name, sheet: workbook.sheet.name, row: options.headerRow ?? 1 },
        { file: source.name },
      );
    throw loadError('EMPTY_FILE', 'load.onlyBlankLines', { file: source.name }, { file: source.name });
  }
  for (const name of Object.keys(options.columnTypes ?? {})) {
    if (!router.headers.includes(name)) {
      throw loadError(
        'BAD_OPTION',
        'load.columnTypeUnknownColumn',
        { column: name, file: source.name, columns: router.headers.map((h) => `"${h}"`) },
        { file: source.name, column: name },
      );
    }
  }

  const headers = router.headers;
  const decisions = accumulators.map((acc, c) => decideType(acc, forcedType(headers[c] as string)));
  const built: (BuiltColumn | undefined)[] = decisions.map((d, c) => {
    const acc = accumulators[c] as ColumnAccumulator;
    const name = headers[c] as string;
    let column: BuiltColumn | undefined;
    // A column stored as float32 that turns out datetime (its first cells were numbers) is read again, in doubles.
    if (d.type === 'datetime' && acc.values instanceof Float32Array) column = undefined;
    else if (d.type === 'number' || d.type === 'datetime' || d.type === 'boolean')
      column = buildTyped(name, acc, d.type, d.reason, options.float32 === true);
    else if (acc.hasStrings) column = buildDictionary(name, acc, d.type, d.reason);
    acc.release();
    return column;
  });

  // Text columns whose strings were dropped while they still looked numeric: read them again, into
  // arrays of the first pass's capacity, so the column does not depend on whether strings were
  // dropped. Likewise datetime columns stored as float32: read again into doubles.
  const reread = built.map((b, c) => (b === undefined ? c : -1)).filter((c) => c >= 0);
  if (reread.length > 0) {
    const typed = (c: number): boolean => (decisions[c] as TypeDecision).type === 'datetime';
    const fresh: (ColumnAccumulator | undefined)[] = headers.map((_, c) =>
      reread.includes(c)
        ? new ColumnAccumulator(classifier as CellClassifier, !typed(c), expectedRows, { shared: options.sharedMemory === true })
        : undefined,
    );
    const again = new RowRouter(options.header !== false, options.maxRows, width, () => undefined, pushInto(fresh));
    if (workbook !== undefined) await sheetPass(workbook, source, options, again.onRecord, hooks);
    else await runPass(source, options, again.onRecord, hooks, dialect);
    for (const c of reread) {
      const decision = decisions[c] as TypeDecision;
      const acc = fresh[c] as ColumnAccumulator;
      const name = headers[c] as string;
      built[c] =
        decision.type === 'datetime'
          ? buildTyped(name, acc, 'datetime', decision.reason, false)
          : buildDictionary(name, acc, decision.type as 'category' | 'text' | 'dictionary', decision.reason);
    }
  }

  const columns: Column[] = built.map((b) => (b as BuiltColumn).column);
  const reports: ColumnReport[] = built.map((b) => (b as BuiltColumn).report);
  const table: Table = { columns, rowCount: router.rows };
  const read = [...sheetWarnings, ...collectWarnings(source, dialect, reader, router, built as BuiltColumn[])];
  const warnings = workbook === undefined ? read : read.map(inSheetRows);
  if (!router.truncated)
    warnings.push(
      ...changeWarnings(
        source,
        pass.bytesRead,
        pass.ending ?? { endsWithLineBreak: reader.endsWithBreak, lastLine: reader.lastRecordLine },
      ),
    );

  const elapsedMs = performance.now() - started;
  options.onProgress?.({ bytesRead: pass.bytesRead, totalBytes: source.size, rows: router.rows, elapsedMs, truncated: router.truncated });
  return {
    table,
    fileName: source.name,
    encoding: dialect.encoding,
    encodingSource: dialect.encodingSource,
    delimiter: dialect.delimiter,
    decimalComma,
    header: options.header !== false,
    headers,
    columns: reports,
    warnings,
    bytesRead: pass.bytesRead,
    memoryBytes: tableMemoryBytes(table),
    float32: options.float32 === true,
    elapsedMs,
    truncated: router.truncated,
    fastPath: fast !== undefined,
    ...(workbook !== undefined && {
      workbook: {
        sheet: workbook.sheet.name,
        sheets: workbook.workbook.sheets.map((s) => s.name),
        ...(router.firstLine !== undefined && { firstRow: router.firstLine }),
      },
    }),
  };
}
