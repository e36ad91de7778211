/** Browser-mode shortcuts and the load progress arithmetic. */
import { describe, expect, it } from 'vitest';
import { shortcutCommand } from '../../renderer/host/browserHost';
import { formatDuration, rates } from '../../renderer/features/import/LoadProgress';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcutCommand', () => {
  it('maps Ctrl/Cmd shortcuts to the menu commands', () => {
    expect(shortcutCommand(key('o', { ctrlKey: true }))).toBe('file.open');
    expect(shortcutCommand(key('O', { metaKey: true }))).toBe('file.open');
    expect(shortcutCommand(key('E', { ctrlKey: true, shiftKey: true }))).toBe('chart.export');
    expect(shortcutCommand(key('F1'))).toBe('help.shortcuts');
    expect(shortcutCommand(key('o'))).toBeNull();
    expect(shortcutCommand(key('o', { ctrlKey: true, altKey: true }))).toBeNull();
  });
});

describe('load progress', () => {
  it('derives rows/s and time left from bytes read', () => {
    // 2 s for a quarter of the file at 50,000 rows: 25,000 rows/s, 6 s left.
    const r = rates({ requestId: 1, bytesRead: 250, totalBytes: 1000, rows: 50_000, elapsedMs: 2000 });
    expect(r.rate).toBe(25_000);
    expect(r.fraction).toBe(0.25);
    expect(r.secondsLeft).toBe(6);
    expect(rates({ requestId: 1, bytesRead: 10, totalBytes: undefined, rows: 5, elapsedMs: 1000 }).secondsLeft).toBeNull();
  });

  it('formats durations', () => {
    expect(formatDuration(5.2)).toBe('6 s');
    expect(formatDuration(125)).toBe('2 min 5 s');
    expect(formatDuration(NaN)).toBe('—');
  });
});
