/**
 * The bridge between the sandboxed renderer and the main process: channel names and payload
 * types only (no runtime code besides the constant tables), shared by electron/main,
 * electron/preload and renderer/host/electronHost.ts.
 *
 * Every channel is `fitplot:<noun>.<verb>`. The preload allows exactly these channels and
 * main re-validates every payload and the sender frame (see electron/main/ipc).
 */
import type { MenuCommand, RecentFile, SampleInfo } from './hostTypes';

export type { MenuCommand, RecentFile, SampleInfo };

/** Renderer → main, request/response (ipcRenderer.invoke / ipcMain.handle). */
export const INVOKE_CHANNELS = {
  filePick: 'fitplot:file.pick',
  fileSave: 'fitplot:file.save',
  recentList: 'fitplot:recent.list',
  recentOpen: 'fitplot:recent.open',
  dropChallenge: 'fitplot:drop.challenge',
  dropProve: 'fitplot:drop.prove',
  sampleList: 'fitplot:sample.list',
  sampleOpen: 'fitplot:sample.open',
  clipboardWriteImage: 'fitplot:clipboard.writeImage',
  prefsApply: 'fitplot:prefs.apply',
} as const;

/** Main → renderer events (webContents.send / ipcRenderer.on). */
export const EVENT_CHANNELS = {
  menuCommand: 'fitplot:menu.command',
  fileOpened: 'fitplot:file.opened',
} as const;

export type InvokeChannel = (typeof INVOKE_CHANNELS)[keyof typeof INVOKE_CHANNELS];
export type EventChannel = (typeof EVENT_CHANNELS)[keyof typeof EVENT_CHANNELS];

/**
 * Main's answer when it lets the renderer read a file: the bytes are NOT here, only a URL on
 * the app's own origin (`app://fitplot/@file/<token>`) that streams them with fetch().
 * The token is unguessable (256 random bits) and issued only for files the user chose.
 */
export interface FileGrant {
  readonly url: string;
  readonly name: string;
  readonly size: number;
  readonly path: string;
}

export interface SavePayload {
  readonly suggestedName: string;
  readonly data: Uint8Array | string;
  readonly filter: { readonly name: string; readonly extensions: readonly string[] };
}

/**
 * A dropped file is recorded in recent files only when the renderer proves it holds the file:
 * main names byte ranges of the file at random (the challenge), the preload reads them from the
 * dropped File and sends them back (the proof), and main compares them with the file on disk.
 * A page that merely names a path cannot answer, so it can never make main record (and later
 * grant) a file the user did not drop.
 */
export interface DropClaim {
  readonly path: string;
  readonly size: number;
}

export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

export interface DropChallenge {
  readonly id: string;
  /** Ranges of the file, in order; the proof is their bytes concatenated. */
  readonly ranges: readonly ByteRange[];
}

export interface DropProof {
  readonly id: string;
  readonly bytes: Uint8Array;
}

export type ThemePreference = 'light' | 'dark' | 'system';
export type LanguagePreference = 'en' | 'ko';

/** What the UI currently shows; main mirrors it in the menu (labels, radio checks) and native theme. */
export interface Preferences {
  readonly theme: ThemePreference;
  readonly language: LanguagePreference;
}

/** Payload and result types per invoke channel; main and preload are checked against this map. */
export interface InvokeMap {
  'fitplot:file.pick': { payload: null; result: FileGrant | null };
  'fitplot:file.save': { payload: SavePayload; result: boolean };
  'fitplot:recent.list': { payload: null; result: readonly RecentFile[] };
  'fitplot:recent.open': { payload: { readonly id: RecentFile['id'] }; result: FileGrant };
  'fitplot:drop.challenge': { payload: DropClaim; result: DropChallenge };
  'fitplot:drop.prove': { payload: DropProof; result: null };
  'fitplot:sample.list': { payload: null; result: readonly SampleInfo[] };
  'fitplot:sample.open': { payload: { readonly id: SampleInfo['id'] }; result: FileGrant };
  'fitplot:clipboard.writeImage': { payload: { readonly png: Uint8Array }; result: boolean };
  'fitplot:prefs.apply': { payload: Preferences; result: null };
}

export interface EventMap {
  'fitplot:menu.command': MenuCommand;
  'fitplot:file.opened': FileGrant;
}

/**
 * `window.fitplot`: the whole API the preload exposes. Small on purpose; every function maps to
 * one channel (the drop answer, two). The two that take a dropped DOM File resolve its path inside
 * the preload with webUtils.getPathForFile; main records a dropped path only once the drop proof
 * (DropChallenge) checks out, so no path the page makes up is ever opened.
 */
export interface FitplotBridge {
  readonly systemLocale: string;
  readonly platform: string;
  pickFile(): Promise<FileGrant | null>;
  /**
   * Records a dropped File in recent files when it is on disk (its bytes are read locally with
   * File.stream()), answering main's drop challenge from the File's own bytes.
   */
  rememberDroppedFile(file: File): Promise<null>;
  /** The on-disk path of a dropped File, '' when it has none (synchronous, from webUtils). */
  pathForFile(file: File): string;
  save(payload: SavePayload): Promise<boolean>;
  listRecent(): Promise<readonly RecentFile[]>;
  openRecent(id: RecentFile['id']): Promise<FileGrant>;
  listSamples(): Promise<readonly SampleInfo[]>;
  openSample(id: SampleInfo['id']): Promise<FileGrant>;
  copyImage(png: Uint8Array): Promise<boolean>;
  applyPreferences(preferences: Preferences): Promise<null>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onOpenFile(listener: (grant: FileGrant) => void): () => void;
}

/** The privileged scheme and host the app is served from (renderer files and file grants). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'fitplot';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** Path prefix of granted files on the app origin. */
export const FILE_GRANT_PREFIX = '/@file/';
/** Preload argument carrying the OS locale (sandboxed preloads cannot ask `app`). */
export const LOCALE_ARG_PREFIX = '--fitplot-locale=';

declare global {
  interface Window {
    readonly fitplot?: FitplotBridge;
  }
}

/** Every MenuCommand, for run-time checks in preload and main (the type below keeps it exhaustive). */
export const MENU_COMMANDS = [
  'file.open',
  'file.close',
  'chart.export',
  'view.theme.light',
  'view.theme.dark',
  'view.theme.system',
  'view.language.en',
  'view.language.ko',
  'help.about',
  'help.shortcuts',
] as const satisfies readonly MenuCommand[];

// Compile-time check that MENU_COMMANDS lists every MenuCommand of the contract.
type MissingMenuCommand = Exclude<MenuCommand, (typeof MENU_COMMANDS)[number]>;
export const MENU_COMMANDS_COMPLETE: MissingMenuCommand extends never ? true : never = true;

export const SAMPLE_IDS = [
  'breast-cancer',
  'diabetes',
  'diabetes-scaled',
  'digits',
  'filip',
  'plant-sensors',
  'plant-sensors-cp949',
] as const satisfies readonly SampleInfo['id'][];
type MissingSampleId = Exclude<SampleInfo['id'], (typeof SAMPLE_IDS)[number]>;
export const SAMPLE_IDS_COMPLETE: MissingSampleId extends never ? true : never = true;
