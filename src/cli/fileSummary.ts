/**
 * How `describe` and `load` name what they read: a text file with its encoding and delimiter, a
 * workbook with its sheet (and the other sheets, to choose with --sheet) and its header row.
 */
import type { LoadResult } from '../io/types';

const quoted = (name: string): string => JSON.stringify(name);

/** The first line of the text output, e.g. `book.xlsx, sheet "Second" (2 of 2; other sheets: "Readings"): 5 rows × 2 columns, header on row 3`. */
export function fileHeadline(result: LoadResult, rows: number, columns: number): string {
  const size = `${rows.toLocaleString('en-US')} rows × ${columns} columns`;
  const book = result.workbook;
  if (book === undefined) return `${result.fileName}: ${size}, ${result.encoding}, delimiter ${JSON.stringify(result.delimiter)}`;
  const others = book.sheets.filter((s) => s !== book.sheet);
  const where = `${book.sheets.indexOf(book.sheet) + 1} of ${book.sheets.length}${others.length > 0 ? `; other sheets: ${others.map(quoted).join(', ')}` : ''}`;
  const first = book.firstRow === undefined ? '' : result.header ? `, header on row ${book.firstRow}` : `, data from row ${book.firstRow}`;
  return `${result.fileName}, sheet ${quoted(book.sheet)} (${where}): ${size}${first}`;
}

/** The JSON fields saying how the file was read: encoding and delimiter, or for a workbook its sheet (none of those apply). */
export function sourceFields(result: LoadResult): Record<string, unknown> {
  if (result.workbook !== undefined) return { workbook: result.workbook };
  return { encoding: result.encoding, delimiter: result.delimiter, decimalComma: result.decimalComma };
}
