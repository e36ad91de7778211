// Shape of the packaging configuration (electron-builder.yml) and of package.json's entry points.
// Building installers needs the Electron zip and installer tools from the internet; this pins
// what is checkable here: targets, associations, icons on disk, what goes into the asar.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
type Config = {
  appId: string;
  productName: string;
  asar: boolean;
  files: string[];
  extraResources: Array<{ from: string; to: string }>;
  fileAssociations: Array<{ ext: string; mimeType: string }>;
  linux: { target: string[]; icon: string; category: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  directories: { output: string };
};
const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Config;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  type?: string;
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
};

describe('electron-builder.yml', () => {
  it('names the app and builds AppImage + deb, NSIS and dmg', () => {
    expect(config.appId).toBe('org.fitplot.desktop');
    expect(config.productName).toBe('Fitplot');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.directories.output).toBe('release');
  });

  it('packs only the build output into an asar, with the samples beside it', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(['out/**', 'package.json', '!**/node_modules/**']);
    expect(config.extraResources).toEqual([{ from: 'assets/samples', to: 'samples' }]);
  });

  it('associates .csv and .tsv', () => {
    expect(config.fileAssociations.map((a) => [a.ext, a.mimeType])).toEqual([
      ['csv', 'text/csv'],
      ['tsv', 'text/tab-separated-values'],
    ]);
  });

  it('points at icons that exist', () => {
    expect(existsSync(join(root, config.win.icon))).toBe(true);
    expect(existsSync(join(root, config.mac.icon))).toBe(true);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) expect(existsSync(join(root, config.linux.icon, `${size}x${size}.png`))).toBe(true);
  });
});

describe('package.json', () => {
  it('starts main from the electron-vite output and stays CommonJS (sandboxed preload)', () => {
    expect(pkg.main).toBe('out/main/index.js');
    expect(pkg.type ?? 'commonjs').toBe('commonjs');
  });

  it('copies no node_modules into the package: the one runtime dependency is the PNG renderer of the CLI (the app bundles what it uses)', () => {
    expect(Object.keys(pkg.dependencies ?? {})).toEqual(['@resvg/resvg-js']);
    expect(config.files).toContain('!**/node_modules/**');
  });

  it('wires start, build and dist', () => {
    expect(pkg.scripts.start).toBe('node scripts/start.mjs');
    expect(pkg.scripts.build).toBe('electron-vite build');
    expect(pkg.scripts.dist).toContain('electron-builder --config electron-builder.yml');
  });
});
