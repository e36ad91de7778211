// The file-grant model end to end, with the real IPC router, handlers and app protocol (Electron's
// dialog mocked): a compromised renderer that can send any IPC message cannot get a grant for a
// file the user did not choose; files the user did choose (dialog, verified drop, recent entry)
// stream through their grant.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import type { FileGrant, InvokeChannel } from '../../electron/shared/bridge';

const electron = vi.hoisted(() => ({ picked: [] as string[] }));
vi.mock('electron', () => ({
  dialog: { showOpenDialog: async () => ({ canceled: false, filePaths: electron.picked }) },
  nativeImage: {},
  clipboard: {},
  ClipboardItem: class {},
}));

const { registerIpcHandlers } = await import('../../electron/main/ipc/router');
const { FileOpener, createHandlers } = await import('../../electron/main/handlers');
const { FileGrants } = await import('../../electron/main/fileGrants');
const { RecentFiles } = await import('../../electron/main/recentFiles');
const { DropVerifier } = await import('../../electron/main/dropProof');
const { createAppRequestHandler } = await import('../../electron/main/appProtocol');
const { createBridge } = await import('../../electron/preload/bridgeApi');

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>;

function app() {
  const dir = mkdtempSync(join(tmpdir(), 'fitplot-grants-'));
  const secret = join(dir, 'secret.txt');
  writeFileSync(secret, 'root:x:0:0:root:/root:/bin/bash\n'.repeat(300)); // 9.6 KB: three blocks
  const chosen = join(dir, 'chosen.csv');
  writeFileSync(chosen, 'a,b\n1,2\n');
  const grants = new FileGrants();
  const recent = new RecentFiles(join(dir, 'recent.json'), 'linux', () => undefined, { add: () => undefined, clear: () => undefined });
  const deps = {
    grants,
    recent,
    drops: new DropVerifier(),
    samplesDir: join(dir, 'samples'),
    documentsDir: dir,
    window: () => null,
    preferences: () => ({ theme: 'system', language: 'en' }) as const,
    applyPreferences: () => undefined,
  };
  const listeners = new Map<string, Listener>();
  registerIpcHandlers(
    { handle: (channel: string, listener: Listener) => void listeners.set(channel, listener) } as never,
    createHandlers(deps, new FileOpener(deps)),
  );
  // Every call comes from the app's own top frame: the attacker is the page itself.
  const event = { senderFrame: { url: 'app://fitplot/index.html', parent: null } } as unknown as IpcMainInvokeEvent;
  const invoke = async (channel: InvokeChannel | string, payload: unknown): Promise<unknown> => {
    const listener = listeners.get(channel);
    if (listener === undefined) throw new Error(`No handler registered for '${channel}'`);
    return listener(event, payload);
  };
  const fetchApp = createAppRequestHandler({ rendererRoot: join(dir, 'renderer'), grants });
  return { dir, secret, chosen, recent, invoke, fetchApp };
}

describe('a compromised renderer', () => {
  it('cannot add a path to recent files, open one, or fake a drop of it', async () => {
    const { secret, recent, invoke } = app();
    await expect(invoke('fitplot:recent.add', { path: secret })).rejects.toThrow(/No handler registered/);
    await expect(invoke('fitplot:recent.open', { path: secret })).rejects.toThrow(/unexpected keys path/);
    await expect(invoke('fitplot:recent.open', { id: 'AAAAAAAAAAAA' })).rejects.toThrow(/no longer in the recent files list/);
    // Asking for a challenge tells it nothing: a missing path gets one just like a real file.
    expect(
      ((await invoke('fitplot:drop.challenge', { path: `${secret}.missing`, size: 9600 })) as { ranges: unknown[] }).ranges,
    ).toHaveLength(3);
    // It may know the size, but cannot answer without the content.
    const challenge = (await invoke('fitplot:drop.challenge', { path: secret, size: 9600 })) as {
      id: string;
      ranges: { start: number; end: number }[];
    };
    const guessed = new Uint8Array(challenge.ranges.reduce((sum, range) => sum + range.end - range.start, 0));
    await expect(invoke('fitplot:drop.prove', { id: challenge.id, bytes: guessed })).rejects.toThrow(/could not be verified/);
    await expect(invoke('fitplot:drop.prove', { id: challenge.id, bytes: guessed })).rejects.toThrow(/could not be verified/);
    expect(recent.list()).toEqual([]);
  });

  it('gets no bytes of an unchosen file from the app protocol', async () => {
    const { fetchApp } = app();
    for (const url of [
      'app://fitplot/@file/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'app://fitplot/@file/..%2f..%2fsecret.txt',
      'app://fitplot/../secret.txt',
    ]) {
      expect((await fetchApp(new Request(url))).status, url).toBe(404);
    }
  });
});

describe('files the user chose', () => {
  it('the open dialog grants the file; it comes back as a recent entry opened by id', async () => {
    const { chosen, invoke, fetchApp } = app();
    electron.picked = [chosen];
    const grant = (await invoke('fitplot:file.pick', null)) as FileGrant;
    expect(await (await fetchApp(new Request(grant.url))).text()).toBe('a,b\n1,2\n');
    const [entry] = (await invoke('fitplot:recent.list', null)) as { id: string; path: string }[];
    expect(entry?.path).toBe(chosen);
    const again = (await invoke('fitplot:recent.open', { id: entry?.id })) as FileGrant;
    expect(again).toMatchObject({ name: 'chosen.csv', path: chosen, size: 8 });
  });

  it('the real preload answers for a dropped File; main records it and reopens it by id', async () => {
    const { dir, invoke, fetchApp } = app();
    const dropped = join(dir, 'big-drop.csv');
    const content = Buffer.from(Array.from({ length: 200_000 }, (_, i) => 48 + (i % 10)));
    writeFileSync(dropped, content);
    const bridge = createBridge({
      ipcRenderer: {
        invoke: (channel: string, payload: unknown) => invoke(channel, payload),
        on: () => undefined,
        removeListener: () => undefined,
      } as never,
      webUtils: { getPathForFile: () => dropped },
      argv: [],
      platform: 'linux',
    });
    await expect(bridge.rememberDroppedFile(new File([content], 'big-drop.csv'))).resolves.toBeNull();
    const [entry] = await bridge.listRecent();
    expect(entry?.path).toBe(dropped);
    const grant = await bridge.openRecent(entry?.id ?? '');
    expect((await (await fetchApp(new Request(grant.url))).arrayBuffer()).byteLength).toBe(200_000);
    // A File with other bytes under the same path (what a forger would hold) is refused.
    await expect(bridge.rememberDroppedFile(new File([Buffer.alloc(200_000, 48)], 'big-drop.csv'))).rejects.toThrow(
      /could not be verified/,
    );
  });
});
