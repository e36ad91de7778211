// Security settings of the window and session, with Electron mocked: web preferences,
// navigation / new-window / webview blocked, remote requests cancelled, permissions denied.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';

type Handler = (...args: unknown[]) => unknown;

const fakes = vi.hoisted(() => {
  function fakeContents() {
    const handlers = new Map<string, Handler>();
    let openHandler: Handler | undefined;
    return {
      handlers,
      on(event: string, handler: Handler) {
        handlers.set(event, handler);
      },
      setWindowOpenHandler(handler: Handler) {
        openHandler = handler;
      },
      openHandler: () => openHandler,
    };
  }
  const windows: Array<{ options: Record<string, unknown>; loaded: string[]; contents: ReturnType<typeof fakeContents>; calls: string[] }> =
    [];
  const dialogs: unknown[] = [];
  const answer = { response: 0 };
  return { fakeContents, windows, dialogs, answer };
});

vi.mock('electron', () => {
  class BrowserWindow {
    readonly webContents = fakes.fakeContents();
    readonly loaded: string[] = [];
    readonly calls: string[] = [];
    constructor(readonly options: Record<string, unknown>) {
      fakes.windows.push({ options, loaded: this.loaded, contents: this.webContents, calls: this.calls });
    }
    isDestroyed(): boolean {
      return false;
    }
    reload(): void {
      this.calls.push('reload');
    }
    close(): void {
      this.calls.push('close');
    }
    once(): void {}
    on(): void {}
    async loadURL(url: string): Promise<void> {
      this.loaded.push(url);
    }
  }
  const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
  return {
    BrowserWindow,
    dialog: {
      showMessageBox: async (_win: unknown, options: unknown) => {
        fakes.dialogs.push(options);
        return { response: fakes.answer.response };
      },
    },
    nativeTheme: { shouldUseDarkColors: true },
    screen: { getAllDisplays: () => [{ workArea }], getPrimaryDisplay: () => ({ workArea }) },
  };
});

const { createMainWindow } = await import('../../electron/main/mainWindow');
const { MENU_LABELS } = await import('../../electron/main/menuLabels');
const { hardenSession, hardenWebContents, isAllowedPermission, isAllowedRequestUrl, secureWebPreferences, CONTENT_SECURITY_POLICY } =
  await import('../../electron/main/security');

describe('main window', () => {
  it('is created sandboxed, isolated, without Node, from the app origin, at the remembered bounds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fitplot-win-'));
    const stateFile = join(dir, 'window-state.json');
    writeFileSync(stateFile, JSON.stringify({ x: 100, y: 50, width: 1000, height: 700, maximized: false }));
    createMainWindow({
      preloadPath: '/app/out/preload/index.js',
      stateFile,
      locale: 'ko-KR',
      devTools: false,
      labels: () => MENU_LABELS.ko,
    });
    const win = fakes.windows.at(-1);
    expect(win?.options).toMatchObject({
      x: 100,
      y: 50,
      width: 1000,
      height: 700,
      minWidth: 800,
      minHeight: 560,
      show: false,
      backgroundColor: '#1e1f22',
    });
    expect(win?.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
      additionalArguments: ['--fitplot-locale=ko-KR'],
    });
    expect(win?.loaded).toEqual(['app://fitplot/index.html']);
    expect(win?.contents.handlers.has('will-navigate')).toBe(true);
  });

  it('offers to reload after a renderer crash (not after a clean exit)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fitplot-win-'));
    createMainWindow({
      preloadPath: '/p.js',
      stateFile: join(dir, 's.json'),
      locale: 'ko-KR',
      devTools: false,
      labels: () => MENU_LABELS.ko,
    });
    const win = fakes.windows.at(-1);
    const gone = win?.contents.handlers.get('render-process-gone');
    gone?.({}, { reason: 'clean-exit', exitCode: 0 });
    expect(fakes.dialogs).toHaveLength(0);
    gone?.({}, { reason: 'oom', exitCode: 1 });
    await vi.waitFor(() => expect(win?.calls).toEqual(['reload']));
    expect(fakes.dialogs[0]).toMatchObject({
      message: 'Fitplot 창이 응답을 멈췄습니다.',
      buttons: ['다시 불러오기', '닫기'],
      detail: expect.stringContaining('(oom)'),
    });
    fakes.answer.response = 1;
    gone?.({}, { reason: 'crashed', exitCode: 1 });
    await vi.waitFor(() => expect(win?.calls).toEqual(['reload', 'close']));
  });

  it('web preferences never enable Node or turn off isolation, whatever the arguments', () => {
    const prefs = secureWebPreferences('/p.js', 'en-US', true);
    expect([prefs.contextIsolation, prefs.sandbox, prefs.nodeIntegration, prefs.webSecurity]).toEqual([true, true, false, true]);
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
  });
});

