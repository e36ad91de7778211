/**
 * The fast pass over one part of a file, for a worker of a split load (src/cli/splitLoad.ts): the
 * same columns loadTable would make, filled by ./fastPass.ts, returned as plain partial states
 * (../partialColumn.ts) for the merge. Undefined when the part needs the general path.
 */
import { CellClassifier } from '../cells/classify';
import { ColumnAccumulator } from '../columnAccumulator';
import { columnStorage, estimateRows, hasNumericMissingToken } from '../loadOptions';
import { partialOf } from '../partialColumn';
import type { PartialColumn } from '../partialColumn';
import type { Dialect } from '../pass';
import type { ByteSource, LoadOptions, LoadWarning } from '../types';
import { fastPass } from './fastPass';

export interface PartialPassResult {
  readonly dialect: Dialect;
  readonly headers: string[];
  readonly headerWarnings: LoadWarning[];
  /** Records of this part; its lines are numbered as if it followed a header line (first record: line 2). */
  readonly rows: number;
  readonly bytesRead: number;
  readonly columns: PartialColumn[];
}

/**
 * Reads `source` (the first part, header included) or, with `body`, the header of `source` and the
 * records of `body` (a later part starting just after a line feed). Arrays are sized for the rows
 * of `sizeForRows` bytes: the whole file's for the first part, so the merge can append the later
 * parts to its arrays instead of copying them (../partialColumn.ts).
 */
export async function partialPass(
  source: ByteSource,
  options: LoadOptions,
  body: ByteSource | undefined,
  sizeForRows: number | undefined,
  onProgress: (bytesRead: number, records: number) => void,
): Promise<PartialPassResult | undefined> {
  let classifier: CellClassifier | undefined;
  let expectedRows: number | undefined;
  let columns: ColumnAccumulator[] = [];
  const result = await fastPass(
    source,
    options,
    { signal: options.signal, onProgress },
    {
      prepare: (dialect) => {
        classifier = new CellClassifier(options.decimalComma ?? dialect.delimiter === ';', options.missingTokens);
        expectedRows = estimateRows(sizeForRows, dialect, undefined);
      },
      columnsFor: (names) => {
        columns = names.map((name) => {
          const forced = options.columnTypes?.[name];
          return new ColumnAccumulator(
            classifier as CellClassifier,
            forced === 'text' || forced === 'category',
            expectedRows,
            columnStorage(options),
          );
        });
        return columns;
      },
      numericMissingToken: hasNumericMissingToken(options),
      body,
    },
  );
  if (result === undefined) return undefined;
  return {
    dialect: result.dialect,
    headers: result.headers,
    headerWarnings: result.headerWarnings,
    rows: result.rows,
    bytesRead: result.bytesRead,
    columns: columns.map(partialOf),
  };
}
