// `npm start`: the desktop app when Electron's binary is available (downloading it once if it is
// missing), otherwise a clear message and browser mode (`npm run web`, owned by the renderer).
// Extra arguments are passed to the app as files to open: `npm start -- data.csv`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NO_ELECTRON_MESSAGE, electronBinaryPath, nextStep } from './electronBinary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');
const requested = process.env.FITPLOT_START ?? 'auto';
const mode = requested === 'browser' || requested === 'no-download' ? requested : 'auto';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status === 0;
}

/** Runs Electron's own installer; on failure shows its first error line, not a stack trace. */
function tryDownload() {
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status === 0) return;
  const firstLine = (result.stderr ?? '')
    .split('\n')
    .find((line) => line.trim() !== '')
    ?.trim();
  console.log(`Fitplot: the download failed${firstLine ? ` (${firstLine})` : ''}.`);
}

function exitWith(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** The first http(s) address in a line of the preview server's output (its colours stripped). */
export function addressIn(line) {
  // eslint-disable-next-line no-control-regex -- ANSI colour codes are control characters by definition.
  return /https?:\/\/[^\s]+/.exec(line.replace(/\u001b\[[0-9;]*m/g, ''))?.[0] ?? null;
}

/**
 * Browser mode: builds the web bundle (its output shown), starts the preview server, and once it
 * listens ends with the address to open on a line of its own, so it is not lost above the build log.
 */
function browserMode() {
  console.log(NO_ELECTRON_MESSAGE);
  if (!run(npm, ['run', 'web:build'])) process.exit(1);
  const child = spawn(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'preview', '-c', 'vite.web.config.mts'], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  let announced = false;
  let pending = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    const address = announced ? null : lines.map(addressIn).find((a) => a !== null);
    if (address) {
      announced = true;
      console.log(`\nFitplot is running in browser mode. Open this address in your browser (Ctrl+C stops it):\n${address}`);
    }
  });
  exitWith(child);
}

function desktop(binaryPath) {
  if (!run(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'])) process.exit(1);
  // npm runs scripts from the package root; files named on the command line are relative to where the user typed it.
  const userCwd = process.env.INIT_CWD ?? process.cwd();
  const args = ['.', ...process.argv.slice(2).map((arg) => (arg.startsWith('-') ? arg : resolve(userCwd, arg)))];
  // Chromium refuses to start as root with its sandbox on (containers, CI shells).
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    console.warn("Fitplot: running as root, so Chromium's OS sandbox is off (--no-sandbox). Run as a normal user to keep it.");
    args.push('--no-sandbox');
  }
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  exitWith(spawn(binaryPath, args, { cwd: root, stdio: 'inherit', env }));
}

let downloadTried = false;
for (;;) {
  const binaryPath = existsSync(electronDir) ? electronBinaryPath(electronDir) : null;
  const step = nextStep({ binaryPath, downloadTried, mode });
  if (step === 'electron') {
    desktop(binaryPath);
    break;
  }
  if (step === 'browser') {
    browserMode();
    break;
  }
  console.log("Fitplot: downloading Electron's binary (first start only)…");
  downloadTried = true;
  if (existsSync(join(electronDir, 'install.js'))) tryDownload();
}
