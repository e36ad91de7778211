/** Journey: a CP949 (EUC-KR) file shows Korean headers; the UI switches to Korean. */
import { join } from 'node:path';
import { expect, openThroughInput, SAMPLES, snapshot, test } from './fixtures';
import { readdirSync } from 'node:fs';

const cp949File = () => join(SAMPLES, readdirSync(SAMPLES).find((f) => /cp949/i.test(f)) ?? 'plant-sensors-cp949.csv');

test('a CP949 file shows Korean headers in the import preview and the grid', async ({ app }, testInfo) => {
  await app.getByTestId('language').selectOption('ko');
  await openThroughInput(app, cp949File());
  const preview = app.getByTestId('preview');
  await expect(preview).toBeVisible();
  // Hangul in at least one header, and no U+FFFD replacement characters anywhere in the preview.
  await expect(preview.locator('th').first()).toHaveText(/[\uAC00-\uD7A3]/);
  expect(await preview.textContent()).not.toContain('\uFFFD');
  await expect(app.getByText(/cp949|euc-kr|windows-949/i).first()).toBeVisible();
  await snapshot(app, 'import-ko', testInfo.project.name);

  await app.getByTestId('load-all').click();
  await expect(app.getByRole('heading', { name: /통계/ })).toBeVisible();
  await expect(app.getByTestId('stat-card').first()).toBeVisible();
  await snapshot(app, 'stats-ko', testInfo.project.name);
  await app.getByTestId('nav-charts').click();
  await app.getByTestId('chart-kind').selectOption('bar');
  await expect(app.getByTestId('chart-canvas')).toHaveAttribute('data-ready', 'true');
  await snapshot(app, 'charts-ko', testInfo.project.name);
  await app.getByTestId('nav-data').click();
  await expect(app.locator('.ag-header-cell .name').first()).toHaveText(/[\uAC00-\uD7A3]/);
  await snapshot(app, 'data-ko', testInfo.project.name);
});
