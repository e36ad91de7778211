/** The Models view as the model journeys drive it: open it on a sample, read result cells, fit and wait. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export async function openModels(app: Page, sample: 'diabetes' | 'breast-cancer' | 'digits' | 'filip'): Promise<void> {
  await app.getByTestId(`sample-${sample}`).click();
  await expect(app.getByRole('heading', { name: /Statistics/ })).toBeVisible();
  await app.getByRole('button', { name: 'Models' }).click();
  await expect(app.getByRole('heading', { name: 'Models', exact: true })).toBeVisible();
}

export const number = async (cell: Locator): Promise<number> => Number((await cell.innerText()).trim());

/** A cell of a results table: the row whose header is `row` (regex characters escaped), the `column`-th value cell (1-based). */
export function cell(table: Locator, row: string, column = 1): Locator {
  const header = new RegExp(`^${row.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return table
    .locator('tbody tr')
    .filter({ has: table.page().locator('th', { hasText: header }) })
    .locator('td')
    .nth(column - 1);
}

export async function chooseFeatures(app: Page, names: readonly string[]): Promise<void> {
  const features = app.getByRole('group', { name: 'Features' });
  await features.getByRole('button', { name: 'None' }).click();
  for (const name of names) await features.getByRole('checkbox', { name }).check();
}

/** Fit, then wait until run `runNumber` is in the Runs table and training has ended. */
export async function fitAndWait(app: Page, runNumber: number, timeout = 60_000): Promise<void> {
  await app.getByRole('button', { name: 'Fit', exact: true }).click();
  const row = app
    .getByRole('table', { name: 'Runs' })
    .locator('tbody tr')
    .filter({ has: app.locator('td:nth-child(2)', { hasText: new RegExp(`^${runNumber}$`) }) });
  await expect(row).toBeVisible({ timeout });
  await expect(app.getByTestId('run-status')).not.toHaveText('training…', { timeout });
}
