/**
 * What each invoke channel does. Handlers receive payloads already validated by the router and
 * deal in paths and bytes only: a chosen file becomes a FileGrant (streamed by the app protocol),
 * an export is written atomically after the native save dialog. Paths only ever come from main's
 * own sources (the open dialog, the command line, the OS, the recent list main keeps, a verified
 * drop); the renderer names recent entries by id and never hands main a path to open.
 */
import { dirname, join } from 'node:path';
import type { BrowserWindow, OpenDialogOptions } from 'electron';
import { ClipboardItem, clipboard, dialog, nativeImage } from 'electron';
import type { FileGrant, LanguagePreference, Preferences } from '../shared/bridge';
import { writeFileAtomic } from '../../src/cli/fs/atomicWrite';
import { DATA_FILE_EXTENSIONS } from '../../src/io/dataFileTypes';
import type { DropVerifier } from './dropProof';
import type { FileGrants } from './fileGrants';
import type { Handlers } from './ipc/router';
import type { RecentFiles } from './recentFiles';
import { listSamples, samplePath } from './samples';

export interface HandlerDeps {
  readonly grants: FileGrants;
  readonly recent: RecentFiles;
  readonly drops: DropVerifier;
  readonly samplesDir: string;
  readonly documentsDir: string;
  window(): BrowserWindow | null;
  preferences(): Preferences;
  applyPreferences(preferences: Preferences): void;
}

const FILTER_NAMES: Readonly<Record<LanguagePreference, { data: string; all: string }>> = {
  en: { data: 'Data files (CSV, text, Excel)', all: 'All files' },
  ko: { data: '데이터 파일 (CSV, 텍스트, Excel)', all: '모든 파일' },
};

/** Opening files: grants them and remembers them in recent files. */
export class FileOpener {
  private lastDir: string | undefined;

  constructor(private readonly deps: HandlerDeps) {}

  async open(path: string): Promise<FileGrant> {
    const grant = await this.deps.grants.grant(path);
    this.deps.recent.add(path);
    this.lastDir = dirname(path);
    return grant;
  }

  /** A dropped file, which the renderer reads itself: recorded once its drop proof checked out. */
  async rememberDrop(id: string, bytes: Uint8Array): Promise<void> {
    const path = await this.deps.drops.prove(id, bytes);
    this.deps.recent.add(path);
    this.lastDir = dirname(path);
  }

  async pick(): Promise<FileGrant | null> {
    const names = FILTER_NAMES[this.deps.preferences().language];
    const options: OpenDialogOptions = {
      properties: ['openFile'],
      filters: [
        { name: names.data, extensions: [...DATA_FILE_EXTENSIONS] },
        { name: names.all, extensions: ['*'] },
      ],
      ...(this.lastDir === undefined ? {} : { defaultPath: this.lastDir }),
    };
    const win = this.deps.window();
    const result = win === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(win, options);
    const path = result.filePaths[0];
    return result.canceled || path === undefined ? null : this.open(path);
  }

  async openRecent(id: string): Promise<FileGrant> {
    const path = this.deps.recent.pathOf(id);
    if (path === undefined) throw new Error('That file is no longer in the recent files list. Open it with File → Open….');
    try {
      return await this.open(path);
    } catch (error) {
      this.deps.recent.remove(path); // gone or unreadable: do not offer it again
      throw error;
    }
  }
}

export function createHandlers(deps: HandlerDeps, opener: FileOpener): Handlers {
  let lastSaveDir: string | undefined;
  return {
    'fitplot:file.pick': () => opener.pick(),
    'fitplot:recent.list': () => deps.recent.list(),
    'fitplot:recent.open': ({ id }) => opener.openRecent(id),
    'fitplot:drop.challenge': (claim) => deps.drops.challenge(claim),
    'fitplot:drop.prove': async ({ id, bytes }) => {
      await opener.rememberDrop(id, bytes);
      return null;
    },
    'fitplot:sample.list': () => listSamples(deps.samplesDir),
    // Samples are granted but not added to recent files: they are always one click away anyway.
    'fitplot:sample.open': ({ id }) => deps.grants.grant(samplePath(deps.samplesDir, id)),
    'fitplot:file.save': async ({ suggestedName, data, filter }) => {
      const options = {
        defaultPath: join(lastSaveDir ?? deps.documentsDir, suggestedName),
        filters: [{ name: filter.name, extensions: [...filter.extensions] }],
      };
      const win = deps.window();
      const result = win === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(win, options);
      if (result.canceled || result.filePath === undefined || result.filePath === '') return false;
      await writeFileAtomic(result.filePath, data);
      lastSaveDir = dirname(result.filePath);
      return true;
    },
    'fitplot:clipboard.writeImage': async ({ png }) => {
      // Decoding through nativeImage rejects anything that is not an image, and re-encoding
      // puts a clean PNG (no stray chunks from the page) on the clipboard.
      const image = nativeImage.createFromBuffer(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
      if (image.isEmpty()) return false;
      await clipboard.write([new ClipboardItem({ 'image/png': new Blob([new Uint8Array(image.toPNG())], { type: 'image/png' }) })]);
      return true;
    },
    'fitplot:prefs.apply': (preferences) => {
      deps.applyPreferences(preferences);
      return null;
    },
  };
}
