/**
 * The main window: secure web preferences, the remembered size and position, and saving them
 * again (debounced while moving/resizing, and once more when the window closes).
 */
import { BrowserWindow, dialog, nativeTheme, screen } from 'electron';
import { APP_ORIGIN } from '../shared/bridge';
import type { MenuLabels } from './menuLabels';
import { hardenWebContents, secureWebPreferences } from './security';
import type { WindowState } from './windowState';
import { MIN_SIZE, clampToDisplays, loadWindowState, saveWindowState } from './windowState';

export interface MainWindowOptions {
  readonly preloadPath: string;
  readonly stateFile: string;
  readonly locale: string;
  readonly devTools: boolean;
  readonly iconPath?: string;
  /** Labels in the UI's current language, for the crash dialog. */
  labels(): MenuLabels;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = clampToDisplays(
    loadWindowState(options.stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  // Electronegativity cannot see through secureWebPreferences(), which sets these; tests/electron/security.test.ts pins them.
  // Electronegativity's disabling comment must stay on the flagged line, so the formatter leaves this statement as written.
  // prettier-ignore
  const win = new BrowserWindow({ // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Fitplot',
    // Matches the first paint of the UI so the window does not flash white in dark mode.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1e1f22' : '#ffffff',
    ...(options.iconPath === undefined ? {} : { icon: options.iconPath }),
    webPreferences: secureWebPreferences(options.preloadPath, options.locale, options.devTools),
  });
  hardenWebContents(win.webContents); // also applied app-wide in index.ts; kept here so the window is safe on its own
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  trackWindowState(win, options.stateFile);
  offerReloadAfterCrash(win, options.labels);
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

/** A crashed or killed renderer leaves a blank window: say so and offer to reload it. */
function offerReloadAfterCrash(win: BrowserWindow, labels: () => MenuLabels): void {
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || win.isDestroyed()) return;
    const text = labels();
    void dialog
      .showMessageBox(win, {
        type: 'error',
        message: text.crashMessage,
        detail: `${text.crashDetail} (${details.reason})`,
        buttons: [text.reload, text.closeWindow],
        defaultId: 0,
        cancelId: 1,
      })
      .then(({ response }) => {
        if (win.isDestroyed()) return;
        if (response === 0) win.reload();
        else win.close();
      });
  });
}

function currentState(win: BrowserWindow): WindowState {
  // Normal bounds: the size to restore to, even while maximized.
  const bounds = win.getNormalBounds();
  return { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height, maximized: win.isMaximized() };
}

function trackWindowState(win: BrowserWindow, file: string): void {
  let timer: NodeJS.Timeout | undefined;
  const save = (): void => {
    try {
      saveWindowState(file, currentState(win));
    } catch (error) {
      console.error('Fitplot: could not save the window state:', error);
    }
  };
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('maximize', later);
  win.on('unmaximize', later);
  win.on('close', () => {
    clearTimeout(timer);
    save();
  });
}
