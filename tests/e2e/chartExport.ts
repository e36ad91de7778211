/** Exporting a chart through the Export… dialog, shared by the chart journeys. */
import type { Download, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Opens the dialog, applies the choices (select test id → value) and exports; the download. */
export async function exportWith(app: Page, choices: Readonly<Record<string, string>>): Promise<Download> {
  await app.getByTestId('export-open').click();
  const dialog = app.getByRole('dialog', { name: 'Export chart' });
  await expect(dialog).toBeVisible();
  for (const [id, value] of Object.entries(choices)) await dialog.getByTestId(id).selectOption(value);
  const [file] = await Promise.all([app.waitForEvent('download'), dialog.getByTestId('export-save').click()]);
  await expect(dialog).toBeHidden();
  return file;
}
