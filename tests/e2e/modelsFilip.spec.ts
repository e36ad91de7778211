/**
 * Issue 16's worked example in the workbench: NIST's Filip data (a degree-10 polynomial whose
 * design has condition number ≈ 5e9 with unit-length columns) fitted by least squares. Every power
 * is kept (ill-conditioned is not dependent), the warning names the condition number, and the
 * coefficients agree with NIST's certified values to at least 7 digits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, snapshot, test } from './fixtures';
import { cell } from './modelsPage';

test.describe.configure({ timeout: 180_000 });

const nist = JSON.parse(readFileSync(join(__dirname, '../golden/nist/nist_lls.json'), 'utf8')) as {
  datasets: { name: string; certified: { coefficients: string[] } }[];
};

test('Filip: least squares on a degree-10 polynomial keeps every power and states the condition number', async ({ app }, testInfo) => {
  await app.getByTestId('sample-filip').click();
  await expect(app.getByRole('heading', { name: /Statistics/ })).toBeVisible();
  await app.getByRole('button', { name: 'Models' }).click();
  await app.getByLabel('Target').selectOption('y');
  await app.getByLabel('Polynomial degree').fill('10');
  await app.getByLabel('Split').selectOption('none');
  await app.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect(app.getByTestId('run-status')).not.toHaveText('training…', { timeout: 60_000 });
  const warnings = app.getByTestId('fit-warnings');
  await expect(warnings).toContainText(
    /Near-collinear features: the condition number of the design \(columns scaled to unit length\) is (5\.2e\+?9|5,?200,?000,?000)\b/,
  );
  await expect(warnings).not.toContainText('were given coefficient 0');
  const certified = nist.datasets.find((d) => d.name === 'Filip')!.certified.coefficients.map(Number);
  const coefficients = app.getByRole('table', { name: 'Coefficients' });
  // The table shows 4 significant digits: the intercept and x's coefficient against NIST's.
  const shown = async (row: string) => Number((await cell(coefficients, row).innerText()).trim());
  expect(Math.abs((await shown('(intercept)')) / certified[0]! - 1)).toBeLessThan(1e-3);
  expect(Math.abs((await shown('x')) / certified[1]! - 1)).toBeLessThan(1e-3);
  await snapshot(app, 'models-filip', testInfo.project.name);
});
