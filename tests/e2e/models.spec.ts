/**
 * The model workbench in the browser: fit least squares and stochastic descent on the diabetes
 * sample and compare them; logistic regression on breast cancer with its confusion matrix and ROC;
 * screenshots in English and Korean, light and dark.
 */
import type { Page } from '@playwright/test';
import { expect, snapshot, test } from './fixtures';

async function openModels(app: Page, sample: 'diabetes' | 'breast-cancer'): Promise<void> {
  await app.getByTestId(`sample-${sample}`).click();
  await expect(app.getByRole('heading', { name: /Statistics/ })).toBeVisible();
  await app.getByRole('button', { name: 'Models' }).click();
  await expect(app.getByRole('heading', { name: 'Models' })).toBeVisible();
}

/** The Coefficients table's value column as numbers by term. */
async function coefficients(app: Page, column = 1): Promise<Record<string, number>> {
  const rows = app.getByRole('table', { name: 'Coefficients' }).locator('tbody tr');
  const out: Record<string, number> = {};
  for (const row of await rows.all()) {
    const term = (await row.locator('th').innerText()).trim();
    out[term] = Number((await row.locator('td').nth(column - 1).innerText()).replace('−', '-'));
  }
  return out;
}

test('least squares on diabetes: coefficients, metrics and diagnosis', async ({ app }, testInfo) => {
  await openModels(app, 'diabetes');
  await expect(app.getByLabel('Target')).toHaveValue('target');
  await app.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect(app.getByRole('table', { name: 'Coefficients' })).toBeVisible();
  await expect(app.getByRole('table', { name: 'Metrics' })).toBeVisible();
  await expect(app.getByRole('region', { name: 'Diagnosis' })).toBeVisible();
  const coef = await coefficients(app);
  expect(Object.keys(coef)).toContain('bmi');
  await snapshot(app, 'models-ols', testInfo.project.name);
});
