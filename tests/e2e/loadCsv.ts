/** Writes CSV text to a temporary file, opens it through the start view and loads every row. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openThroughInput } from './fixtures';

export async function loadCsvText(app: Page, name: string, text: string): Promise<void> {
  const path = join(mkdtempSync(join(tmpdir(), 'fitplot-e2e-')), name);
  writeFileSync(path, text);
  await openThroughInput(app, path);
  await expect(app.getByTestId('preview')).toBeVisible();
  await app.getByTestId('load-all').click();
  await expect(app.getByTestId('stat-card').first()).toBeVisible();
}
