// The end-to-end tests drive Debian's Chromium (/usr/bin/chromium): Playwright's own browser
// download cannot work on machines without internet. Makes `npm test` self-sufficient on a fresh
// Debian machine: installs the package when it is missing and we may (root + apt-get), otherwise
// says exactly what to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
if (existsSync(CHROMIUM)) process.exit(0);

const canApt =
  process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
if (!canApt) {
  console.error(
    `The end-to-end tests need Debian's Chromium at ${CHROMIUM}. Install it with:\n  sudo apt-get install -y chromium fonts-nanum\nthen run the tests again.`,
  );
  process.exit(1);
}
console.log('Installing Debian chromium (and a Korean font) for the end-to-end tests…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-nanum'], { stdio: 'inherit', env });
