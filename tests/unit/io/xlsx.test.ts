/**
 * Excel workbooks (src/io/xlsx): the fixtures come from tests/fixtures/io/make_xlsx.py (openpyxl and
 * hand-written sheet XML); the expected values are what the generator wrote.
 */
import { describe, expect, it } from 'vitest';
import { loadTable } from '../../../src/io/loadTable';
import { formatCodeKind, serialText, serialToEpochMs } from '../../../src/io/xlsx/dates';
import { SheetScanner } from '../../../src/io/xlsx/sheetScanner';
import type { LoadOptions, LoadResult } from '../../../src/io/types';
import { FitplotError } from '../../../src/table/errors';
import { bytesSource, columnsOf, fixtureBytes } from './sources';

function loadXlsx(name: string, options: LoadOptions = {}, chunkSize?: number): Promise<LoadResult> {
  return loadTable(bytesSource(fixtureBytes(name), { name, ...(chunkSize !== undefined && { chunkSize }) }), options);
}

const utc = (text: string): number => Date.parse(`${text}Z`);

describe('an openpyxl workbook', () => {
  it('reads the first sheet into typed columns: numbers, date/times, dates, booleans, categories', async () => {
    const result = await loadXlsx('workbook.xlsx');
    expect(result.workbook).toEqual({ sheet: 'Readings', sheets: ['Readings', 'Second'], firstRow: 1 });
    expect(result.encodingSource).toBe('workbook');
    expect(result.columns.map((c) => [c.name, c.type, c.invalid])).toEqual([
      ['id', 'number', 0],
      ['temp', 'number', 1],
      ['when', 'datetime', 0],
      ['day', 'datetime', 0],
      ['ok', 'boolean', 0],
      ['site', 'category', 0],
    ]);
    const columns = columnsOf(result);
    expect(columns.id).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(columns.temp).toEqual([20.5, 21.25, null, null, -0.0015, 21.5, 21.75, 22, 22.25, 22.5]);
    expect(columns.when!.slice(0, 5)).toEqual([
      utc('2024-03-01T12:30:00'),
      utc('2024-03-01T13:00:15'),
      utc('2024-03-02T00:00:00'),
      utc('1900-01-01T06:00:00'),
      utc('2024-12-31T23:59:59'),
    ]);
    // 1900-03-01 is serial 61: after Excel's fictitious 29 February 1900.
    expect(columns.day!.slice(0, 5)).toEqual([
      utc('2024-03-01T00:00'),
      utc('2024-03-02T00:00'),
      utc('2024-03-03T00:00'),
      utc('1900-03-01T00:00'),
      utc('2024-12-31T00:00'),
    ]);
    expect(columns.ok!.slice(0, 4)).toEqual([true, false, true, false]);
    // F3:F4 is merged: the value is in F3 only; row 5 (empty) is skipped.
    expect(columns.site!.slice(0, 5)).toEqual(['north', 'south', null, '서울', 'south']);
  });

  it('says which cells hold errors, which rows were empty and which ranges merged, with sheet row numbers', async () => {
    const result = await loadXlsx('workbook.xlsx');
    // `unit: 'row'`: every front end words the numbers as sheet rows, not lines.
    expect(result.warnings.map((w) => [w.code, w.key, w.params])).toEqual([
      ['ERROR_CELLS', 'load.xlsx.errorCells', { file: 'workbook.xlsx', count: 1, cells: ['B6 (#DIV/0!)'], unit: 'row' }],
      ['EMPTY_ROWS', 'load.xlsx.emptyRows', { count: 1, rows: [5], unit: 'row' }],
      ['MERGED_CELLS', 'load.xlsx.mergedCells', { file: 'workbook.xlsx', count: 1, ranges: ['F3:F4'], unit: 'row' }],
      ['INVALID_CELLS', 'load.invalidCells', { column: 'temp', count: 1, type: 'number', values: ['#DIV/0!'], lines: [6], unit: 'row' }],
    ]);
    expect(result.warnings[3]?.message).toBe(
      'Column "temp": 1 cell(s) could not be read as numbers and count as missing, e.g. "#DIV/0!" (row 6).',
    );
  });

  it('reads another sheet by name or position, with its header on a later row', async () => {
    for (const sheet of ['Second', 2, '2'] as const) {
      const result = await loadXlsx('workbook.xlsx', { sheet, headerRow: 3 });
      expect(result.workbook?.sheet).toBe('Second');
      expect(columnsOf(result)).toEqual({ x: [1, 2, 3, 4, 5], y: [1, 4, 9, 16, 25] });
    }
    // Without a header row the title is the header: one column, and the wider rows are said to be.
    const titled = await loadXlsx('workbook.xlsx', { sheet: 'Second' });
    expect(titled.headers).toEqual(['Plant report']);
    expect(titled.warnings.map((w) => [w.code, w.key])).toEqual([['RAGGED_ROWS_LONG', 'load.xlsx.wideRows']]);
    expect(titled.workbook?.firstRow).toBe(1);
    expect(titled.warnings[0]?.message).toMatch(
      /^6 row\(s\) have cells beyond the header's 1 columns \(up to 2; first on row\(s\) 3, 4, 5, 6, 7\)/,
    );
  });

  it('refuses a sheet it does not have and a header row that is not a row, naming the sheets', async () => {
    await expect(loadXlsx('workbook.xlsx', { sheet: 'Third' })).rejects.toMatchObject({
      code: 'BAD_OPTION',
      key: 'load.xlsx.sheetNotFound',
      params: { sheet: 'Third', sheets: ['"Readings"', '"Second"'] },
    });
    await expect(loadXlsx('workbook.xlsx', { sheet: 3 })).rejects.toBeInstanceOf(FitplotError);
    await expect(loadXlsx('workbook.xlsx', { headerRow: 0 })).rejects.toMatchObject({ code: 'BAD_OPTION', key: 'load.xlsx.badHeaderRow' });
  });

  it('previews the first rows (maxRows) and gives the same table whatever the chunks', async () => {
    const preview = await loadXlsx('workbook.xlsx', { maxRows: 2 });
    expect(preview.truncated).toBe(true);
    expect(columnsOf(preview).id).toEqual([1, 2]);
    const whole = columnsOf(await loadXlsx('workbook.xlsx'));
    expect(columnsOf(await loadXlsx('workbook.xlsx', {}, 7))).toEqual(whole);
  });

  it('refuses a zip that is not a workbook and a damaged one', async () => {
    const bytes = fixtureBytes('workbook.xlsx');
    await expect(loadTable(bytesSource(bytes.slice(0, 2000), { name: 'cut.xlsx' }))).rejects.toMatchObject({
      code: 'UNREADABLE',
      key: 'load.xlsx.damaged',
    });
    await expect(loadTable(bytesSource('not a zip', { name: 'text.xlsx' }))).rejects.toMatchObject({ key: 'load.xlsx.damaged' });
  });
});

