/**
 * The live fit chart: stochastic descent (rows shuffled each epoch, so the weights never settle) on
 * diabetes with one feature (bmi, scaled) draws the training rows with the current fitted line
 * beside the loss curves; the line moves as the weights
 * stream in, a 200,000-epoch fit keeps the page responsive until Stop, and afterwards the line is
 * the coefficient table's (original units). Then a least-squares run is compared with it (legend
 * names run and method). Logistic regression on two features draws its decision boundary.
 * Screenshots of the live training area at 1280×720 in English and Korean, light and dark, during
 * and after the fit (tests/e2e/artifacts).
 */
import type { Locator, Page } from '@playwright/test';
import { join } from 'node:path';
import { ARTIFACTS, expect, snapshot, test } from './fixtures';
import { cell, chooseFeatures, fitAndWait, number, openModels } from './modelsPage';

test.describe.configure({ timeout: 180_000 });

const lineOf = async (chart: Locator): Promise<number[][]> => JSON.parse((await chart.getAttribute('data-series')) ?? '[]') as number[][];

/** The live training area in all four looks, returning to English, light. */
async function shots(app: Page, area: Locator, name: string, project: string): Promise<void> {
  for (const [language, theme] of [
    ['en', 'light'],
    ['ko', 'light'],
    ['ko', 'dark'],
    ['en', 'dark'],
  ] as const) {
    await app.getByTestId('language').selectOption(language);
    if ((await app.locator('html').getAttribute('data-theme')) !== theme)
      await app.keyboard.press(theme === 'dark' ? 'Control+Shift+D' : 'Control+Shift+L');
    await expect(app.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(area.locator('.live-fit-chart canvas')).toBeVisible();
    await area.screenshot({ path: join(ARTIFACTS, `${project}-${name}-${language}-${theme}.png`) });
  }
  await app.getByTestId('language').selectOption('en');
  await app.keyboard.press('Control+Shift+L');
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'light');
}

test('the fitted line moves over the rows while stochastic descent trains, then matches the coefficients', async ({ app }, testInfo) => {
  const project = testInfo.project.name;
  // The smallest window the layout is made for: titles and legends must not collide here.
  await app.setViewportSize({ width: 1280, height: 720 });
  await openModels(app, 'diabetes');
  await chooseFeatures(app, ['bmi']);
  await app.getByLabel('Scaling').selectOption('standard');
  await app.getByLabel('Method', { exact: true }).selectOption('sgd');
  await app.getByLabel('Learning rate').fill('0.001');
  await app.getByLabel('Epochs').fill('200000');
  await app.getByLabel('Shuffle rows each epoch').check();
  await app.getByRole('button', { name: 'Fit', exact: true }).click();

  // By class: the region's accessible name changes with the language of the screenshots.
  const area = app.locator('section.live-training');
  const live = area.locator('.live-fit-chart');
  await expect(
    app.getByRole('img', { name: 'The training rows with the fitted line or decision boundary, as the fit moves it' }),
  ).toBeVisible();
  await expect.poll(async () => (await lineOf(live)).length, { timeout: 30_000 }).toBe(2);
  const first = await lineOf(live);
  // The line spans the plot's x range (the bmi axis) and moves as epochs arrive.
  expect(first[0]![0]).toBeLessThan(20);
  expect(first[1]![0]).toBeGreaterThan(40);
  await expect.poll(async () => JSON.stringify(await lineOf(live)), { timeout: 30_000 }).not.toBe(JSON.stringify(first));
  await expect(app.getByTestId('run-status')).toHaveText('training…');
  await shots(app, area, 'models-live-during', project);

  // Long fits stay responsive: the epoch counter keeps moving while the page switches looks (above).
  const stop = app.getByRole('button', { name: 'Stop', exact: true });
  if (await stop.isEnabled()) await stop.click();
  await expect(app.getByTestId('run-status')).not.toHaveText('training…', { timeout: 60_000 });

  const coefficients = app.getByRole('table', { name: 'Coefficients' });
  const slope = await number(cell(coefficients, 'bmi', 2));
  const intercept = await number(cell(coefficients, '(intercept)', 2));
  const line = await lineOf(live);
  expect(line).toHaveLength(2);
  for (const [x, y] of line as [number, number][]) {
    // The table shows 4 significant digits; the chart draws the full-precision line.
    expect(Math.abs(y - (intercept + slope * x))).toBeLessThan(1e-3 * (Math.abs(intercept) + Math.abs(slope * x)));
  }
  await shots(app, area, 'models-live-after', project);

  // A least-squares run beside it: the comparison's legend names each run with its method.
  await app.getByLabel('Method', { exact: true }).selectOption('ols');
  await fitAndWait(app, 2);
  const runs = app.getByRole('table', { name: 'Runs' });
  await runs.getByRole('checkbox', { name: 'Compare run 1' }).check();
  await runs.getByRole('checkbox', { name: 'Compare run 2' }).check();
  const comparison = app.getByRole('region', { name: 'Comparison' });
  await comparison.scrollIntoViewIfNeeded();
  await expect(comparison.locator('canvas')).toBeVisible();
  await comparison.screenshot({ path: join(ARTIFACTS, `${project}-models-live-compare.png`) });
  await snapshot(app, 'models-live-page', project);
});

test('logistic regression on two features draws its decision boundary, ending on the coefficients', async ({ app }, testInfo) => {
  const project = testInfo.project.name;
  await app.setViewportSize({ width: 1280, height: 720 });
  await openModels(app, 'breast-cancer');
  await chooseFeatures(app, ['mean radius', 'mean texture']);
  await app.getByLabel('Scaling').selectOption('standard');
  await fitAndWait(app, 1);
  const area = app.locator('section.live-training');
  const live = area.locator('.live-fit-chart');
  await expect.poll(async () => (await lineOf(live)).length).toBe(2);
  const coefficients = app.getByRole('table', { name: 'Coefficients' });
  const [w1, w2, b] = [
    await number(cell(coefficients, 'mean radius', 2)),
    await number(cell(coefficients, 'mean texture', 2)),
    await number(cell(coefficients, '(intercept)', 2)),
  ];
  // Both ends lie on w1·radius + w2·texture + b = 0 (threshold 0.5), up to the table's rounding.
  for (const [x, y] of (await lineOf(live)) as [number, number][]) {
    expect(Math.abs(w1 * x + w2 * y + b)).toBeLessThan(1e-3 * (Math.abs(w1 * x) + Math.abs(w2 * y) + Math.abs(b)));
  }
  await shots(app, area, 'models-live-boundary', project);
});
