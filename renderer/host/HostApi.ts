/**
 * Everything the UI needs from its host, behind one interface: the Electron shell
 * (window.fitplot, see electron/shared/bridge.ts) or a plain browser (File API, downloads).
 * The UI never touches window.fitplot or Electron directly.
 */
import type { MenuCommand, RecentFile, SampleInfo } from '../../electron/shared/hostTypes';

export type { MenuCommand, RecentFile, SampleInfo };

/** A file the user chose. Its bytes are streamed, never copied whole (files can be GBs). */
export interface HostFile {
  readonly name: string;
  readonly size: number;
  /** Full path when the host knows it (Electron); used for recent files and the title bar. */
  readonly path?: string;
  /** A fresh byte stream each call (re-decoding with another encoding re-reads the file). */
  stream(): ReadableStream<Uint8Array>;
  /**
   * The file itself when the host has it as a Blob (a picked, dropped or fetched file): the engine
   * then reads it in large slices with read-ahead, faster than the 64 KiB pieces of stream().
   */
  readonly blob?: Blob;
}

export interface SaveRequest {
  readonly suggestedName: string;
  readonly data: Uint8Array | string;
  readonly mimeType: string;
  /** File-type filter for the native dialog, e.g. { name: 'PNG image', extensions: ['png'] }. */
  readonly filter: { readonly name: string; readonly extensions: readonly string[] };
}

export interface HostApi {
  readonly kind: 'electron' | 'browser';
  /** Shows the native open dialog (or a file input); null when the user cancels. */
  pickFile(): Promise<HostFile | null>;
  /** Wraps a File from drag-and-drop or an <input type=file>. */
  fromDroppedFile(file: File): HostFile;
  listSamples(): Promise<readonly SampleInfo[]>;
  openSample(id: SampleInfo['id']): Promise<HostFile>;
  listRecent(): Promise<readonly RecentFile[]>;
  /** Reopens a recent entry by its id (main looks the path up; the UI never sends one). */
  openRecent(id: RecentFile['id']): Promise<HostFile>;
  /** Saves atomically (Electron: native save dialog + temp file + rename; browser: a download). Resolves false when cancelled. */
  save(request: SaveRequest): Promise<boolean>;
  /** Copies a PNG to the clipboard; false where the host cannot. */
  copyImage(png: Uint8Array): Promise<boolean>;
  /** The OS language, e.g. 'ko-KR'. */
  systemLocale(): string;
  /** Menu commands from the shell; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Files opened by the OS ("Open with", command line, dock) while the app runs. */
  onOpenFile(listener: (file: HostFile) => void): () => void;
  /**
   * Tells the host what the UI shows now, so native chrome matches it (Electron: menu language
   * and radio checks, native theme of dialogs). Optional: a browser has no native chrome.
   */
  applyPreferences?(preferences: { readonly theme: 'light' | 'dark' | 'system'; readonly language: 'en' | 'ko' }): void;
}
