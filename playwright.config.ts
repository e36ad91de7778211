/**
 * End-to-end tests. One suite, two projects: `web` drives the built renderer (dist/web, served by
 * `vite preview`) in Debian's Chromium; `electron` runs the same specs in the desktop app where
 * an Electron binary exists (the shared fixture in tests/e2e/fixtures.ts skips it, with the
 * reason, where it does not). `npm run test:e2e` builds the web bundle first.
 */
import { defineConfig } from '@playwright/test';

export const WEB_PORT = 4178;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${WEB_PORT}` },
  projects: [
    { name: 'web', metadata: { host: 'web' } },
    { name: 'electron', metadata: { host: 'electron' } },
  ],
  webServer: {
    command: `npx vite preview -c vite.web.config.mts --port ${WEB_PORT} --strictPort`,
    url: `http://127.0.0.1:${WEB_PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
