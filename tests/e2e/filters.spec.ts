/**
 * Journey (issue 13 §2): a filter set on the dataset flows to the statistics and charts, says
 * it is on with its row count, and clears; statistics split by a group column.
 */
import { sensorCsv } from '../renderer/sensorLog';
import { expect, snapshot, test } from './fixtures';
import { loadCsvText } from './loadCsv';

test('date/time and number range filters reach the statistics and charts; groups split the cards', async ({ app }, testInfo) => {
  await loadCsvText(app, 'sensors.csv', sensorCsv());

  // "Last hour" ends at the latest time, 01:23:19; from 00:23:19 it starts inside the hour-long gap,
  // so it keeps the 900 one-second rows from 01:08:20 on.
  await app.getByTestId('add-filter').click();
  await app.getByTestId('filter-column').selectOption({ label: 'time (date/time)' });
  await app.getByTestId('filter-last-hour').click();
  await app.getByTestId('filter-apply').click();
  await expect(app.getByTestId('filter-indicator')).toContainText('Filter on: 900 of 1,400 rows');
  await expect(app.getByRole('article', { name: 'time' })).toContainText('Count900');
  await snapshot(app, 'stats-filtered-light-en', testInfo.project.name);

  await app.getByTestId('split-by').selectOption({ label: 'line' });
  await expect(app.getByTestId('group-card').first()).toContainText('A');
  await snapshot(app, 'stats-split-light-en', testInfo.project.name);
  await app.getByTestId('split-by').selectOption({ label: '— whole table —' });

  await app.getByTestId('nav-charts').click();
  await expect(app.getByTestId('chart-canvas')).toHaveAttribute('data-ready', 'true');
  await expect(app.getByTestId('filter-chip')).toContainText('time: 2024-02-03 00:23:19 – 2024-02-03 01:23:19');

  await app.getByTestId('clear-filters').first().click();
  await expect(app.getByTestId('filter-indicator')).toBeHidden();
  await app.getByTestId('nav-stats').click();
  await expect(app.getByRole('article', { name: 'time' })).toContainText('Count1,400');

  await app.getByTestId('language').selectOption('ko');
  await app.getByLabel('테마').selectOption('dark');
  await app.getByTestId('add-filter').click();
  await app.getByTestId('filter-column').selectOption({ label: 'temp (숫자)' });
  await app.getByTestId('filter-from').fill('21');
  await app.getByTestId('filter-apply').click();
  await expect(app.getByTestId('filter-indicator')).toContainText('필터 적용 중');
  await snapshot(app, 'stats-filtered-dark-ko', testInfo.project.name);
});
