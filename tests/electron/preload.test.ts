// The preload bridge: only allow-listed channels, events validated before page listeners see
// them, early events buffered, dropped Files resolved to paths inside the preload.
import { describe, expect, it, vi } from 'vitest';
import type { IpcRendererEvent } from 'electron';
import type { PreloadDeps } from '../../electron/preload/bridgeApi';
import { createBridge, isFileGrant, isMenuCommand } from '../../electron/preload/bridgeApi';

type OnListener = (event: IpcRendererEvent, value: unknown) => void;

const fakes = vi.hoisted(() => ({ exposed: new Map<string, unknown>() }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fakes.exposed.set(key, api) },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
  webUtils: { getPathForFile: () => '' },
}));

function setup(pathForFile = '/home/me/drop.csv') {
  const on = new Map<string, OnListener>();
  const invoke = vi.fn(async (channel: string, payload: unknown): Promise<unknown> => ({ channel, payload }));
  const deps: PreloadDeps = {
    ipcRenderer: { invoke, on: (channel: string, listener: OnListener) => on.set(channel, listener), removeListener: vi.fn() } as never,
    webUtils: { getPathForFile: vi.fn(() => pathForFile) },
    argv: ['/electron', '--type=renderer', '--fitplot-locale=ko-KR'],
    platform: 'linux',
  };
  const emit = (channel: string, value: unknown) => on.get(channel)?.({} as IpcRendererEvent, value);
  return { bridge: createBridge(deps), invoke, emit, on, deps };
}

const grant = { url: 'app://fitplot/@file/abc', name: 'a.csv', size: 10, path: '/d/a.csv' };

describe('preload bridge', () => {
  it('exposes window.fitplot through contextBridge', async () => {
    await import('../../electron/preload/index');
    expect(Object.keys(fakes.exposed.get('fitplot') as object).sort()).toEqual(
      [
        'applyPreferences',
        'copyImage',
        'listRecent',
        'listSamples',
        'onMenuCommand',
        'onOpenFile',
        'openRecent',
        'openSample',
        'pathForFile',
        'pickFile',
        'platform',
        'rememberDroppedFile',
        'save',
        'systemLocale',
      ].sort(),
    );
  });

  it('maps each function to its fitplot:<noun>.<verb> channel', async () => {
    const { bridge, invoke } = setup();
    const png = new Uint8Array([1]);
    await bridge.pickFile();
    await bridge.openRecent('r1');
    await bridge.openSample('diabetes');
    await bridge.copyImage(png);
    await bridge.save({ suggestedName: 'c.svg', data: '<svg/>', filter: { name: 'SVG', extensions: ['svg'] } });
    await bridge.applyPreferences({ theme: 'dark', language: 'en' });
    expect(invoke.mock.calls.map(([channel]) => channel)).toEqual([
      'fitplot:file.pick',
      'fitplot:recent.open',
      'fitplot:sample.open',
      'fitplot:clipboard.writeImage',
      'fitplot:file.save',
      'fitplot:prefs.apply',
    ]);
    expect(invoke.mock.calls[1]?.[1]).toEqual({ id: 'r1' });
    expect(invoke.mock.calls[3]?.[1]).toEqual({ png });
  });

  it('reads the OS locale from the preload argument', () => {
    expect(setup().bridge.systemLocale).toBe('ko-KR');
  });

  it('answers the drop challenge from the dropped File itself; Files not on disk are not sent', async () => {
    const { bridge, invoke } = setup();
    const file = new File(['0123456789abcdef'], 'drop.csv');
    expect(bridge.pathForFile(file)).toBe('/home/me/drop.csv');
    invoke.mockImplementationOnce(async () => ({
      id: 'c1',
      ranges: [
        { start: 0, end: 2 },
        { start: 10, end: 16 },
      ],
    }));
    await bridge.rememberDroppedFile(file);
    expect(invoke.mock.calls).toEqual([
      ['fitplot:drop.challenge', { path: '/home/me/drop.csv', size: 16 }],
      ['fitplot:drop.prove', { id: 'c1', bytes: new TextEncoder().encode('01abcdef') }],
    ]);
    const notOnDisk = setup('');
    await expect(notOnDisk.bridge.rememberDroppedFile(file)).resolves.toBeNull();
    expect(notOnDisk.invoke).not.toHaveBeenCalled();
  });

  it('listens only on the two event channels and drops malformed events', () => {
    const { bridge, emit, on } = setup();
    expect([...on.keys()].sort()).toEqual(['fitplot:file.opened', 'fitplot:menu.command']);
    const commands: string[] = [];
    bridge.onMenuCommand((command) => commands.push(command));
    emit('fitplot:menu.command', 'file.open');
    emit('fitplot:menu.command', 'shell.exec');
    emit('fitplot:menu.command', { command: 'file.open' });
    expect(commands).toEqual(['file.open']);
    const files: unknown[] = [];
    bridge.onOpenFile((file) => files.push(file));
    emit('fitplot:file.opened', grant);
    emit('fitplot:file.opened', { ...grant, url: 'https://evil.example/a.csv' });
    emit('fitplot:file.opened', { ...grant, size: -1 });
    expect(files).toEqual([grant]);
  });

  it('buffers events that arrive before the page subscribes, then delivers them once', () => {
    const { bridge, emit } = setup();
    emit('fitplot:file.opened', grant);
    const first = vi.fn();
    const unsubscribe = bridge.onOpenFile(first);
    expect(first).toHaveBeenCalledWith(grant);
    const second = vi.fn();
    bridge.onOpenFile(second);
    expect(second).not.toHaveBeenCalled();
    unsubscribe();
    emit('fitplot:file.opened', { ...grant, name: 'b.csv' });
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('validators', () => {
    expect(isMenuCommand('view.language.ko')).toBe(true);
    expect(isMenuCommand('view.language.fr')).toBe(false);
    expect(isFileGrant(grant)).toBe(true);
    expect(isFileGrant({ ...grant, url: 'app://fitplot/index.html' })).toBe(false);
    expect(isFileGrant(null)).toBe(false);
  });
});