describe('the 1904 date system', () => {
  it('reads serials from 1904-01-01', async () => {
    const result = await loadXlsx('date1904.xlsx');
    expect(columnsOf(result).when).toEqual([utc('2024-03-01T12:00:00'), utc('1904-01-02T00:00:00')]);
  });
});

describe('hand-written sheet XML', () => {
  it('reads inline and shared strings (rich text without phonetic guides), formula strings, escapes, cells without references', async () => {
    const result = await loadXlsx('handmade.xlsx');
    expect(result.headers).toEqual(['name', 'value', 'flag']);
    const columns = columnsOf(result);
    expect(columns.name).toEqual(['a & b <c>', 'X\rY', 'shared', '東京']);
    // "007" is a shared string: kept as text like a CSV's leading zeros, so the numbers stay as written.
    expect(columns.value).toEqual(['0.001', '2.5', '1500', '007']);
    // One error among four cells is more than the stray cells a column may have (as in a CSV): text.
    expect(result.columns[2]).toMatchObject({ type: 'text', invalid: 0 });
    expect(columns.flag).toEqual(['TRUE', 'FALSE', 'TRUE', '#N/A']);
  });
});

describe('dates', () => {
  it('tells date formats from number formats', () => {
    expect(formatCodeKind('yyyy-mm-dd')).toBe('date');
    expect(formatCodeKind('yyyy"년" m"월" d"일"')).toBe('date');
    expect(formatCodeKind('[$-412]yyyy-mm-dd hh:mm')).toBe('datetime');
    expect(formatCodeKind('[h]:mm:ss')).toBe('datetime');
    expect(formatCodeKind('0.00%')).toBe('none');
    expect(formatCodeKind('[Red]#,##0.00;"day"')).toBe('none');
    expect(formatCodeKind('0.00E+00')).toBe('none');
  });

  it('converts serials in both systems, including the days around 1900-02-29', () => {
    expect(new Date(serialToEpochMs(1, false)).toISOString()).toBe('1900-01-01T00:00:00.000Z');
    expect(new Date(serialToEpochMs(59, false)).toISOString()).toBe('1900-02-28T00:00:00.000Z');
    expect(new Date(serialToEpochMs(61, false)).toISOString()).toBe('1900-03-01T00:00:00.000Z');
    expect(new Date(serialToEpochMs(45352.5, false)).toISOString()).toBe('2024-03-01T12:00:00.000Z');
    expect(new Date(serialToEpochMs(0, true)).toISOString()).toBe('1904-01-01T00:00:00.000Z');
    expect(serialText(45352, 'date', false)).toBe('2024-03-01');
    expect(serialText(45352.25, 'date', false)).toBe('2024-03-01 06:00:00');
    expect(serialText(45352 + 1.5 / 86400, 'datetime', false)).toBe('2024-03-01 00:00:01.500');
  });
});

describe('SheetScanner', () => {
  it('gives the same rows however the XML is cut', () => {
    const xml =
      '<worksheet><dimension ref="A1:B3"/><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t>a</t></is></c></row><row r="3"><c r="B3"><v>2</v></c></row></sheetData><mergeCells><mergeCell ref="A1:A2"/></mergeCells></worksheet>';
    const workbook = { sheets: [], date1904: false, styleDates: [], sharedStrings: [] };
    for (const step of [1, 3, 7, xml.length]) {
      const rows: [string[], number][] = [];
      const scanner = new SheetScanner(workbook, (cells, row) => rows.push([cells, row]));
      for (let i = 0; i < xml.length; i += step) scanner.push(xml.slice(i, i + step));
      scanner.finish();
      expect(rows, String(step)).toEqual([
        [['1', 'a'], 1],
        [['', '2'], 3],
      ]);
      expect(scanner.merged).toEqual(['A1:A2']);
      expect(scanner.declaredSize).toEqual({ rows: 3, columns: 2 });
    }
  });
});
