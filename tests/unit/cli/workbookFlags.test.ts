/**
 * The CLI on an Excel workbook: --sheet and --header-row reach the loader, the output names the
 * sheet and the others, and flags for the other kind of file (or commands that need a text file)
 * are refused with the reason. Fixture: tests/fixtures/io/plant-report.xlsx (make_xlsx.py).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { captureIO } from '../../helpers/cliIO';

const fixtures = join(__dirname, '../../fixtures/io');
const book = join(fixtures, 'plant-report.xlsx');
const samples = join(__dirname, '../../../assets/samples');

describe('--sheet and --header-row', () => {
  it('describe reads the first sheet by default and names the other sheets', async () => {
    const io = captureIO();
    expect(await runCli(['describe', book], io)).toBe(0);
    expect(io.out()).toContain(
      'plant-report.xlsx, sheet "Summary" (1 of 2; other sheets: "Readings"): 2 rows × 2 columns, header on row 1',
    );
  });

  it('describe reads the sheet given by name or position, from the header row given', async () => {
    for (const sheet of ['Readings', '2']) {
      const io = captureIO();
      expect(await runCli(['describe', book, '--sheet', sheet, '--header-row', '2', '--json'], io)).toBe(0);
      const out = JSON.parse(io.out());
      expect(out).toMatchObject({
        file: 'plant-report.xlsx',
        workbook: { sheet: 'Readings', sheets: ['Summary', 'Readings'], firstRow: 2 },
        rows: 5,
      });
      // A workbook has no encoding or delimiter: the JSON does not pretend it has.
      expect(out).not.toHaveProperty('delimiter');
      const [date, line, temp] = out.columns;
      expect([date.name, date.type, line.name, line.type, temp.name, temp.type]).toEqual([
        'date',
        'datetime',
        'line',
        'category',
        'temp_c',
        'number',
      ]);
      // Excel serials 45352…45356 with a date format: 2024-03-01 … 2024-03-05.
      expect([date.min, date.max]).toEqual([Date.parse('2024-03-01T00:00:00Z'), Date.parse('2024-03-05T00:00:00Z')]);
      // 20.5, 21.5, 19, 22, 23.5 (make_xlsx.py READINGS).
      expect(temp).toMatchObject({ count: 5, min: 19, max: 23.5 });
      expect(temp.mean).toBeCloseTo(21.3, 12);
      expect(temp.quantiles['0.5']).toBe(21.5);
    }
  });

  it('without --header-row the title row is read as the header: the output says which row, and the warnings count sheet rows', async () => {
    const io = captureIO();
    expect(await runCli(['load', book, '--sheet', 'Readings', '--rows', '1'], io)).toBe(0);
    expect(io.out()).toContain(
      'plant-report.xlsx, sheet "Readings" (2 of 2; other sheets: "Summary"): 6 rows × 1 columns, header on row 1',
    );
    expect(io.out()).toContain('Plant readings, March 2024');
    expect(io.out()).toContain(
      "warning: 6 row(s) have cells beyond the header's 1 columns (up to 3; first on row(s) 2, 3, 4, 5, 6); those cells were dropped. Check the header row",
    );
    expect(io.out()).toContain('could not be read as dates/times and count as missing, e.g. "date" (row 2).');
    expect(io.out()).not.toMatch(/line|delimiter/);
  });

  it('chart takes them too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fitplot-xlsx-chart-'));
    const io = captureIO({ cwd: dir });
    expect(
      await runCli(
        ['chart', 'line', book, '--sheet', 'Readings', '--header-row', '2', '--x', 'date', '--y', 'temp_c', '--out', 'temp.svg'],
        io,
      ),
    ).toBe(0);
    expect(existsSync(join(dir, 'temp.svg'))).toBe(true);
  });

  it('a sheet that does not exist, or a header row that is not a row, is explained', async () => {
    const io = captureIO();
    expect(await runCli(['describe', book, '--sheet', 'Nope'], io)).toBe(1);
    expect(io.err()).toContain('plant-report.xlsx has no sheet "Nope". Sheets: "Summary", "Readings".');
    expect(io.err()).toContain("Give --sheet a sheet's name");
    const zero = captureIO();
    expect(await runCli(['describe', book, '--header-row', '0'], zero)).toBe(2);
    expect(zero.err()).toContain("--header-row takes the sheet row number of the column names, 1 or more (got '0')");
    const past = captureIO();
    expect(await runCli(['describe', book, '--header-row', '9'], past)).toBe(1);
    expect(past.err()).toContain('plant-report.xlsx, sheet "Summary": no cell has data from row 9 on.');
  });
});

describe('flags for the other kind of file', () => {
  it('--encoding, --delimiter and --decimal-comma are refused for a workbook, naming the workbook flags', async () => {
    const io = captureIO();
    expect(await runCli(['describe', book, '--encoding', 'cp949', '--decimal-comma'], io)).toBe(2);
    expect(io.err()).toContain('--encoding, --decimal-comma are for CSV and text files');
    expect(io.err()).toContain('choose the sheet with --sheet');
  });

  it('--sheet and --header-row are refused for a CSV', async () => {
    const io = captureIO();
    expect(await runCli(['describe', join(samples, 'diabetes.csv'), '--sheet', '2', '--header-row', '3'], io)).toBe(2);
    expect(io.err()).toContain('--sheet and --header-row are for Excel workbooks (.xlsx, .xlsm)');
  });
});

describe('commands that need a text file', () => {
  it('predict refuses a workbook before reading anything, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fitplot-xlsx-predict-'));
    const io = captureIO({ cwd: dir });
    expect(await runCli(['predict', 'model.json', book, '--out', 'out.csv'], io)).toBe(1);
    expect(io.err()).toContain('is an Excel workbook, but predict');
    expect(io.err()).toContain('CSV UTF-8');
    expect(existsSync(join(dir, 'out.csv'))).toBe(false);
  });

  it('fit --python refuses a workbook; fit without it fits the sheet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fitplot-xlsx-fit-'));
    const args = [
      'fit',
      'linear',
      book,
      '--sheet',
      'Readings',
      '--header-row',
      '2',
      '--target',
      'temp_c',
      '--features',
      'line',
      '--validation',
      '0',
    ];
    const refused = captureIO({ cwd: dir });
    expect(await runCli([...args, '--python', 'fit.py'], refused)).toBe(1);
    expect(refused.err()).toContain("the Python script reads its data with Python's csv module");
    expect(existsSync(join(dir, 'fit.py'))).toBe(false);
    const fitted = captureIO({ cwd: dir });
    expect(await runCli([...args, '--json'], fitted)).toBe(0);
    // temp_c on one-hot line=B: the intercept is line A's mean (20.5 + 19 + 23.5) / 3 = 21, the slope B's mean minus it (21.75 − 21).
    const report = JSON.parse(fitted.out()) as { intercept: number; coefficients: Record<string, number> };
    expect(report.intercept).toBeCloseTo(21, 10);
    expect(report.coefficients['line=B']).toBeCloseTo(0.75, 10);
  });
});
