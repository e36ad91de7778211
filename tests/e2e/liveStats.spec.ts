/**
 * Statistics while a big file loads: a generated 5-million-row CSV (~100 MB, written once into the
 * OS temp dir) takes seconds to load, during which the Import view shows "Statistics so far" with
 * growing row counts, marked provisional; when the load is done the Statistics view shows the exact
 * numbers, checked here against those computed from the generator. FITPLOT_E2E_LIVE_ROWS sets
 * another size (a multiple of 1000).
 */
import type { Locator } from '@playwright/test';
import { expect, openThroughInput, snapshot, test } from './fixtures';
import { generatedCsv } from './generatedCsv';

const rows = Number(process.env.FITPLOT_E2E_LIVE_ROWS ?? 5_000_000);

/** x cycles through 0.0 … 99.9 (37 and 1000 coprime); y is empty on every 50th row. */
const x = (i: number): number => ((i * 37) % 1000) / 10;
const y = (i: number): number | null => (i % 50 === 0 ? null : (((i * 7919) % 10_007) - 5000) / 100);

function expectedY(): { count: number; missing: number; mean: number; min: number; max: number } {
  let count = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 1; i <= rows; i++) {
    const v = y(i);
    if (v === null) continue;
    count++;
    sum += v;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return { count, missing: rows - count, mean: sum / count, min, max };
}

/** As the Statistics view prints a number (renderer/features/stats/cardRows.ts), in the test browser's en-US. */
const shown = (v: number): string => new Intl.NumberFormat('en-US', { maximumSignificantDigits: 5 }).format(v);
const cardValue = (card: Locator, label: string): Locator => card.locator(`dt:text-is("${label}") + dd`);

test('statistics so far grow while a big file loads, then the exact statistics replace them', async ({ app }, testInfo) => {
  test.setTimeout(240_000);
  const path = await generatedCsv(`live-stats-${rows}.csv`, 'id,x,y,group', rows, (i) => `${i},${x(i)},${y(i) ?? ''},${'ABCD'[i % 4]}`);
  await openThroughInput(app, path);
  await expect(app.getByTestId('preview')).toBeVisible();
  await app.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; rowsRead: number[] };
    // Long tasks on the UI thread while the panel updates every progress tick: the page must stay responsive.
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({
      type: 'longtask',
      buffered: false,
    });
    // Every "rows read" the panel shows, recorded as it changes (however fast the load).
    w.rowsRead = [];
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="live-stats-rows"]')?.textContent;
      const rows = text ? Number(text.replace(/\D/g, '')) : NaN;
      if (Number.isFinite(rows) && rows !== w.rowsRead.at(-1)) w.rowsRead.push(rows);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await app.getByTestId('load-all').click();

  const panel = app.getByRole('region', { name: 'Statistics so far' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('while loading — exact quantiles when done');
  await expect(panel.getByRole('columnheader')).toHaveText(['Column', 'Count', 'Missing', 'Mean', 'Min', 'Max', 'Histogram']);
  // id, x and y look numeric; group does not.
  await expect(panel.getByTestId('live-stats-row').locator('th')).toHaveText(['id', 'x', 'y']);
  await expect(panel.getByRole('img', { name: 'y: histogram so far' })).toBeVisible();
  await snapshot(app, 'live-stats-en', testInfo.project.name);

  // Korean (and dark) mid-load: the panel is worded in Korean at once.
  await app.getByTestId('language').selectOption('ko');
  await app.getByLabel('테마').selectOption('dark');
  const panelKo = app.getByRole('region', { name: '지금까지의 통계' });
  await expect(panelKo).toContainText('읽는 중 — 정확한 분위수는 완료 후', { timeout: 2000 });
  await snapshot(app, 'live-stats-ko-dark', testInfo.project.name);
  await app.getByTestId('language').selectOption('en');
  await app.getByLabel('Theme').selectOption('light');
  const longest = await app.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));
  expect(longest, 'longest main-thread task while loading (ms)').toBeLessThan(200);

  // Done: the app shows the Statistics view, the provisional panel is gone and the numbers are exact.
  await expect(app.getByRole('heading', { name: /Statistics/ })).toBeVisible({ timeout: 180_000 });
  await expect(app.getByTestId('live-stats')).toHaveCount(0);
  // The panel's row count grew tick by tick, never backwards, and stayed within the file.
  const seen = await app.evaluate(() => (window as unknown as { rowsRead: number[] }).rowsRead);
  expect(seen.length, `rows read shown: ${seen.join(', ')}`).toBeGreaterThanOrEqual(3);
  for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1] as number);
  expect(seen[0]).toBeGreaterThan(0);
  expect(seen.at(-1)).toBeLessThanOrEqual(rows);
  const e = expectedY();
  const cardY = app.getByRole('article', { name: 'y', exact: true });
  await expect(cardValue(cardY, 'Count')).toHaveText(shown(e.count));
  await expect(cardValue(cardY, 'Missing')).toHaveText(shown(e.missing));
  await expect(cardValue(cardY, 'Mean')).toHaveText(shown(e.mean));
  await expect(cardValue(cardY, 'Min')).toHaveText(shown(e.min));
  await expect(cardValue(cardY, 'Max')).toHaveText(shown(e.max));
  const cardX = app.getByRole('article', { name: 'x', exact: true });
  // rows is a multiple of 1000: every value 0.0 … 99.9 the same number of times.
  await expect(cardValue(cardX, 'Count')).toHaveText(shown(rows));
  await expect(cardValue(cardX, 'Mean')).toHaveText('49.95');
  await expect(cardValue(cardX, 'Median')).toHaveText('49.95');
  await expect(cardValue(cardX, 'Max')).toHaveText('99.9');
  await snapshot(app, 'live-stats-done', testInfo.project.name);
});

test('a wide file: the panel scrolls through the columns it follows and counts the rest', async ({ app }, testInfo) => {
  test.setTimeout(240_000);
  const width = 50;
  const header = Array.from({ length: width }, (_, c) => `sensor_${c + 1}`).join(',');
  const path = await generatedCsv(`live-wide-${width}.csv`, header, 300_000, (i) =>
    Array.from({ length: width }, (_, c) => (i * (c + 3)) % 997).join(','),
  );
  await openThroughInput(app, path);
  await expect(app.getByTestId('preview')).toBeVisible();
  await app.getByTestId('load-all').click();
  const panel = app.getByRole('region', { name: 'Statistics so far' });
  await expect(panel).toBeVisible();
  // The engine follows the first 40 number columns (MAX_LIVE_COLUMNS) and says how many it leaves out.
  await expect(panel.getByTestId('live-stats-row')).toHaveCount(40);
  await expect(panel).toContainText('Number columns not shown here: 10.');
  // The table scrolls inside the panel instead of pushing the import options off the page.
  const box = await panel.boundingBox();
  expect(box!.height).toBeLessThan(app.viewportSize()!.height * 0.6);
  await snapshot(app, 'live-stats-wide', testInfo.project.name);
  await expect(app.getByRole('heading', { name: /Statistics/ })).toBeVisible({ timeout: 180_000 });
});
