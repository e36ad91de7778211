// Recent files: order, de-duplication, cap of 10, validation of the stored list, persistence.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MAX_RECENT, RecentFiles, addRecent, newRecentId, parseRecent, removeRecent } from '../../electron/main/recentFiles';

const t0 = new Date('2026-11-28T10:00:00.000Z');

/** Ids r1, r2, … in order of creation. */
function counter(): () => string {
  let n = 0;
  return () => `r${++n}`;
}

describe('list logic', () => {
  it('puts the newest first, moves a re-opened file to the top (same id), keeps at most 10', () => {
    const ids = counter();
    let list = addRecent([], '/d/a.csv', t0, 'linux', ids);
    list = addRecent(list, '/d/b.csv', t0, 'linux', ids);
    list = addRecent(list, '/d/a.csv', new Date('2026-11-28T11:00:00.000Z'), 'linux', ids);
    expect(list).toEqual([
      { id: 'r1', path: '/d/a.csv', name: 'a.csv', openedAt: '2026-11-28T11:00:00.000Z' },
      { id: 'r2', path: '/d/b.csv', name: 'b.csv', openedAt: '2026-11-28T10:00:00.000Z' },
    ]);
    for (let i = 0; i < 15; i++) list = addRecent(list, `/d/f${i}.csv`, t0, 'linux');
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]?.path).toBe('/d/f14.csv');
    expect(list[9]?.path).toBe('/d/f5.csv');
  });

  it('compares paths case-insensitively on Windows and macOS only', () => {
    expect(addRecent(addRecent([], 'C:\\Data\\A.csv', t0, 'win32'), 'c:\\data\\a.csv', t0, 'win32')).toHaveLength(1);
    expect(addRecent(addRecent([], '/d/A.csv', t0, 'linux'), '/d/a.csv', t0, 'linux')).toHaveLength(2);
    expect(removeRecent(addRecent([], '/d/A.csv', t0, 'darwin'), '/d/a.csv', 'darwin')).toEqual([]);
  });

  it('drops malformed, relative and duplicate entries from the stored JSON', () => {
    const stored = [
      { path: '/d/a.csv', name: 'ignored', openedAt: '2026-11-01T00:00:00.000Z' },
      { path: 'relative.csv', openedAt: '2026-11-01T00:00:00.000Z' },
      { path: '/d/b.csv', openedAt: 'yesterday' },
      { path: '/d/a.csv', openedAt: '2026-10-01T00:00:00.000Z' },
      'junk',
    ];
    expect(parseRecent(stored, 'linux', counter())).toEqual([
      { id: 'r1', path: '/d/a.csv', name: 'a.csv', openedAt: '2026-11-01T00:00:00.000Z' },
    ]);
    expect(parseRecent({ not: 'a list' }, 'linux')).toEqual([]);
  });
});

describe('RecentFiles store', () => {
  it('persists, mirrors to the OS list and notifies the menu', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fitplot-recent-'));
    const file = join(dir, 'recent.json');
    const onChange = vi.fn();
    const os = { add: vi.fn(), clear: vi.fn() };
    const store = new RecentFiles(file, 'linux', onChange, os);
    store.add('/d/a.csv', t0);
    expect(os.add).toHaveBeenCalledWith('/d/a.csv');
    const id = store.list()[0]?.id ?? '';
    expect(onChange).toHaveBeenLastCalledWith([{ id, path: '/d/a.csv', name: 'a.csv', openedAt: t0.toISOString() }]);
    expect(store.pathOf(id)).toBe('/d/a.csv');
    expect(store.pathOf('r-unknown')).toBeUndefined();
    // Only paths and times are stored; the next run hands out fresh ids.
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual([{ path: '/d/a.csv', openedAt: t0.toISOString() }]);
    const reloaded = new RecentFiles(file, 'linux', vi.fn(), os).list();
    expect(reloaded.map(({ path, name, openedAt }) => ({ path, name, openedAt }))).toEqual([
      { path: '/d/a.csv', name: 'a.csv', openedAt: t0.toISOString() },
    ]);
    expect(reloaded[0]?.id).not.toBe(id);
    store.remove('/d/a.csv');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual([]);
    store.add('/d/b.csv', t0);
    store.clear();
    expect(store.list()).toEqual([]);
    expect(os.clear).toHaveBeenCalledTimes(1);
  });

  it('ids are distinct base64url tokens', () => {
    const ids = new Set(Array.from({ length: 100 }, () => newRecentId()));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{12}$/);
  });

  it('starts empty from a corrupt file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fitplot-recent-'));
    const file = join(dir, 'recent.json');
    writeFileSync(file, '[{');
    expect(new RecentFiles(file, 'linux', vi.fn(), { add: vi.fn(), clear: vi.fn() }).list()).toEqual([]);
  });
});
