/** The one list of data-file types: what the pickers offer is what the loader reads, workbooks by their name. */
import { describe, expect, it } from 'vitest';
import { DATA_FILE_ACCEPT, DATA_FILE_EXTENSIONS, isWorkbookName, WORKBOOK_EXTENSIONS } from '../../../src/io/dataFileTypes';

describe('data-file types', () => {
  it('reads .xlsx and .xlsm (any case) as workbooks, nothing else', () => {
    for (const name of ['a.xlsx', 'B.XLSX', 'report.2024.xlsm', '시트.Xlsx']) expect(isWorkbookName(name)).toBe(true);
    for (const name of ['a.csv', 'xlsx', 'a.xlsx.csv', 'a.xls', 'a.xlsb', '.xlsx.txt']) expect(isWorkbookName(name)).toBe(false);
  });

  it('offers every type in the file inputs, workbooks included', () => {
    expect(DATA_FILE_EXTENSIONS).toEqual(['csv', 'tsv', 'txt', 'tab', 'xlsx', 'xlsm']);
    for (const extension of DATA_FILE_EXTENSIONS) expect(DATA_FILE_ACCEPT.split(',')).toContain(`.${extension}`);
    for (const extension of WORKBOOK_EXTENSIONS) expect(isWorkbookName(`data.${extension}`)).toBe(true);
  });
});
