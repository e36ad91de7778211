/** Journey: a garbage (binary) file gives a clear error in plain words, not a crash. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, openThroughInput, snapshot, test } from './fixtures';

test('a binary file shows a clear error with what to do', async ({ app }, testInfo) => {
  const dir = mkdtempSync(join(tmpdir(), 'fitplot-e2e-'));
  const path = join(dir, 'garbage.csv');
  // A PNG-like header and random-looking bytes with NULs: not text in any encoding.
  const bytes = Buffer.alloc(64 * 1024);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + (i >> 3) * 104729) & 0xff;
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 0);
  writeFileSync(path, bytes);

  await openThroughInput(app, path);
  const error = app.getByTestId('error');
  await expect(error).toBeVisible();
  await expect(error).toContainText('garbage.csv');
  await expect(error).toContainText('What to do');
  await expect(error).not.toContainText('Unexpected internal error');
  await snapshot(app, 'error', testInfo.project.name);
});

test('warnings about ragged rows and invalid cells are listed with their line numbers', async ({ app }, testInfo) => {
  const dir = mkdtempSync(join(tmpdir(), 'fitplot-e2e-'));
  const path = join(dir, 'messy.csv');
  const lines = ['id,price,city'];
  for (let i = 1; i <= 30; i++) lines.push(`${i},${i * 1.5},Seoul`);
  lines[5] = '5,not a number,Busan'; // line 6 of the file
  lines[9] = '9,13.5'; // line 10: a missing field
  writeFileSync(path, lines.join('\n') + '\n');

  await openThroughInput(app, path);
  const warnings = app.getByTestId('warnings');
  await expect(warnings).toBeVisible();
  await expect(warnings).toContainText('6');
  await expect(warnings).toContainText('10');
  await snapshot(app, 'import-warnings', testInfo.project.name);
});