describe('web contents guards', () => {
  it('cancels every navigation, redirect and webview, and denies new windows', () => {
    const contents = fakes.fakeContents();
    hardenWebContents(contents as unknown as WebContents);
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      contents.handlers.get(event)?.({ preventDefault }, 'https://example.com/');
      expect(preventDefault, event).toHaveBeenCalledTimes(1);
    }
    expect(contents.openHandler()?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});

describe('session guards', () => {
  it('lets through only app, data, blob and devtools URLs', () => {
    expect(isAllowedRequestUrl('app://fitplot/assets/index.js')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://fitplot/1234')).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(isAllowedRequestUrl('https://fonts.googleapis.com/css')).toBe(false);
    expect(isAllowedRequestUrl('http://localhost:5173/')).toBe(false);
    expect(isAllowedRequestUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedRequestUrl('app://elsewhere/x')).toBe(false);
    expect(isAllowedRequestUrl('ws://fitplot/')).toBe(false);
    expect(isAllowedRequestUrl('::')).toBe(false);
  });

  it('grants only clipboard writes to app pages', () => {
    expect(isAllowedPermission('clipboard-sanitized-write', 'app://fitplot/index.html')).toBe(true);
    expect(isAllowedPermission('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem']) {
      expect(isAllowedPermission(permission, 'app://fitplot/index.html'), permission).toBe(false);
    }
  });

  it('installs the request filter and both permission handlers', () => {
    let filter: Handler | undefined;
    let request: Handler | undefined;
    let check: Handler | undefined;
    const session = {
      webRequest: { onBeforeRequest: (handler: Handler) => (filter = handler) },
      setPermissionRequestHandler: (handler: Handler) => (request = handler),
      setPermissionCheckHandler: (handler: Handler) => (check = handler),
    };
    hardenSession(session as unknown as Session);
    const callback = vi.fn();
    filter?.({ url: 'https://tracker.example/pixel.gif' }, callback);
    filter?.({ url: 'app://fitplot/index.html' }, callback);
    expect(callback.mock.calls).toEqual([[{ cancel: true }], [{ cancel: false }]]);
    const answer = vi.fn();
    request?.({}, 'media', answer, { requestingUrl: 'app://fitplot/index.html' });
    expect(answer).toHaveBeenCalledWith(false);
    expect(check?.({}, 'geolocation', 'app://fitplot')).toBe(false);
    expect(check?.({}, 'clipboard-sanitized-write', 'app://fitplot')).toBe(true);
  });

  it('the CSP allows scripts, workers and fetches from the app only; WebAssembly is the one script relaxation', () => {
    const directives: Record<string, string[]> = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((d: string) => [d.split(' ')[0], d.split(' ').slice(1)]),
    );
    // The whole policy, directive by directive: any added source or directive fails here.
    expect(directives).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'self'", "'wasm-unsafe-eval'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'", 'data:', 'blob:'],
      'worker-src': ["'self'", 'blob:'],
      'manifest-src': ["'none'"],
      'media-src': ["'none'"],
      'object-src': ["'none'"],
      'frame-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
    // And by kind of relaxation, wherever it would be added.
    const sources = Object.values(directives).flat();
    const relaxations = sources.filter((source) => /^'(unsafe-|wasm-unsafe-|strict-dynamic|nonce-|sha\d+-|report-sample)/.test(source));
    expect(relaxations.sort()).toEqual(["'unsafe-inline'", "'wasm-unsafe-eval'"]);
    expect(directives['style-src']).toContain("'unsafe-inline'"); // styles only, never scripts
    expect(sources.filter((source) => /^(\*|https?:|wss?:|file:|filesystem:)/.test(source))).toEqual([]);
  });
});
