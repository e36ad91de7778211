/**
 * Main-process entry: app lifecycle, the single main window, the menu, and the wiring between
 * IPC handlers, file grants and files the OS asks us to open. Moves bytes and paths only.
 */
import { join, resolve } from 'node:path';
import type { BrowserWindow } from 'electron';
import { Menu, app, dialog, ipcMain, nativeTheme, protocol, session } from 'electron';
import type { EventChannel, EventMap, Preferences, SampleInfo } from '../shared/bridge';
import { APP_SCHEME, EVENT_CHANNELS } from '../shared/bridge';
import { APP_SCHEME_PRIVILEGES, createAppRequestHandler } from './appProtocol';
import { DropVerifier } from './dropProof';
import { FileGrants } from './fileGrants';
import { FileOpener, createHandlers } from './handlers';
import { registerIpcHandlers } from './ipc/router';
import { createMainWindow } from './mainWindow';
import { buildMenuTemplate } from './menu';
import { MENU_LABELS, languageForLocale } from './menuLabels';
import { OpenQueue, pathsFromArgv } from './openRequests';
import { RecentFiles } from './recentFiles';
import { listSamples, samplePath, samplesDir } from './samples';
import { hardenSession, hardenWebContents } from './security';

// Must happen before 'ready': privileges cannot be granted to a scheme afterwards.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

const platform = process.platform;
const openQueue = new OpenQueue();
let mainWindow: BrowserWindow | null = null;
let rendererReady = false;
let pendingEvents: Array<() => void> = [];

function systemLocale(): string {
  return app.getPreferredSystemLanguages()[0] ?? app.getLocale();
}

let preferences: Preferences = { theme: 'system', language: 'en' };

/** Sends an event to the renderer once its page (and preload buffer) is loaded. */
function sendToRenderer<C extends EventChannel>(channel: C, value: EventMap[C]): void {
  const send = (): void => mainWindow?.webContents.send(channel, value);
  if (mainWindow !== null && rendererReady) send();
  else {
    pendingEvents.push(send);
    if (mainWindow === null && app.isReady()) createWindow();
  }
}

function createWindow(): void {
  rendererReady = false;
  const win = createMainWindow({
    preloadPath: join(__dirname, '../preload/index.js'),
    stateFile: join(app.getPath('userData'), 'window-state.json'),
    locale: systemLocale(),
    devTools: !app.isPackaged,
    labels: () => MENU_LABELS[preferences.language],
    ...(app.isPackaged ? {} : { iconPath: join(app.getAppPath(), 'assets', 'icons', 'png', '512x512.png') }),
  });
  win.webContents.on('did-start-loading', () => {
    rendererReady = false;
  });
  win.webContents.on('did-finish-load', () => {
    rendererReady = true;
    const waiting = pendingEvents;
    pendingEvents = [];
    for (const send of waiting) send();
  });
  win.on('closed', () => {
    mainWindow = null;
    rendererReady = false;
  });
  mainWindow = win;
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  preferences = { theme: 'system', language: languageForLocale(systemLocale()) };

  const grants = new FileGrants();
  protocol.handle(APP_SCHEME, createAppRequestHandler({ rendererRoot: join(__dirname, '../renderer'), grants }));

  const sampleDir = samplesDir(app.isPackaged, process.resourcesPath, app.getAppPath());
  const availableSamples: SampleInfo['id'][] = (await listSamples(sampleDir)).map((sample) => sample.id);
  const recent = new RecentFiles(join(app.getPath('userData'), 'recent.json'), platform, () => refreshMenu(), {
    // The OS recent-documents list exists on Windows (jump list) and macOS (dock menu) only.
    add: (path) => platform !== 'linux' && app.addRecentDocument(path),
    clear: () => platform !== 'linux' && app.clearRecentDocuments(),
  });

  const applyPreferences = (next: Preferences): void => {
    preferences = next;
    nativeTheme.themeSource = next.theme; // native dialogs and scrollbars follow the UI theme
    refreshMenu();
  };
  const deps = {
    grants,
    recent,
    drops: new DropVerifier(),
    samplesDir: sampleDir,
    documentsDir: app.getPath('documents'),
    window: () => mainWindow,
    preferences: () => preferences,
    applyPreferences,
  };
  const opener = new FileOpener(deps);
  registerIpcHandlers(ipcMain, createHandlers(deps, opener));

  const openAndSend = (open: () => Promise<EventMap['fitplot:file.opened']>): void => {
    open().then(
      (grant) => sendToRenderer(EVENT_CHANNELS.fileOpened, grant),
      (error: unknown) => dialog.showErrorBox('Fitplot', error instanceof Error ? error.message : String(error)),
    );
  };

  function refreshMenu(): void {
    const template = buildMenuTemplate(
      { platform, preferences, recent: recent.list(), samples: availableSamples, devTools: !app.isPackaged },
      {
        command: (command) => sendToRenderer(EVENT_CHANNELS.menuCommand, command),
        openRecent: (id) => openAndSend(() => opener.openRecent(id)),
        clearRecent: () => recent.clear(),
        openSample: (id) => openAndSend(() => grants.grant(samplePath(sampleDir, id))),
        setPreferences: applyPreferences,
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  refreshMenu();
  createWindow();
  openQueue.setConsumer((path) => openAndSend(() => opener.open(path)));
}

// A separate profile (recent files, window state, single-instance lock) for tests that launch
// several apps at once, or for a clean start: FITPLOT_USER_DATA=/tmp/profile. Must precede the lock,
// which Chromium keys on the userData folder.
if (process.env.FITPLOT_USER_DATA) app.setPath('userData', resolve(process.env.FITPLOT_USER_DATA));

if (!app.requestSingleInstanceLock()) {
  app.quit(); // another Fitplot is running: it receives our argv in 'second-instance'
} else {
  // macOS delivers "Open with" and dock drops here, possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openQueue.push(path);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    for (const path of pathsFromArgv(argv, process.defaultApp === true, workingDirectory)) openQueue.push(path);
    if (mainWindow !== null) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  for (const path of pathsFromArgv(process.argv, process.defaultApp === true, process.cwd())) openQueue.push(path);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) createWindow();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Fitplot could not start', error instanceof Error ? error.message : String(error));
      app.quit();
    });
}
