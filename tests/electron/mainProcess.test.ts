// The main-process entry wired end to end with Electron mocked: scheme privileges before ready,
// the session and web-contents guards installed at startup (and effective), single-instance lock,
// files from the command line / macOS open-file / a second instance delivered once the page has
// loaded, menu actions, preferences from the UI.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { INVOKE_CHANNELS } from '../../electron/shared/bridge';

type Fn = (...args: unknown[]) => unknown;

const h = vi.hoisted(() => {
  let markReady: () => void = () => undefined;
  const state = {
    ready: false,
    readyPromise: new Promise<void>((resolve) => {
      markReady = resolve;
    }),
    markReady: () => {
      state.ready = true;
      markReady();
    },
    userData: '',
    appPath: '',
    appEvents: new Map<string, Fn>(),
    ipc: new Map<string, Fn>(),
    menus: [] as unknown[][],
    windows: [] as Array<{ contentsEvents: Map<string, Fn>; sent: Array<[string, unknown]>; loaded: string[]; focused: number }>,
    privileged: [] as unknown[],
    handled: [] as string[],
    quit: 0,
    setPaths: [] as Array<[string, string]>,
    nativeTheme: { themeSource: 'system', shouldUseDarkColors: false },
    /** What startup installed on the default session, and the order of session vs window setup. */
    session: new Map<string, Fn>(),
    order: [] as string[],
  };
  return state;
});

