/**
 * Recent files: newest first, at most MAX_RECENT, one entry per path, persisted as JSON in
 * userData (validated on read) and mirrored to the OS list (app.addRecentDocument). Only main
 * adds entries, for files the user chose; each entry gets an opaque id for this run, and the
 * renderer reopens entries by id, so no path it makes up can ever be opened through this list.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, isAbsolute } from 'node:path';
import type { RecentFile } from '../shared/bridge';
import { writeFileAtomicSync } from '../../src/cli/fs/atomicWrite';

export const MAX_RECENT = 10;

/** 72 random bits: ids only need to be distinct, the list itself is the allow-list. */
export function newRecentId(): string {
  return randomBytes(9).toString('base64url');
}

/** Windows and macOS file systems are case-insensitive by default: C:\A.csv is c:\a.csv. */
export function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  return platform === 'win32' || platform === 'darwin' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** Moves `path` to the top (keeping its id when it is already listed). */
export function addRecent(
  list: readonly RecentFile[],
  path: string,
  openedAt: Date,
  platform: NodeJS.Platform,
  newId: () => string = newRecentId,
): RecentFile[] {
  const id = list.find((item) => samePath(item.path, path, platform))?.id ?? newId();
  const entry: RecentFile = { id, path, name: basename(path), openedAt: openedAt.toISOString() };
  return [entry, ...list.filter((item) => !samePath(item.path, path, platform))].slice(0, MAX_RECENT);
}

export function removeRecent(list: readonly RecentFile[], path: string, platform: NodeJS.Platform): RecentFile[] {
  return list.filter((item) => !samePath(item.path, path, platform));
}

function parseEntry(value: unknown, newId: () => string): RecentFile | null {
  if (typeof value !== 'object' || value === null) return null;
  const { path, openedAt } = value as Record<string, unknown>;
  if (typeof path !== 'string' || path.length === 0 || path.length > 4096 || !isAbsolute(path)) return null;
  if (typeof openedAt !== 'string' || Number.isNaN(Date.parse(openedAt))) return null;
  return { id: newId(), path, name: basename(path), openedAt };
}

/** Validates a parsed recent.json: keeps well-formed entries, drops duplicates, caps the length. */
export function parseRecent(value: unknown, platform: NodeJS.Platform, newId: () => string = newRecentId): RecentFile[] {
  if (!Array.isArray(value)) return [];
  const result: RecentFile[] = [];
  for (const item of value) {
    const entry = parseEntry(item, newId);
    if (entry !== null && !result.some((kept) => samePath(kept.path, entry.path, platform))) result.push(entry);
    if (result.length === MAX_RECENT) break;
  }
  return result;
}

/** The persisted list; onChange lets main rebuild the Open Recent menu. */
export class RecentFiles {
  private items: RecentFile[];

  constructor(
    private readonly file: string,
    private readonly platform: NodeJS.Platform,
    private readonly onChange: (items: readonly RecentFile[]) => void,
    private readonly osRecent: { add(path: string): void; clear(): void },
  ) {
    let parsed: unknown = [];
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      // missing or corrupt file: start empty
    }
    this.items = parseRecent(parsed, platform);
  }

  list(): readonly RecentFile[] {
    return this.items;
  }

  /** The path of the entry with this id, undefined for any id main did not hand out. */
  pathOf(id: string): string | undefined {
    return this.items.find((item) => item.id === id)?.path;
  }

  add(path: string, now = new Date()): void {
    this.update(addRecent(this.items, path, now, this.platform));
    this.osRecent.add(path);
  }

  remove(path: string): void {
    this.update(removeRecent(this.items, path, this.platform));
  }

  clear(): void {
    this.update([]);
    this.osRecent.clear();
  }

  private update(items: RecentFile[]): void {
    this.items = items;
    try {
      // Ids are per run: only paths and times are stored.
      const stored = items.map(({ path, openedAt }) => ({ path, openedAt }));
      writeFileAtomicSync(this.file, `${JSON.stringify(stored, null, 2)}\n`);
    } catch (error) {
      // The list still works for this session; losing it on disk is not worth interrupting the user.
      console.error('Fitplot: could not save recent files:', error);
    }
    this.onChange(items);
  }
}
