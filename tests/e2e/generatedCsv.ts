/**
 * Large generated CSV inputs for e2e journeys, written once into the OS temp dir and reused by
 * later runs (under a temporary name, renamed at the end, so an interrupted run never leaves a
 * short file), and scrolling the grid of such a file to its end.
 */
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

const DIR = join(tmpdir(), 'fitplot-e2e-large');

/** `header`, then `line(i)` for i = 1 … rows (each without its newline). */
export async function generatedCsv(name: string, header: string, rows: number, line: (i: number) => string): Promise<string> {
  mkdirSync(DIR, { recursive: true });
  const path = join(DIR, name);
  if (existsSync(path)) return path;
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  out.write(`${header}\n`);
  let chunk = '';
  for (let i = 1; i <= rows; i++) {
    chunk += `${line(i)}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
      chunk = '';
    }
  }
  out.write(chunk);
  await new Promise<void>((r) => out.end(r));
  renameSync(partial, path);
  return path;
}

/**
 * Drags the grid's scrollbar to the very bottom, as a user would, repeating while the last blocks
 * arrive; resolves with the last row (index `rows − 1`) once it is rendered.
 */
export async function scrollGridToLastRow(app: Page, rows: number): Promise<Locator> {
  const scrollbar = app.locator('.ag-body-vertical-scroll-viewport');
  const last = app.locator(`.ag-row[row-index="${rows - 1}"]`);
  await expect
    .poll(
      async () => {
        await scrollbar.evaluate((el) => (el.scrollTop = el.scrollHeight));
        return last.count();
      },
      { timeout: 30_000 },
    )
    .toBe(1);
  return last;
}
