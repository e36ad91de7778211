// Finds Electron's binary without running `require('electron')` (which tries to download it and
// fails without internet), and decides what `npm start` does. Pure functions + fs checks, so
// tests/electron/start.test.ts can drive every branch.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The executable's path inside an Electron folder, as electron's install.js writes it to path.txt. */
export function platformExecutable(platform) {
  if (platform === 'win32') return 'electron.exe';
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

/**
 * The Electron executable if it is really there: ELECTRON_OVERRIDE_DIST_PATH (an unpacked
 * Electron folder, as electron's own index.js honours it), else node_modules/electron/path.txt
 * pointing into node_modules/electron/dist. Null when absent.
 */
export function electronBinaryPath(electronDir, env = process.env, platform = process.platform) {
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? platformExecutable(platform));
    return existsSync(candidate) ? candidate : null;
  }
  if (relative === null || relative === '') return null;
  const candidate = join(electronDir, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}

/**
 * What `npm start` does next:
 * - 'browser'  when asked for (FITPLOT_START=browser), or when the binary is still missing after
 *              one download attempt (or downloads are disabled with FITPLOT_START=no-download);
 * - 'electron' when the binary is present;
 * - 'download' once, when it is missing (electron@45 has no postinstall: a fresh `npm install`
 *              never has the binary, so the first start fetches it from GitHub or ELECTRON_MIRROR).
 */
export function nextStep({ binaryPath, downloadTried, mode }) {
  if (mode === 'browser') return 'browser';
  if (binaryPath !== null) return 'electron';
  if (!downloadTried && mode !== 'no-download') return 'download';
  return 'browser';
}

export const NO_ELECTRON_MESSAGE = `
Fitplot: Electron's binary is not installed, and it could not be downloaded on this machine.
  (electron@45 fetches its ~100 MB binary from GitHub on first use; this machine cannot reach it.)
  To run the desktop app, on a machine with internet access:
      npx install-electron          (or: node node_modules/electron/install.js)
      npm start
  Behind a proxy or mirror: ELECTRON_MIRROR=https://<mirror>/electron/ npx install-electron
  With an unpacked Electron 45 folder: ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron npm start
Starting browser mode instead (npm run web): the same app in your browser.
`;
