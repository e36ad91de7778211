/**
 * HostApi for browser mode: files from <input type=file> and drag-and-drop (File API), samples
 * fetched from the static server, exports as downloads, recent files remembered by name only
 * (a browser cannot reopen a path), and menu commands synthesised from keyboard shortcuts.
 */
import type { HostApi, HostFile, MenuCommand, RecentFile, SampleInfo, SaveRequest } from './HostApi';
import { DATA_FILE_ACCEPT } from './dataFileTypes';

declare const __FITPLOT_SAMPLES__: readonly SampleInfo[];
/** Builds without the constant (none today) simply have no samples. */
const SAMPLES: readonly SampleInfo[] = typeof __FITPLOT_SAMPLES__ === 'undefined' ? [] : __FITPLOT_SAMPLES__;

const RECENT_KEY = 'fitplot.recent';
const RECENT_MAX = 8;

function fileHandle(file: File): HostFile {
  return { name: file.name, size: file.size, stream: () => file.stream(), blob: file };
}

function remember(name: string): void {
  const list = readRecent().filter((r) => r.name !== name);
  list.unshift({ id: name, path: name, name, openedAt: new Date().toISOString() });
  localStorage.setItem(RECENT_KEY, JSON.stringify(list.slice(0, RECENT_MAX)));
}

function readRecent(): RecentFile[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]');
    // The file name is the id (lists stored before ids existed have none).
    return Array.isArray(parsed)
      ? (parsed as RecentFile[]).filter((r) => typeof r?.name === 'string').map((r) => ({ ...r, id: r.name }))
      : [];
  } catch {
    return [];
  }
}

/** Ctrl/Cmd shortcuts → the same commands the Electron menu sends. */
export function shortcutCommand(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): MenuCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  if (event.key === 'F1') return 'help.shortcuts';
  if (!mod || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'o' && !event.shiftKey) return 'file.open';
  if (key === 'e' && event.shiftKey) return 'chart.export';
  if (key === 'l' && event.shiftKey) return 'view.theme.light';
  if (key === 'd' && event.shiftKey) return 'view.theme.dark';
  if (key === 'k' && event.shiftKey) return 'view.language.ko';
  if (key === 'u' && event.shiftKey) return 'view.language.en';
  if (key === 'w' && event.shiftKey) return 'file.close';
  return null;
}

export function createBrowserHost(): HostApi {
  return {
    kind: 'browser',
    pickFile: () =>
      new Promise((resolve) => {
        // Attached (hidden) while it is open: some browsers ignore click() on a detached input.
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = DATA_FILE_ACCEPT;
        input.className = 'visually-hidden';
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (file) remember(file.name);
          input.remove();
          resolve(file ? fileHandle(file) : null);
        });
        input.addEventListener('cancel', () => {
          input.remove();
          resolve(null);
        });
        document.body.append(input);
        input.click();
      }),
    fromDroppedFile: (file) => {
      remember(file.name);
      return fileHandle(file);
    },
    listSamples: async () => SAMPLES,
    openSample: async (id) => {
      const sample = SAMPLES.find((s) => s.id === id);
      if (!sample) throw new Error(`The sample '${id}' is not bundled with this build.`);
      const response = await fetch(`samples/${encodeURIComponent(sample.fileName)}`);
      if (!response.ok) throw new Error(`Could not fetch the sample ${sample.fileName} (HTTP ${response.status}).`);
      const blob = await response.blob();
      return { name: sample.fileName, size: blob.size, stream: () => blob.stream(), blob };
    },
    listRecent: async () => readRecent(),
    openRecent: async (id) => {
      throw new Error(`A browser cannot reopen '${id}' by itself: choose it again with Open.`);
    },
    save: async (request: SaveRequest) => {
      const part = typeof request.data === 'string' ? request.data : new Uint8Array(request.data);
      const url = URL.createObjectURL(new Blob([part], { type: request.mimeType }));
      const link = document.createElement('a');
      link.href = url;
      link.download = request.suggestedName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return true;
    },
    copyImage: async (png) => {
      try {
        await navigator.clipboard.write([new ClipboardItem({ 'image/png': new Blob([new Uint8Array(png)], { type: 'image/png' }) })]);
        return true;
      } catch {
        return false;
      }
    },
    systemLocale: () => navigator.language,
    onMenuCommand: (listener) => {
      const onKey = (event: KeyboardEvent) => {
        const command = shortcutCommand(event);
        if (!command) return;
        event.preventDefault();
        listener(command);
      };
      window.addEventListener('keydown', onKey);
      return () => window.removeEventListener('keydown', onKey);
    },
    onOpenFile: () => () => undefined,
  };
}
