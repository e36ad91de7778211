// npm start's decisions: find Electron's binary without require('electron'), then desktop,
// one download attempt, or browser mode.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_ELECTRON_MESSAGE, electronBinaryPath, nextStep, platformExecutable } from '../../scripts/electronBinary.mjs';

function electronDir({ pathTxt, binary }: { pathTxt?: string; binary?: string }): string {
  const dir = mkdtempSync(join(tmpdir(), 'fitplot-electron-'));
  if (pathTxt !== undefined) writeFileSync(join(dir, 'path.txt'), pathTxt);
  if (binary !== undefined) {
    mkdirSync(join(dir, 'dist'), { recursive: true });
    writeFileSync(join(dir, 'dist', binary), '');
  }
  return dir;
}

describe('electronBinaryPath', () => {
  it('finds the binary named by path.txt inside dist/', () => {
    const dir = electronDir({ pathTxt: 'electron', binary: 'electron' });
    expect(electronBinaryPath(dir, {}, 'linux')).toBe(join(dir, 'dist', 'electron'));
  });

  it('is null without path.txt (never downloaded — the state after npm install here)', () => {
    expect(electronBinaryPath(electronDir({}), {}, 'linux')).toBeNull();
  });

  it('is null when path.txt exists but dist/ does not (interrupted download)', () => {
    expect(electronBinaryPath(electronDir({ pathTxt: 'electron' }), {}, 'linux')).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron itself', () => {
    const unpacked = mkdtempSync(join(tmpdir(), 'fitplot-unpacked-'));
    writeFileSync(join(unpacked, 'electron.exe'), '');
    expect(electronBinaryPath(electronDir({}), { ELECTRON_OVERRIDE_DIST_PATH: unpacked }, 'win32')).toBe(join(unpacked, 'electron.exe'));
    expect(electronBinaryPath(electronDir({}), { ELECTRON_OVERRIDE_DIST_PATH: unpacked }, 'linux')).toBeNull();
  });

  it('knows each platform’s executable', () => {
    expect(['linux', 'win32', 'darwin'].map((p) => platformExecutable(p as NodeJS.Platform))).toEqual([
      'electron',
      'electron.exe',
      'Electron.app/Contents/MacOS/Electron',
    ]);
  });
});

describe('nextStep', () => {
  it('launches the desktop app when the binary is there', () => {
    expect(nextStep({ binaryPath: '/x/electron', downloadTried: false, mode: 'auto' })).toBe('electron');
  });

  it('tries one download when it is missing, then falls back to browser mode', () => {
    expect(nextStep({ binaryPath: null, downloadTried: false, mode: 'auto' })).toBe('download');
    expect(nextStep({ binaryPath: null, downloadTried: true, mode: 'auto' })).toBe('browser');
    expect(nextStep({ binaryPath: '/x/electron', downloadTried: true, mode: 'auto' })).toBe('electron');
  });

  it('respects FITPLOT_START=browser and FITPLOT_START=no-download', () => {
    expect(nextStep({ binaryPath: '/x/electron', downloadTried: false, mode: 'browser' })).toBe('browser');
    expect(nextStep({ binaryPath: null, downloadTried: false, mode: 'no-download' })).toBe('browser');
  });

  it('the fallback message says what happened, how to fix it, and what runs instead', () => {
    expect(NO_ELECTRON_MESSAGE).toContain('could not be downloaded');
    expect(NO_ELECTRON_MESSAGE).toContain('npx install-electron');
    expect(NO_ELECTRON_MESSAGE).toContain('npm run web');
  });
});
