/**
 * The fit panel's split by a column and test part kept aside: the command line carries --test /
 * --split-column, the results say how many test rows are kept aside and show their score only after
 * "Evaluate on the test rows (n)" (a Test column in the Metrics table); screenshots in English
 * (light) and Korean (dark) in tests/e2e/artifacts.
 */
import { expect, snapshot, test } from './fixtures';
import { loadCsvText } from './loadCsv';
import { cell, chooseFeatures, fitAndWait, number, openModels } from './modelsPage';

test.describe.configure({ timeout: 180_000 });

test('a random split with a test part: no test score until asked, then a Test column (English, Korean dark)', async ({ app }, testInfo) => {
  await openModels(app, 'diabetes');
  await chooseFeatures(app, ['bmi', 'bp']);
  await app.getByLabel('Split', { exact: true }).selectOption('random');
  await app.getByLabel('Test fraction (kept aside)').fill('0.2');
  await expect(app.getByTestId('command-line')).toContainText('--validation 0.2 --test 0.2');
  await fitAndWait(app, 1);
  const metrics = app.getByRole('table', { name: 'Metrics' });
  await expect(app.getByTestId('test-part')).toContainText('88 test rows are kept aside');
  await expect(metrics.getByRole('columnheader', { name: 'Test' })).toHaveCount(0);
  expect(await number(cell(metrics, 'Rows', 1))).toBe(266);
  await app.getByTestId('test-part').scrollIntoViewIfNeeded();
  await snapshot(app, 'models-test-part-kept', testInfo.project.name);
  await app.getByRole('button', { name: 'Evaluate on the test rows (88)' }).click();
  await expect(metrics.getByRole('columnheader', { name: 'Test' })).toBeVisible();
  expect(await number(cell(metrics, 'Rows', 3))).toBe(88);
  const r2 = await number(cell(metrics, 'R²', 3));
  expect(r2).toBeGreaterThan(0.2);
  expect(r2).toBeLessThan(0.8);
  await metrics.scrollIntoViewIfNeeded();
  await snapshot(app, 'models-test-part', testInfo.project.name);

  await app.getByLabel('Theme').selectOption('dark');
  await app.getByTestId('language').selectOption('ko');
  await expect(app.getByRole('table', { name: '지표' }).getByRole('columnheader', { name: '테스트' })).toBeVisible();
  await snapshot(app, 'models-test-part-ko-dark', testInfo.project.name);
});

test('a split by a column: the column marks train, validation and test, and is named in the command line', async ({ app }, testInfo) => {
  const lines = ['a,b,part,y'];
  for (let i = 0; i < 60; i++)
    lines.push(
      `${i / 2},${(i * 7) % 11},${['validation', 'Test', 'train', 'train', 'training'][i % 5]},${(1 + i - ((i * 7) % 11) + Math.sin(i)).toFixed(3)}`,
    );
  await loadCsvText(app, 'marked.csv', `${lines.join('\n')}\n`);
  await app.getByRole('button', { name: 'Models' }).click();
  await app.getByLabel('Split', { exact: true }).selectOption('column');
  await expect(app.getByLabel('Split column')).toHaveValue('part');
  await expect(app.getByTestId('command-line')).toContainText('--split-column part');
  await fitAndWait(app, 1);
  const metrics = app.getByRole('table', { name: 'Metrics' });
  expect(await number(cell(metrics, 'Rows', 1))).toBe(36);
  expect(await number(cell(metrics, 'Rows', 2))).toBe(12);
  await expect(app.getByTestId('test-part')).toContainText('12 test rows are kept aside');
  await app.getByRole('button', { name: 'Evaluate on the test rows (12)' }).click();
  expect(await number(cell(metrics, 'Rows', 3))).toBe(12);
  await metrics.scrollIntoViewIfNeeded();
  await snapshot(app, 'models-split-column', testInfo.project.name);
});