vi.mock('electron', () => {
  class BrowserWindow {
    private readonly record = {
      contentsEvents: new Map<string, Fn>(),
      sent: [] as Array<[string, unknown]>,
      loaded: [] as string[],
      focused: 0,
    };
    readonly webContents = {
      on: (event: string, handler: Fn) => this.record.contentsEvents.set(event, handler),
      send: (channel: string, value: unknown) => this.record.sent.push([channel, value]),
      setWindowOpenHandler: () => undefined,
    };
    constructor() {
      h.order.push('window');
      h.windows.push(this.record);
    }
    once(): void {}
    on(): void {}
    isMinimized(): boolean {
      return false;
    }
    focus(): void {
      this.record.focused++;
    }
    async loadURL(url: string): Promise<void> {
      this.record.loaded.push(url);
    }
  }
  const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
  return {
    app: {
      on: (event: string, handler: Fn) => h.appEvents.set(event, handler),
      requestSingleInstanceLock: () => true,
      whenReady: () => h.readyPromise,
      isReady: () => h.ready,
      isPackaged: false,
      getPath: () => h.userData,
      setPath: (name: string, path: string) => h.setPaths.push([name, path]),
      getAppPath: () => h.appPath,
      getPreferredSystemLanguages: () => ['ko-KR'],
      getLocale: () => 'ko',
      addRecentDocument: () => undefined,
      clearRecentDocuments: () => undefined,
      quit: () => {
        h.quit++;
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => h.privileged.push(...schemes),
      handle: (scheme: string) => h.handled.push(scheme),
    },
    session: {
      defaultSession: {
        webRequest: {
          onBeforeRequest: (filter: Fn) => {
            h.order.push('session');
            h.session.set('request', filter);
          },
        },
        setPermissionRequestHandler: (handler: Fn) => h.session.set('permissionRequest', handler),
        setPermissionCheckHandler: (handler: Fn) => h.session.set('permissionCheck', handler),
      },
    },
    ipcMain: { handle: (channel: string, listener: Fn) => h.ipc.set(channel, listener) },
    Menu: { buildFromTemplate: (template: unknown[]) => template, setApplicationMenu: (menu: unknown[]) => h.menus.push(menu) },
    dialog: { showErrorBox: () => undefined },
    nativeTheme: h.nativeTheme,
    screen: { getAllDisplays: () => [{ workArea }], getPrimaryDisplay: () => ({ workArea }) },
    BrowserWindow,
    clipboard: {},
    nativeImage: {},
    ClipboardItem: class {},
  };
});

const dir = mkdtempSync(join(tmpdir(), 'fitplot-main-'));
h.userData = dir;
h.appPath = join(import.meta.dirname, '..', '..'); // the checkout: assets/samples are real
const fromArgv = join(dir, 'argv.csv');
const fromFinder = join(dir, 'finder.csv');
const fromSecond = join(dir, 'second.csv');
for (const file of [fromArgv, fromFinder, fromSecond]) writeFileSync(file, 'a\n1\n');

const savedArgv = process.argv;
process.argv = ['/opt/Fitplot/fitplot', '--enable-logging', fromArgv];
vi.stubEnv('FITPLOT_USER_DATA', join(dir, 'profile'));
await import('../../electron/main/index');
vi.unstubAllEnvs();
process.argv = savedArgv;
afterAll(() => {
  process.argv = savedArgv;
});

function lastMenuItem(id: string): MenuItemConstructorOptions {
  const all = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? all(item.submenu) : [])]);
  const found = all((h.menus.at(-1) ?? []) as MenuItemConstructorOptions[]).find((item) => item.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

function openedNames(): string[] {
  return (h.windows[0]?.sent ?? [])
    .filter(([channel]) => channel === 'fitplot:file.opened')
    .map(([, grant]) => (grant as { name: string }).name);
}

describe('main process', () => {
  it('before ready: registers the app scheme as privileged (never bypassing the CSP) and listens for OS file requests', () => {
    // Exactly these privileges: bypassCSP (or allowServiceWorkers, …) appearing fails here.
    expect(h.privileged).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, corsEnabled: true, codeCache: true },
      },
    ]);
    expect([...h.appEvents.keys()].sort()).toEqual([
      'activate',
      'open-file',
      'second-instance',
      'web-contents-created',
      'window-all-closed',
    ]);
    const preventDefault = vi.fn();
    h.appEvents.get('open-file')?.({ preventDefault }, fromFinder);
    expect(preventDefault).toHaveBeenCalled();
    expect(h.windows).toHaveLength(0);
    expect(h.setPaths).toEqual([['userData', join(dir, 'profile')]]);
  });

  it('on ready: serves app://, registers every IPC channel, builds a Korean menu, opens the window', async () => {
    h.markReady();
    await vi.waitFor(() => expect(h.windows).toHaveLength(1));
    expect(h.handled).toEqual(['app']);
    expect([...h.ipc.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    expect((h.menus.at(-1) as MenuItemConstructorOptions[]).map((menu) => menu.label)).toEqual([
      '파일(&F)',
      '편집(&E)',
      '보기(&V)',
      '도움말(&H)',
    ]);
    expect(h.windows[0]?.loaded).toEqual(['app://fitplot/index.html']);
  });

  it('on ready: hardens the default session before the first window, and the guards work', () => {
    expect(h.order.slice(0, 2)).toEqual(['session', 'window']);
    const callback = vi.fn();
    h.session.get('request')?.({ url: 'https://example.com/track.gif' }, callback);
    h.session.get('request')?.({ url: 'app://fitplot/index.html' }, callback);
    expect(callback.mock.calls).toEqual([[{ cancel: true }], [{ cancel: false }]]);
    const answer = vi.fn();
    h.session.get('permissionRequest')?.({}, 'media', answer, { requestingUrl: 'app://fitplot/index.html' });
    expect(answer).toHaveBeenCalledWith(false);
    expect(h.session.get('permissionCheck')?.({}, 'geolocation', 'app://fitplot')).toBe(false);
  });

  it('every web contents created gets the navigation, webview and new-window guards', () => {
    const handlers = new Map<string, Fn>();
    let openHandler: Fn | undefined;
    const contents = {
      on: (event: string, handler: Fn) => handlers.set(event, handler),
      setWindowOpenHandler: (handler: Fn) => (openHandler = handler),
    };
    h.appEvents.get('web-contents-created')?.({}, contents);
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      handlers.get(event)?.({ preventDefault }, 'https://example.com/');
      expect(preventDefault, event).toHaveBeenCalledTimes(1);
    }
    expect(openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('delivers the command-line file and the macOS open-file once the page has loaded', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50)); // grants stat the files
    expect(openedNames()).toEqual([]);
    h.windows[0]?.contentsEvents.get('did-finish-load')?.();
    await vi.waitFor(() => expect(openedNames().sort()).toEqual(['argv.csv', 'finder.csv']));
    expect(lastMenuItem('file.recent').submenu).toEqual(expect.arrayContaining([expect.objectContaining({ label: 'argv.csv' })]));
  });

  it('a second instance hands over its file and focuses the window', async () => {
    h.appEvents.get('second-instance')?.({}, ['/opt/Fitplot/fitplot', 'second.csv'], dir);
    await vi.waitFor(() => expect(openedNames()).toContain('second.csv'));
    expect(h.windows[0]?.focused).toBe(1);
  });

  it('menu: Open Sample sends a grant; theme and language follow the menu and the UI', async () => {
    (lastMenuItem('sample.diabetes').click as () => void)();
    await vi.waitFor(() => expect(openedNames()).toContain('diabetes.csv'));
    (lastMenuItem('view.theme.dark').click as () => void)();
    expect(h.nativeTheme.themeSource).toBe('dark');
    expect(h.windows[0]?.sent.at(-1)).toEqual(['fitplot:menu.command', 'view.theme.dark']);
    expect(lastMenuItem('view.theme.dark').checked).toBe(true);
    const trusted = { senderFrame: { url: 'app://fitplot/index.html', parent: null } };
    await h.ipc.get('fitplot:prefs.apply')?.(trusted, { theme: 'light', language: 'en' });
    expect(h.nativeTheme.themeSource).toBe('light');
    expect(lastMenuItem('file.open').label).toBe('&Open…');
  });

  it('quits when the window closes (not on macOS)', () => {
    h.appEvents.get('window-all-closed')?.();
    expect(h.quit).toBe(process.platform === 'darwin' ? 0 : 1);
  });
});
