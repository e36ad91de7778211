// Window state: validation of the saved JSON, clamping to the displays present now, atomic save.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, clampToDisplays, loadWindowState, parseWindowState, saveWindowState } from '../../electron/main/windowState';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 }; // 1920×1080 minus a 40 px task bar
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('accepts a well-formed state', () => {
    expect(parseWindowState({ x: 10, y: 20, width: 1000, height: 700, maximized: true })).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });

  it.each([
    ['not an object', 'hello'],
    ['null', null],
    ['missing maximized', { x: 0, y: 0, width: 800, height: 600 }],
    ['fractional', { x: 0.5, y: 0, width: 800, height: 600, maximized: false }],
    ['string number', { x: '0', y: 0, width: 800, height: 600, maximized: false }],
    ['zero width', { x: 0, y: 0, width: 0, height: 600, maximized: false }],
    ['absurd', { x: 1e9, y: 0, width: 800, height: 600, maximized: false }],
  ])('rejects %s', (_label, value) => {
    expect(parseWindowState(value)).toBeNull();
  });
});

describe('clampToDisplays', () => {
  it('centres the default size on the primary display when nothing was saved', () => {
    // (1920 − 1280) / 2 = 320, (1040 − 820) / 2 = 110
    expect(clampToDisplays(null, [laptop], laptop)).toEqual({
      x: 320,
      y: 110,
      width: DEFAULT_SIZE.width,
      height: DEFAULT_SIZE.height,
      maximized: false,
    });
  });

  it('keeps a window that fits where it was', () => {
    const saved = { x: 2000, y: 100, width: 1400, height: 900, maximized: false };
    expect(clampToDisplays(saved, [laptop, rightMonitor], laptop)).toEqual(saved);
  });

  it('re-centres on the primary display a window left on an unplugged monitor', () => {
    const saved = { x: 2000, y: 100, width: 1400, height: 900, maximized: true };
    // (1920 − 1400) / 2 = 260, (1040 − 900) / 2 = 70
    expect(clampToDisplays(saved, [laptop], laptop)).toEqual({ x: 260, y: 70, width: 1400, height: 900, maximized: true });
  });

  it('moves a partly off-screen window fully inside the display it overlaps most', () => {
    const saved = { x: 1500, y: -50, width: 1000, height: 700, maximized: false };
    // overlaps the laptop by 420 px and the right monitor by 580 px → right monitor; y clamped to 0
    expect(clampToDisplays(saved, [laptop, rightMonitor], laptop)).toEqual({ x: 1920, y: 0, width: 1000, height: 700, maximized: false });
  });

  it('shrinks a window larger than its display and enforces the minimum size', () => {
    expect(clampToDisplays({ x: 0, y: 0, width: 3000, height: 2000, maximized: false }, [laptop], laptop)).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040,
      maximized: false,
    });
    expect(clampToDisplays({ x: 100, y: 100, width: 300, height: 200, maximized: false }, [laptop], laptop)).toEqual({
      x: 100,
      y: 100,
      width: 800,
      height: 560,
      maximized: false,
    });
  });

  it('treats a sliver of overlap (< 120×80 px) as off-screen', () => {
    const saved = { x: 1850, y: 500, width: 900, height: 600, maximized: false }; // 70 px visible
    expect(clampToDisplays(saved, [laptop], laptop)).toEqual({ x: 510, y: 220, width: 900, height: 600, maximized: false });
  });
});

describe('load and save', () => {
  it('round-trips through an atomically written file and ignores corrupt JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fitplot-ws-'));
    const file = join(dir, 'window-state.json');
    expect(loadWindowState(file)).toBeNull();
    saveWindowState(file, { x: 5, y: 6, width: 900, height: 600, maximized: false });
    expect(loadWindowState(file)).toEqual({ x: 5, y: 6, width: 900, height: 600, maximized: false });
    expect(readdirSync(dir)).toEqual(['window-state.json']); // no temporary file left behind
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ width: 900 });
    writeFileSync(file, '{"x": 5, "y":');
    expect(loadWindowState(file)).toBeNull();
  });
});
