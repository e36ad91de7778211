/**
 * The shared fixture: `app` is a Page showing Fitplot — in Debian's Chromium for the `web`
 * project, in the Electron window for `electron`. It is deliberately not built on Playwright's
 * built-in `page` (that would start a browser for the electron project too).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron, chromium, expect, test as base } from '@playwright/test';
import type { Page } from '@playwright/test';

const ROOT = resolve(__dirname, '../..');
export const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
export const SAMPLES = join(ROOT, 'assets/samples');

/** Electron's binary is downloaded on first use, which fails offline: look for it, never require('electron'). */
export function electronAvailable(): boolean {
  const dir = join(ROOT, 'node_modules/electron');
  return existsSync(join(dir, 'path.txt')) && existsSync(join(dir, 'dist'));
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface Fixtures {
  app: Page;
  isElectron: boolean;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a destructured object; this one has none.
  isElectron: async ({}, use, testInfo) => use(testInfo.project.name === 'electron'),
  app: async ({ isElectron, baseURL }, use, testInfo) => {
    if (isElectron) {
      testInfo.skip(!electronAvailable(), 'no Electron binary on this machine');
      const electronApp = await _electron.launch({ args: ['.'], cwd: ROOT, env: { ...process.env, LANG: 'en_US.UTF-8' } });
      const window = await electronApp.firstWindow();
      await window.locator('html[data-app-ready]').waitFor();
      await use(window);
      await electronApp.close();
      return;
    }
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const context = await browser.newContext({
      baseURL,
      acceptDownloads: true,
      viewport: { width: 1360, height: 860 },
      locale: 'en-US',
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    // Uncaught errors and console errors (e.g. a Content-Security-Policy violation) fail the test.
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => void (message.type() === 'error' && problems.push(`console error: ${message.text()}`)));
    await page.goto('/');
    await page.locator('html[data-app-ready]').waitFor();
    await use(page);
    await browser.close();
    expect(problems, 'errors in the page').toEqual([]);
  },
});

export { expect };

/** Saves a screenshot of the current view into tests/e2e/artifacts/ (git-ignored). */
export async function snapshot(page: Page, name: string, project: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${project}-${name}.png`) });
}

/** Opens a file through the start view's file input (browser: File API; Electron: a granted file). */
export async function openThroughInput(page: Page, path: string): Promise<void> {
  await page.getByTestId('nav-start').click();
  await page.getByTestId('file-input').setInputFiles(path);
}
