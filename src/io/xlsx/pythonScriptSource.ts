/**
 * The exported Python script (src/models/exportPython.ts) reads its data file with Python's csv
 * module: from a workbook it would read zip bytes. Both front ends refuse it with this message
 * (the CLI's `fit --python`, the app's export), saying how to get a CSV of the sheet.
 */
import { isWorkbookName } from '../dataFileTypes';
import { loadError } from '../loadMessages';

export function refusePythonScriptForWorkbook(fileName: string | undefined): void {
  if (fileName !== undefined && isWorkbookName(fileName))
    throw loadError('BAD_OPTION', 'load.xlsx.pythonNeedsCsv', { file: fileName }, { file: fileName });
}
