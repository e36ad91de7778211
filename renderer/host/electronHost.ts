/**
 * HostApi on top of the preload's `window.fitplot` (electron/shared/bridge.ts). Files chosen in
 * native dialogs, recent files, samples and "Open with" arrive as grants: a URL on the app's own
 * origin whose body streams the file from disk, so bytes never cross IPC in one piece.
 */
import type { FileGrant, FitplotBridge } from '../../electron/shared/bridge';
import type { HostApi, HostFile } from './HostApi';

/** Electron prefixes errors from main with "Error invoking remote method '…': Error: "; show the message only. */
export function plainError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(message.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, ''));
}

async function call<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    throw plainError(error);
  }
}

/**
 * A stream that fetches the URL on first pull and forwards its body chunk by chunk (stream() must
 * be synchronous; fetch is not). Cancelling the stream aborts the request, which closes the file.
 */
export function streamFromUrl(url: string, name: string, fetchImpl: typeof fetch = fetch): ReadableStream<Uint8Array> {
  const abort = new AbortController();
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (reader === undefined) {
          const response = await fetchImpl(url, { signal: abort.signal });
          if (!response.ok || response.body === null) {
            throw new Error(`Fitplot could not read “${name}” (it may have been moved or deleted). Open it again.`);
          }
          reader = response.body.getReader();
        }
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      },
      async cancel(reason) {
        abort.abort(reason);
        await reader?.cancel(reason);
      },
    },
    // Nothing is fetched until the consumer reads (highWaterMark 0 means no eager pull).
    { highWaterMark: 0 },
  );
}

export function hostFileFromGrant(grant: FileGrant, fetchImpl: typeof fetch = fetch): HostFile {
  return { name: grant.name, size: grant.size, path: grant.path, stream: () => streamFromUrl(grant.url, grant.name, fetchImpl) };
}

export function createElectronHost(bridge: FitplotBridge, fetchImpl: typeof fetch = fetch): HostApi {
  const fromGrant = (grant: FileGrant): HostFile => hostFileFromGrant(grant, fetchImpl);
  return {
    kind: 'electron',
    pickFile: async () => {
      const grant = await call(bridge.pickFile());
      return grant === null ? null : fromGrant(grant);
    },
    fromDroppedFile: (file) => {
      // A dropped File is read locally by Chromium (Blob.stream()); main only records its path.
      const path = bridge.pathForFile(file);
      void bridge.rememberDroppedFile(file).catch(() => undefined); // a failed "recent" entry must not block opening
      return { name: file.name, size: file.size, ...(path === '' ? {} : { path }), stream: () => file.stream(), blob: file };
    },
    listSamples: () => call(bridge.listSamples()),
    openSample: async (id) => fromGrant(await call(bridge.openSample(id))),
    listRecent: () => call(bridge.listRecent()),
    openRecent: async (id) => fromGrant(await call(bridge.openRecent(id))),
    save: (request) => call(bridge.save({ suggestedName: request.suggestedName, data: request.data, filter: request.filter })),
    copyImage: (png) => call(bridge.copyImage(png)),
    systemLocale: () => bridge.systemLocale,
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    onOpenFile: (listener) => bridge.onOpenFile((grant) => listener(fromGrant(grant))),
    applyPreferences: (preferences) => {
      void bridge.applyPreferences(preferences).catch(() => undefined); // cosmetic: the menu keeps its old checks
    },
  };
}
