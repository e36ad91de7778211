/**
 * Which loader flags fit which kind of file: --encoding, --delimiter and --decimal-comma are for
 * text files, --sheet and --header-row for Excel workbooks. A flag given for the other kind is
 * refused with the reason, never ignored; so is a workbook given to what only reads text files.
 */
import { UsageError } from './command';
import type { CliLoadOptions } from './loadFile';
import { isWorkbookName } from '../io/dataFileTypes';
import { FitplotError } from '../table/errors';

const SAVE_AS_CSV = 'Save the sheet as CSV (in Excel: File › Save As › CSV UTF-8) and give that file instead.';

/** Refuses the flags of the other kind of file than `path` is. */
export function checkFlagsForFile(path: string, options: CliLoadOptions): void {
  if (isWorkbookName(path)) {
    const textFlags = [
      options.encoding !== undefined && '--encoding',
      options.delimiter !== undefined && '--delimiter',
      options.decimalComma !== undefined && '--decimal-comma',
    ].filter((f) => f !== false);
    if (textFlags.length > 0) {
      throw new UsageError(
        `${textFlags.join(', ')} ${textFlags.length > 1 ? 'are' : 'is'} for CSV and text files; ${path} is an Excel workbook, whose cells are stored as text and numbers (no encoding, delimiter or decimal mark to choose). Leave ${textFlags.length > 1 ? 'them' : 'it'} out; choose the sheet with --sheet and the row of the column names with --header-row.`,
      );
    }
    return;
  }
  const sheetFlags = [options.sheet !== undefined && '--sheet', options.headerRow !== undefined && '--header-row'].filter(
    (f) => f !== false,
  );
  if (sheetFlags.length > 0) {
    throw new UsageError(
      `${sheetFlags.join(' and ')} ${sheetFlags.length > 1 ? 'are' : 'is'} for Excel workbooks (.xlsx, .xlsm); ${path} is read as a CSV or text file, which has no sheets (its first line is the header; --no-header when it is data). Leave ${sheetFlags.length > 1 ? 'them' : 'it'} out.`,
    );
  }
}

/** Refuses a workbook where a command reads the file again as text (`what` says what does). */
export function refuseWorkbook(path: string, what: string): void {
  if (!isWorkbookName(path)) return;
  throw new FitplotError({
    code: 'BAD_OPTION',
    message: `${path} is an Excel workbook, but ${what} works on CSV and text files only.`,
    hint: SAVE_AS_CSV,
    file: path,
  });
}
