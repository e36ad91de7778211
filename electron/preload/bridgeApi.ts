/**
 * Builds `window.fitplot` from ipcRenderer and webUtils (injected so tests need no Electron).
 * The preload is the first gate: page code can reach only the listed invoke channels, never
 * ipcRenderer itself, and events from main are checked before page listeners see them. The
 * IPC event object is never passed to the page (it would expose `sender`).
 */
import type { IpcRenderer, WebUtils } from 'electron';
import type {
  DropChallenge,
  EventChannel,
  EventMap,
  FileGrant,
  FitplotBridge,
  InvokeChannel,
  InvokeMap,
  MenuCommand,
} from '../shared/bridge';
import { APP_ORIGIN, EVENT_CHANNELS, FILE_GRANT_PREFIX, INVOKE_CHANNELS, LOCALE_ARG_PREFIX, MENU_COMMANDS } from '../shared/bridge';

export interface PreloadDeps {
  readonly ipcRenderer: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;
  readonly webUtils: Pick<WebUtils, 'getPathForFile'>;
  readonly argv: readonly string[];
  readonly platform: string;
}

const INVOKE_ALLOWED: ReadonlySet<string> = new Set(Object.values(INVOKE_CHANNELS));
const EVENT_ALLOWED: ReadonlySet<string> = new Set(Object.values(EVENT_CHANNELS));

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

export function isFileGrant(value: unknown): value is FileGrant {
  if (typeof value !== 'object' || value === null) return false;
  const { url, name, size, path } = value as Record<string, unknown>;
  return (
    typeof url === 'string' &&
    url.startsWith(`${APP_ORIGIN}${FILE_GRANT_PREFIX}`) &&
    typeof name === 'string' &&
    typeof path === 'string' &&
    typeof size === 'number' &&
    Number.isSafeInteger(size) &&
    size >= 0
  );
}

const EVENT_VALIDATORS: { [C in EventChannel]: (value: unknown) => value is EventMap[C] } = {
  'fitplot:menu.command': isMenuCommand,
  'fitplot:file.opened': isFileGrant,
};

/** The answer to main's drop challenge: the File's bytes in the asked ranges, concatenated. */
export async function dropProofBytes(file: Blob, challenge: DropChallenge): Promise<Uint8Array> {
  const parts = await Promise.all(
    challenge.ranges.map(async (range) => new Uint8Array(await file.slice(range.start, range.end).arrayBuffer())),
  );
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}

export function createBridge(deps: PreloadDeps): FitplotBridge {
  const invoke = <C extends InvokeChannel>(channel: C, payload: InvokeMap[C]['payload']): Promise<InvokeMap[C]['result']> => {
    if (!INVOKE_ALLOWED.has(channel)) return Promise.reject(new Error(`Channel not allowed: ${String(channel)}`));
    return deps.ipcRenderer.invoke(channel, payload) as Promise<InvokeMap[C]['result']>;
  };

  /**
   * One IPC subscription per event channel. Events that arrive before the page subscribes (a file
   * given on the command line arrives as soon as the page loads, before React mounts) are kept
   * and delivered to the first listener.
   */
  const subscribe = <C extends EventChannel>(channel: C) => {
    if (!EVENT_ALLOWED.has(channel)) throw new Error(`Channel not allowed: ${channel}`);
    const listeners = new Set<(value: EventMap[C]) => void>();
    let early: EventMap[C][] = [];
    deps.ipcRenderer.on(channel, (_event, value: unknown) => {
      if (!EVENT_VALIDATORS[channel](value)) return; // malformed: drop rather than hand the page garbage
      if (listeners.size === 0) early.push(value);
      else for (const listener of listeners) listener(value);
    });
    return (listener: (value: EventMap[C]) => void): (() => void) => {
      listeners.add(listener);
      const waiting = early;
      early = [];
      for (const value of waiting) listener(value);
      return () => {
        listeners.delete(listener);
      };
    };
  };

  const onMenuCommand = subscribe(EVENT_CHANNELS.menuCommand);
  const onOpenFile = subscribe(EVENT_CHANNELS.fileOpened);
  const localeArg = deps.argv.find((arg) => arg.startsWith(LOCALE_ARG_PREFIX));

  return {
    systemLocale: localeArg === undefined ? 'en-US' : localeArg.slice(LOCALE_ARG_PREFIX.length),
    platform: deps.platform,
    pickFile: () => invoke(INVOKE_CHANNELS.filePick, null),
    rememberDroppedFile: async (file) => {
      // '' for Files that are not on disk (e.g. built by page script): nothing to remember.
      const path = deps.webUtils.getPathForFile(file);
      if (path === '') return null;
      const challenge = await invoke(INVOKE_CHANNELS.dropChallenge, { path, size: file.size });
      return invoke(INVOKE_CHANNELS.dropProve, { id: challenge.id, bytes: await dropProofBytes(file, challenge) });
    },
    pathForFile: (file) => deps.webUtils.getPathForFile(file),
    save: (payload) => invoke(INVOKE_CHANNELS.fileSave, payload),
    listRecent: () => invoke(INVOKE_CHANNELS.recentList, null),
    openRecent: (id) => invoke(INVOKE_CHANNELS.recentOpen, { id }),
    listSamples: () => invoke(INVOKE_CHANNELS.sampleList, null),
    openSample: (id) => invoke(INVOKE_CHANNELS.sampleOpen, { id }),
    copyImage: (png) => invoke(INVOKE_CHANNELS.clipboardWriteImage, { png }),
    applyPreferences: (preferences) => invoke(INVOKE_CHANNELS.prefsApply, preferences),
    onMenuCommand,
    onOpenFile,
  };
}
