/**
 * Journey (issue 13 §1): problems found after the preview reach the UI. An extra field on line 701
 * and the cells `n/a?` and `ERR` on lines 901 and 1201 lie beyond the preview; after the full load
 * the toolbar's badge counts them from every view, the panel lists them with their lines, and the
 * statistics card shows the invalid cells apart from the missing ones.
 */
import { sensorCsv } from '../renderer/sensorLog';
import { expect, snapshot, test } from './fixtures';
import { loadCsvText } from './loadCsv';

test('warnings found after the preview are shown from every view, invalid apart from missing', async ({ app }, testInfo) => {
  await loadCsvText(app, 'sensors.csv', sensorCsv());

  const badge = app.getByTestId('warnings-badge');
  await expect(badge).toContainText('2');
  await app.getByTestId('nav-data').click();
  await expect(badge).toBeVisible();
  await badge.click();
  const panel = app.getByTestId('warnings-panel');
  await expect(panel).toContainText('701');
  await expect(panel).toContainText('n/a? (line 901)');
  await expect(panel).toContainText('ERR (line 1,201)');
  await snapshot(app, 'warnings-panel-light-en', testInfo.project.name);
  await app.keyboard.press('Escape');
  await expect(panel).toBeHidden();

  await app.getByTestId('nav-stats').click();
  const temp = app.getByRole('article', { name: 'temp' });
  await expect(temp).toContainText('Invalid2');
  await expect(temp).toContainText('Missing3');
  await expect(app.getByRole('article', { name: 'time' })).toContainText('Median interval1 s');
  await expect(app.getByTestId('gap-list')).toContainText('2024-02-03 00:08:19 → 2024-02-03 01:08:20');
  await expect(app.getByTestId('status')).toContainText('Memory:');
  await snapshot(app, 'stats-cards-light-en', testInfo.project.name);

  // The Import view now reports the whole file, not the preview.
  await app.getByTestId('nav-import').click();
  await expect(app.getByTestId('warnings')).toContainText('Warnings in the whole file (2)');

  await app.getByTestId('language').selectOption('ko');
  await app.getByLabel('테마').selectOption('dark');
  await app.getByTestId('nav-stats').click();
  await expect(app.getByRole('article', { name: 'temp' })).toContainText('잘못된 값2');
  await snapshot(app, 'stats-cards-dark-ko', testInfo.project.name);
  await app.getByTestId('warnings-badge').click();
  await expect(app.getByTestId('warnings-panel')).toContainText('“temp” 열');
  await snapshot(app, 'warnings-panel-dark-ko', testInfo.project.name);
});
