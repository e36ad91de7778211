/**
 * Journeys on a generated large file (10,000,000 short rows, ~200 MB, written once into the OS
 * temp dir and reused by later runs): scroll the grid to the last row — far beyond the ~1.4 M rows
 * where plain virtual lists stop (the element-height cap) — and cancel a load mid-way.
 * FITPLOT_E2E_ROWS sets another size (e.g. 2000000 on a slow machine).
 */
import { expect, openThroughInput, snapshot, test } from './fixtures';
import { generatedCsv, scrollGridToLastRow } from './generatedCsv';

const rows = Number(process.env.FITPLOT_E2E_ROWS ?? 10_000_000);
const groups = ['alpha', 'beta', 'gamma', 'delta'];

/** Rows `id,value,group,flag`: id is the 1-based row number, so the last row is easy to recognise. */
function generate(name: string, count: number): Promise<string> {
  return generatedCsv(name, 'id,value,group,flag', count, (i) => `${i},${((i * 37) % 1000) / 10},${groups[i % 4]},${i % 3 === 0}`);
}

test('the grid scrolls to the last row of a 10-million-row file', async ({ app }, testInfo) => {
  test.setTimeout(180_000);
  await openThroughInput(app, await generate(`rows-${rows}.csv`, rows));
  await expect(app.getByTestId('preview')).toBeVisible();
  await app.getByTestId('load-all').click();
  await expect(app.getByRole('heading', { name: /Statistics/ })).toBeVisible({ timeout: 120_000 });
  await expect(app.getByTestId('status')).toContainText(`${rows.toLocaleString('en-US')} rows`);
  await app.getByTestId('nav-data').click();
  await expect(app.locator('.ag-row').first()).toBeVisible();

  const last = await scrollGridToLastRow(app, rows);
  await expect(last).toBeVisible();
  await expect(last.locator('[col-id="c0"]')).toHaveText(String(rows));
  await snapshot(app, 'data-last-row', testInfo.project.name);
});

test('a large load can be cancelled and the app stays usable', async ({ app }, testInfo) => {
  test.setTimeout(180_000);
  await openThroughInput(app, await generate(`rows-${rows}.csv`, rows));
  await expect(app.getByTestId('preview')).toBeVisible();
  // Long tasks on the UI thread while the worker loads: the page must stay responsive.
  await app.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({
      type: 'longtask',
      buffered: false,
    });
  });
  await app.getByTestId('load-all').click();
  const progress = app.getByTestId('progress-text');
  await expect(progress).toContainText('rows/s');
  await snapshot(app, 'import-progress', testInfo.project.name);
  // Interact while loading: the language switch re-renders the progress at once.
  await app.getByTestId('language').selectOption('ko');
  await expect(progress).toContainText('초당', { timeout: 2000 });
  await app.getByTestId('language').selectOption('en');
  const longest = await app.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));
  expect(longest, 'longest main-thread task while loading (ms)').toBeLessThan(200);
  await app.getByTestId('cancel-load').click();
  await expect(app.getByTestId('error')).toContainText('cancelled', { ignoreCase: true });
  await expect(app.getByTestId('load-progress')).toHaveCount(0);
  // The UI still works: the preview is there and the file can be loaded again.
  await expect(app.getByTestId('load-all')).toBeEnabled();
});
