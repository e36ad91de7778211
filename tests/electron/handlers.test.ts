// What the invoke channels do, with Electron's dialog and clipboard mocked: grants for chosen
// files, recent files kept honest, atomic save after the native dialog, clipboard PNGs.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Preferences } from '../../electron/shared/bridge';

const electron = vi.hoisted(() => ({
  openResult: { canceled: false, filePaths: [] as string[] },
  saveResult: { canceled: false, filePath: '' },
  openOptions: [] as unknown[],
  saveOptions: [] as unknown[],
  clipboardWrites: [] as unknown[],
  imageEmpty: false,
}));

vi.mock('electron', () => ({
  dialog: {
    showOpenDialog: async (...args: unknown[]) => {
      electron.openOptions.push(args.at(-1));
      return electron.openResult;
    },
    showSaveDialog: async (...args: unknown[]) => {
      electron.saveOptions.push(args.at(-1));
      return electron.saveResult;
    },
  },
  nativeImage: { createFromBuffer: (buffer: Buffer) => ({ isEmpty: () => electron.imageEmpty, toPNG: () => buffer }) },
  clipboard: { write: async (items: unknown[]) => void electron.clipboardWrites.push(...items) },
  ClipboardItem: class {
    constructor(readonly items: Record<string, Blob>) {}
  },
}));

const { FileOpener, createHandlers } = await import('../../electron/main/handlers');
const { FileGrants } = await import('../../electron/main/fileGrants');
const { DropVerifier } = await import('../../electron/main/dropProof');
const { RecentFiles } = await import('../../electron/main/recentFiles');

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'fitplot-handlers-'));
  const samples = join(dir, 'samples');
  mkdirSync(samples);
  writeFileSync(join(samples, 'diabetes.csv'), 'age,bmi\n1,2\n');
  const data = join(dir, 'data.csv');
  writeFileSync(data, 'a,b\n1,2\n');
  let preferences: Preferences = { theme: 'system', language: 'ko' };
  const recent = new RecentFiles(join(dir, 'recent.json'), 'linux', vi.fn(), { add: vi.fn(), clear: vi.fn() });
  const deps = {
    grants: new FileGrants(),
    recent,
    drops: new DropVerifier(),
    samplesDir: samples,
    documentsDir: dir,
    window: () => null,
    preferences: () => preferences,
    applyPreferences: vi.fn((next: Preferences) => {
      preferences = next;
    }),
  };
  const opener = new FileOpener(deps);
  return { dir, data, deps, recent, handlers: createHandlers(deps, opener) };
}

beforeEach(() => {
  electron.openOptions.length = 0;
  electron.saveOptions.length = 0;
  electron.clipboardWrites.length = 0;
  electron.imageEmpty = false;
});

describe('opening files', () => {
  it('grants the file chosen in the open dialog and adds it to recent files', async () => {
    const { data, handlers, recent } = setup();
    electron.openResult = { canceled: false, filePaths: [data] };
    const grant = await handlers['fitplot:file.pick'](null);
    expect(grant).toMatchObject({ name: 'data.csv', size: 8, path: data });
    expect(recent.list().map((r) => r.path)).toEqual([data]);
    // Korean UI → Korean filter names; text files and Excel workbooks in one filter.
    expect(electron.openOptions[0]).toMatchObject({
      properties: ['openFile'],
      filters: [
        { name: '데이터 파일 (CSV, 텍스트, Excel)', extensions: ['csv', 'tsv', 'txt', 'tab', 'xlsx', 'xlsm'] },
        { name: '모든 파일', extensions: ['*'] },
      ],
    });
  });

  it('returns null when the dialog is cancelled', async () => {
    const { handlers } = setup();
    electron.openResult = { canceled: true, filePaths: [] };
    expect(await handlers['fitplot:file.pick'](null)).toBeNull();
  });

  it('reopens recent entries by the id main gave them, and forgets ones that disappeared', async () => {
    const { dir, data, handlers, recent } = setup();
    await expect(handlers['fitplot:recent.open']({ id: 'made-up' })).rejects.toThrow(/no longer in the recent files list/);
    recent.add(data);
    const id = recent.list()[0]?.id ?? '';
    await expect(handlers['fitplot:recent.open']({ id })).resolves.toMatchObject({ path: data, name: 'data.csv' });
    const gone = join(dir, 'gone.csv');
    recent.add(gone);
    await expect(handlers['fitplot:recent.open']({ id: recent.list()[0]?.id ?? '' })).rejects.toThrow(/does not exist/);
    expect(recent.list().map((entry) => entry.path)).toEqual([data]);
  });

  it('records a dropped file once the renderer answers the drop challenge with its bytes', async () => {
    const { dir, data, handlers, recent } = setup();
    const challenge = await handlers['fitplot:drop.challenge']({ path: data, size: 8 });
    expect(challenge.ranges).toEqual([{ start: 0, end: 8 }]);
    await expect(handlers['fitplot:drop.prove']({ id: challenge.id, bytes: new TextEncoder().encode('a,b\n1,2\n') })).resolves.toBeNull();
    expect(recent.list().map((entry) => entry.path)).toEqual([data]);
    // A folder is refused when the answer comes, and nothing is recorded.
    const folder = await handlers['fitplot:drop.challenge']({ path: dir, size: 4096 });
    await expect(handlers['fitplot:drop.prove']({ id: folder.id, bytes: new Uint8Array(4096) })).rejects.toThrow(/could not be verified/);
    expect(recent.list().map((entry) => entry.path)).toEqual([data]);
  });

  it('lists and grants the samples present on disk', async () => {
    const { handlers } = setup();
    expect(await handlers['fitplot:sample.list'](null)).toEqual([{ id: 'diabetes', fileName: 'diabetes.csv', size: 12 }]);
    await expect(handlers['fitplot:sample.open']({ id: 'diabetes' })).resolves.toMatchObject({ name: 'diabetes.csv', size: 12 });
    await expect(handlers['fitplot:sample.open']({ id: 'breast-cancer' })).rejects.toThrow(/does not exist/);
  });
});

