/** Journey: open a bundled sample from the start view and read its statistics; look at each main view. */
import { expect, snapshot, test } from './fixtures';

test('a bundled sample opens and shows its statistics', async ({ app }, testInfo) => {
  await expect(app.getByRole('heading', { name: 'Open a data file' })).toBeVisible();
  await expect(app.getByTestId('sample-diabetes')).toBeVisible();
  await snapshot(app, 'start', testInfo.project.name);

  await app.getByTestId('sample-diabetes').click();
  await expect(app.getByRole('heading', { name: /Statistics/ })).toBeVisible();
  const cards = app.getByTestId('stat-card');
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThanOrEqual(10);
  // The diabetes target (442 patients) — its card names the column and shows the count.
  await expect(app.getByTestId('status')).toContainText('442 rows');
  await expect(app.getByRole('article', { name: 'target' })).toContainText('442');
  await expect(app.getByText('Correlation (Pearson)')).toBeVisible();
  await snapshot(app, 'stats', testInfo.project.name);

  await app.getByTestId('nav-data').click();
  await expect(app.locator('.ag-row').first()).toBeVisible();
  await expect(app.locator('.ag-header-cell').nth(1)).toContainText('number');
  await snapshot(app, 'data', testInfo.project.name);

  // The dark theme, on the statistics with its heatmap.
  await app.getByLabel('Theme').selectOption('dark');
  await app.getByTestId('nav-stats').click();
  await app.getByText('Correlation (Pearson)').scrollIntoViewIfNeeded();
  await snapshot(app, 'stats-dark', testInfo.project.name);
});
