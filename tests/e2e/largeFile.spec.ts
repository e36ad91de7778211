/**
 * Journeys on generated large files: scroll the grid to the last of 2,000,000 rows, and cancel
 * a load mid-way. 2 M rows (~36 MB) keep the suite to a few minutes on a 2-core machine while
 * still far beyond the ~1.4 M rows where plain virtual lists stop (the element-height cap);
 * the 10 M-row case is the same code path with a bigger scroll scale.
 */
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, openThroughInput, snapshot, test } from './fixtures';

const DIR = join(tmpdir(), 'fitplot-e2e-large');

/** Rows `id,value,group,flag`: id is the 1-based row number, so the last row is easy to recognise. */
async function generate(name: string, rows: number): Promise<string> {
  mkdirSync(DIR, { recursive: true });
  const path = join(DIR, name);
  if (existsSync(path)) return path;
  const out = createWriteStream(path);
  out.write('id,value,group,flag\n');
  const groups = ['alpha', 'beta', 'gamma', 'delta'];
  let chunk = '';
  for (let i = 1; i <= rows; i++) {
    chunk += `${i},${((i * 37) % 1000) / 10},${groups[i % 4]},${i % 3 === 0}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
      chunk = '';
    }
  }
  out.write(chunk);
  await new Promise<void>((r) => out.end(r));
  return path;
}

test('the grid scrolls to the last of 2,000,000 rows', async ({ app }, testInfo) => {
  test.setTimeout(180_000);
  const rows = 2_000_000;
  await openThroughInput(app, await generate('rows-2m.csv', rows));
  await expect(app.getByTestId('preview')).toBeVisible();
  await app.getByTestId('load-all').click();
  await expect(app.getByRole('heading', { name: /Statistics/ })).toBeVisible({ timeout: 120_000 });
  await expect(app.getByTestId('status')).toContainText('2,000,000 rows');
  await app.getByTestId('nav-data').click();
  await expect(app.locator('.ag-row').first()).toBeVisible();

  // Drag the scrollbar to the very bottom, as a user would.
  await app.locator('.ag-body-vertical-scroll-viewport').evaluate((el) => (el.scrollTop = el.scrollHeight));
  const last = app.locator(`.ag-row[row-index="${rows - 1}"]`);
  await expect(last).toBeVisible({ timeout: 30_000 });
  await expect(last.locator('[col-id="c0"]')).toHaveText('2000000');
  await snapshot(app, 'data-last-row', testInfo.project.name);
});

test('a large load can be cancelled and the app stays usable', async ({ app }) => {
  test.setTimeout(180_000);
  await openThroughInput(app, await generate('rows-6m.csv', 6_000_000));
  await expect(app.getByTestId('preview')).toBeVisible();
  await app.getByTestId('load-all').click();
  const progress = app.getByTestId('progress-text');
  await expect(progress).toContainText('rows/s');
  await app.getByTestId('cancel-load').click();
  await expect(app.getByTestId('error')).toContainText('cancelled', { ignoreCase: true });
  await expect(app.getByTestId('load-progress')).toHaveCount(0);
  // The UI still works: the preview is there and the file can be loaded again.
  await expect(app.getByTestId('load-all')).toBeEnabled();
});
