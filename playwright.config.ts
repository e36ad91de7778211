/**
 * End-to-end tests. One suite, two projects: `web` drives the built renderer (dist/web, served by
 * `vite preview`) in Debian's Chromium; `electron` runs the same specs in the desktop app where
 * an Electron binary exists (the shared fixture in tests/e2e/fixtures.ts skips it, with the
 * reason, where it does not). `npm run test:e2e` builds the web bundle first.
 */
import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

/**
 * A free port for the preview server, so `npm test` works while `npm start` serves 4178. Chosen
 * once by the runner and handed to its workers through the environment (they load this file too).
 */
function freePort(): number {
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close();})";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}
process.env.FITPLOT_E2E_PORT ??= String(freePort());
export const WEB_PORT = Number(process.env.FITPLOT_E2E_PORT);

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
