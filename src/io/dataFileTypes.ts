/**
 * The files Fitplot opens, by name: the one list the app's open dialog (electron/main), the
 * browser's file inputs (renderer) and the loader (which reads a workbook by its name) share, so
 * a type added here is offered and read everywhere at once.
 */

/** Text files read as CSV (the delimiter is detected, so .tsv and .tab are CSV too). */
export const TEXT_FILE_EXTENSIONS = ['csv', 'tsv', 'txt', 'tab'] as const;
/** Excel workbooks (.xlsm is an .xlsx with macros, which are never run: only cells are read). */
export const WORKBOOK_EXTENSIONS = ['xlsx', 'xlsm'] as const;
export const DATA_FILE_EXTENSIONS: readonly string[] = [...TEXT_FILE_EXTENSIONS, ...WORKBOOK_EXTENSIONS];

/** MIME types some browsers match a file input's `accept` against (besides the extensions). */
const DATA_FILE_MIME_TYPES = ['text/csv', 'text/plain', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

/** The `accept` attribute of a file input that chooses a data file. */
export const DATA_FILE_ACCEPT = [...DATA_FILE_EXTENSIONS.map((e) => `.${e}`), ...DATA_FILE_MIME_TYPES].join(',');

/** Whether a file is read as a workbook: by its name, as the app's file picker and the CLI see it. */
export function isWorkbookName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot >= 0 && (WORKBOOK_EXTENSIONS as readonly string[]).includes(name.slice(dot + 1).toLowerCase());
}
