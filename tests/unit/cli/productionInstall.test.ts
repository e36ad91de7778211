/**
 * The CLI from a production install (issue 15): a built copy installed with `npm ci --omit=dev`
 * has only the runtime dependencies, and `fitplot describe` and `fitplot chart --out x.png` work
 * there. Before, every package was a devDependency: the `prepare` script failed without esbuild,
 * and after a prune every command died with MODULE_NOT_FOUND (@resvg/resvg-js).
 *
 * It runs `npm ci` (about 6 s, from npm's cache when it holds the packages) in `npm test`, after
 * `npm run build:cli` has made dist/; the copy holds what a release of the command holds: the
 * manifest and lock file, the launcher, the bundle and the bundled font.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');

describe('a production install', () => {
  it('installs only the runtime dependencies and runs describe and chart --out x.png', () => {
    expect(existsSync(join(root, 'dist/cli.cjs')), 'dist/cli.cjs is missing: run `npm run build:cli` first (npm test does)').toBe(true);
    const copy = mkdtempSync(join(tmpdir(), 'fitplot-prod-'));
    for (const file of ['package.json', 'package-lock.json', 'scripts/fitplot.cjs', 'scripts/buildCli.mjs']) {
      mkdirSync(join(copy, file, '..'), { recursive: true });
      cpSync(join(root, file), join(copy, file));
    }
    cpSync(join(root, 'dist'), join(copy, 'dist'), { recursive: true });
    cpSync(join(root, 'assets/fonts'), join(copy, 'assets/fonts'), { recursive: true });
    execFileSync('npm', ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], {
      cwd: copy,
      stdio: 'pipe',
      timeout: 180_000,
    });

    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const scopes = Object.keys(manifest.dependencies).map((name) => name.split('/')[0] as string);
    expect(
      readdirSync(join(copy, 'node_modules'))
        .filter((name) => !name.startsWith('.'))
        .sort(),
    ).toEqual([...new Set(scopes)].sort());

    writeFileSync(join(copy, 'data.csv'), 'x,y\n1,2\n2,4\n3,5\n');
    const fitplot = (...args: string[]): string =>
      execFileSync(process.execPath, [join(copy, 'scripts/fitplot.cjs'), ...args], {
        cwd: copy,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 60_000,
      });
    expect(fitplot('describe', 'data.csv')).toMatch(/^data\.csv: 3 rows × 2 columns, utf-8/);
    fitplot('chart', 'scatter', 'data.csv', '--x', 'x', '--y', 'y', '--out', 'x.png');
    const png = readFileSync(join(copy, 'x.png'));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // 900 × 560 at the default scale 2.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1800, 1120]);
  });
});
