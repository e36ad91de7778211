/**
 * Journey: an Excel workbook from the browser's file input. The Import view shows the first sheet
 * with a Sheet select and a Header row input instead of the text-file settings; the second sheet,
 * whose title is on row 1 and header on row 2, loads with its dates read from Excel serial numbers.
 * Fixture: tests/fixtures/io/plant-report.xlsx (make_xlsx.py; temp_c is 20.5, 21.5, 19, 22, 23.5).
 */
import { join } from 'node:path';
import { expect, openThroughInput, snapshot, test } from './fixtures';

const BOOK = join(__dirname, '../fixtures/io/plant-report.xlsx');

test('a workbook: choose the sheet and the header row, load it, read its dates and statistics', async ({ app }, testInfo) => {
  await openThroughInput(app, BOOK);
  await expect(app.getByTestId('preview')).toBeVisible();
  // The first worksheet by default; no encoding, delimiter or decimal mark to choose.
  const sheet = app.getByTestId('sheet');
  await expect(sheet).toHaveValue('Summary');
  await expect(sheet.locator('option')).toHaveText(['Summary', 'Readings']);
  await expect(app.getByTestId('encoding')).toHaveCount(0);
  await expect(app.getByTestId('workbook-note')).toBeVisible();
  await expect(app.getByText('Excel workbook, sheet “Summary” (1 of 2)')).toBeVisible();

  // The second sheet: its title row is read as the header until the header row is set.
  await sheet.selectOption('Readings');
  await expect(app.getByTestId('preview')).toContainText('Plant readings, March 2024');
  await expect(app.getByTestId('header-row')).toHaveAttribute('placeholder', 'Detect (row 1)');
  // Its header and date cells fall in one column: the warnings give sheet rows.
  await expect(app.getByTestId('warnings')).toContainText('(row 2)');
  await expect(app.getByTestId('warnings')).not.toContainText('line');
  await snapshot(app, 'import-xlsx-title-row-light-en', testInfo.project.name);
  await app.getByTestId('header-row').fill('2');
  await expect(app.getByTestId('preview')).toContainText('temp_c');
  await expect(app.getByTestId('preview')).not.toContainText('Plant readings');
  await expect(app.getByText('Excel workbook, sheet “Readings” (2 of 2)')).toBeVisible();
  await snapshot(app, 'import-xlsx-light-en', testInfo.project.name);

  await app.getByTestId('load-all').click();
  await expect(app.getByTestId('stat-card').first()).toBeVisible();
  await expect(app.getByTestId('status-sheet')).toHaveText('plant-report.xlsx › sheet “Readings”');
  await expect(app.getByTestId('status')).toContainText('5 rows');

  // temp_c: mean 21.3, median 21.5, min 19, max 23.5, sample std √(11.3 / 4) = 1.6808.
  const temp = app.getByRole('article', { name: 'temp_c' });
  await expect(temp).toContainText('Mean21.3');
  await expect(temp).toContainText('Median21.5');
  await expect(temp).toContainText('Min19');
  await expect(temp).toContainText('Max23.5');
  await expect(temp).toContainText('Std. dev.1.6808');
  // The date column is a date/time, from 2024-03-01 to 2024-03-05 (Excel serials 45352…45356).
  const date = app.getByRole('article', { name: 'date', exact: true });
  await expect(date).toContainText('date/time');
  await expect(date).toContainText('2024-03-01 00:00:00');
  await expect(date).toContainText('2024-03-05 00:00:00');

  await app.getByTestId('nav-data').click();
  await expect(app.locator('.col-header .name')).toHaveText(['date', 'line', 'temp_c']);
  await expect(app.locator('.col-header', { hasText: 'date' })).toContainText('date/time');
  await expect(app.locator('.ag-row[row-index="0"] [col-id="c2"]')).toHaveText('20.5');

  // Korean: the Import view's workbook settings and the status bar.
  await app.getByTestId('language').selectOption('ko');
  await app.getByTestId('nav-import').click();
  await expect(app.getByLabel('머리글 행', { exact: true })).toHaveValue('2');
  await expect(app.getByTestId('workbook-note')).toContainText('Excel 통합 문서입니다');
  await expect(app.getByTestId('status-sheet')).toHaveText('plant-report.xlsx › “Readings” 시트');
  await snapshot(app, 'import-xlsx-light-ko', testInfo.project.name);
  await app.getByLabel('테마').selectOption('dark');
  await snapshot(app, 'import-xlsx-dark-ko', testInfo.project.name);

  // Another sheet finds its own header row again; the loaded sheet's warnings are not shown for it.
  await app.getByTestId('sheet').selectOption('Summary');
  await expect(app.getByTestId('header-row')).toHaveValue('');
  await expect(app.getByTestId('preview')).toContainText('target_c');
  await expect(app.getByText('미리보기에서 문제가 발견되지 않았습니다.')).toBeVisible();
});