describe('saving and the clipboard', () => {
  it('writes the export where the user chose, atomically', async () => {
    const { dir, handlers } = setup();
    const target = join(dir, 'out', 'chart.svg');
    mkdirSync(join(dir, 'out'));
    electron.saveResult = { canceled: false, filePath: target };
    await expect(
      handlers['fitplot:file.save']({ suggestedName: 'chart.svg', data: '<svg/>', filter: { name: 'SVG', extensions: ['svg'] } }),
    ).resolves.toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('<svg/>');
    expect(electron.saveOptions[0]).toEqual({ defaultPath: join(dir, 'chart.svg'), filters: [{ name: 'SVG', extensions: ['svg'] }] });
    // The next save starts in the folder used last.
    await handlers['fitplot:file.save']({ suggestedName: 'b.svg', data: '<svg/>', filter: { name: 'SVG', extensions: ['svg'] } });
    expect(electron.saveOptions[1]).toMatchObject({ defaultPath: join(dir, 'out', 'b.svg') });
  });

  it('a failed save says where and why, and leaves nothing behind', async () => {
    const { dir, handlers } = setup();
    electron.saveResult = { canceled: false, filePath: join(dir, 'gone', 'chart.svg') };
    await expect(
      handlers['fitplot:file.save']({ suggestedName: 'chart.svg', data: '<svg/>', filter: { name: 'SVG', extensions: ['svg'] } }),
    ).rejects.toThrow(/^Could not write .*chart\.svg: the folder .*gone does not exist\. Nothing was changed there\.$/);
  });

  it('returns false and writes nothing when the save dialog is cancelled', async () => {
    const { handlers } = setup();
    electron.saveResult = { canceled: true, filePath: '' };
    await expect(
      handlers['fitplot:file.save']({ suggestedName: 'c.png', data: new Uint8Array([1]), filter: { name: 'PNG', extensions: ['png'] } }),
    ).resolves.toBe(false);
  });

  it('puts decodable PNGs on the clipboard and refuses the rest', async () => {
    const { handlers } = setup();
    await expect(handlers['fitplot:clipboard.writeImage']({ png: new Uint8Array([0x89, 0x50]) })).resolves.toBe(true);
    expect(electron.clipboardWrites).toHaveLength(1);
    electron.imageEmpty = true;
    await expect(handlers['fitplot:clipboard.writeImage']({ png: new Uint8Array([1, 2]) })).resolves.toBe(false);
    expect(electron.clipboardWrites).toHaveLength(1);
  });

  it('applies preferences from the UI', async () => {
    const { deps, handlers } = setup();
    await handlers['fitplot:prefs.apply']({ theme: 'dark', language: 'en' });
    expect(deps.applyPreferences).toHaveBeenCalledWith({ theme: 'dark', language: 'en' });
  });
});

describe('bundled samples', () => {
  it('every sample in the catalogue exists in assets/samples', async () => {
    const { listSamples } = await import('../../electron/main/samples');
    const found = await listSamples(join(import.meta.dirname, '..', '..', 'assets', 'samples'));
    expect(found.map((sample) => sample.id)).toEqual([
      'breast-cancer',
      'diabetes',
      'diabetes-scaled',
      'digits',
      'filip',
      'plant-sensors',
      'plant-sensors-cp949',
    ]);
  });
});
