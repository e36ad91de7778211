/** Journey: open a bundled sample from the start view and read its statistics; look at each main view. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, SAMPLES, snapshot, test } from './fixtures';

/** The diabetes sample's `sex` column (2nd field) and `age` (1st), read here to know what the grid must show. */
function diabetes(): { ages: number[]; sexOne: number } {
  const rows = readFileSync(join(SAMPLES, 'diabetes.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',').map(Number));
  return { ages: rows.map((r) => r[0]!), sexOne: rows.filter((r) => r[1] === 1).length };
}

test('a bundled sample opens and shows its statistics', async ({ app, isElectron }, testInfo) => {
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

  // Copy as table: tab-separated, one row per column, pasteable into a spreadsheet.
  if (!isElectron) {
    await app.getByRole('button', { name: 'Copy as table' }).click();
    await expect(app.getByRole('status').filter({ hasText: 'Copied 11 rows' })).toBeVisible();
    const tsv = await app.evaluate(() => navigator.clipboard.readText());
    const lines = tsv.split('\n').map((line) => line.split('\t'));
    expect(lines[0]!.slice(0, 4)).toEqual(['column', 'type', 'count', 'missing']);
    expect(lines.find((l) => l[0] === 'age')!.slice(1, 4)).toEqual(['number', '442', '0']);
  }

  await app.getByTestId('nav-data').click();
  await expect(app.locator('.ag-row').first()).toBeVisible();
  await expect(app.locator('.ag-header-cell').nth(1)).toContainText('number');
  await snapshot(app, 'data', testInfo.project.name);

  // Sort by age (computed in the worker): the first row then holds the youngest patient.
  const expected = diabetes();
  await app.locator('.col-header', { hasText: 'age' }).click();
  await expect(app.locator('.ag-row[row-index="0"] [col-id="c0"]')).toHaveText(String(Math.min(...expected.ages)));
  // A simple filter (sex = 1), also computed in the worker.
  await app.locator('.ag-header-cell', { hasText: 'sex' }).getByTestId('column-filter').click();
  await app.locator('.ag-filter-body input').first().fill('1');
  await app.getByRole('button', { name: 'Apply' }).click();
  await expect(app.getByTestId('match-count')).toHaveText(`${expected.sexOne} of 442 rows`);
  await snapshot(app, 'data-filtered', testInfo.project.name);

  // The dark theme, on the statistics with its heatmap.
  await app.getByLabel('Theme').selectOption('dark');
  await app.getByTestId('nav-stats').click();
  await app.getByText('Correlation (Pearson)').scrollIntoViewIfNeeded();
  await snapshot(app, 'stats-dark', testInfo.project.name);
});
