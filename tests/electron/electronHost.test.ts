// electronHost: HostApi over window.fitplot. Granted files stream through fetch lazily, chunk by
// chunk; errors from main reach the UI in plain words.
import { describe, expect, it, vi } from 'vitest';
import type { FileGrant, FitplotBridge } from '../../electron/shared/bridge';
import { createElectronHost, plainError, streamFromUrl } from '../../renderer/host/electronHost';

const grant: FileGrant = { url: 'app://fitplot/@file/tok', name: 'big.csv', size: 6, path: '/d/big.csv' };

function bridge(overrides: Partial<FitplotBridge> = {}): FitplotBridge {
  return {
    systemLocale: 'ko-KR',
    platform: 'linux',
    pickFile: vi.fn(async () => grant),
    rememberDroppedFile: vi.fn(async () => null),
    pathForFile: vi.fn(() => '/d/drop.csv'),
    save: vi.fn(async () => true),
    listRecent: vi.fn(async () => []),
    openRecent: vi.fn(async () => grant),
    listSamples: vi.fn(async () => []),
    openSample: vi.fn(async () => grant),
    copyImage: vi.fn(async () => true),
    applyPreferences: vi.fn(async () => null),
    onMenuCommand: vi.fn(() => () => undefined),
    onOpenFile: vi.fn(() => () => undefined),
    ...overrides,
  };
}

function chunkedFetch(chunks: string[]) {
  let pulled = 0;
  const fetchImpl = vi.fn(async () => {
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks[pulled++];
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    return new Response(body, { status: 200 });
  });
  return { fetchImpl: fetchImpl as unknown as typeof fetch, calls: fetchImpl, pulled: () => pulled };
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string[]> {
  const out: string[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return out;
    out.push(new TextDecoder().decode(value));
  }
}

describe('streamFromUrl', () => {
  it('fetches only when read, and forwards the body chunk by chunk', async () => {
    const { fetchImpl, calls } = chunkedFetch(['a,b\n', '1,2\n']);
    const stream = streamFromUrl(grant.url, grant.name, fetchImpl);
    await Promise.resolve();
    expect(calls).not.toHaveBeenCalled();
    expect(await readAll(stream)).toEqual(['a,b\n', '1,2\n']);
    expect(calls).toHaveBeenCalledWith(grant.url, expect.objectContaining({ signal: expect.any(AbortSignal) }));
  });

  it('cancelling aborts the request', async () => {
    const { fetchImpl, calls } = chunkedFetch(['a', 'b', 'c']);
    const reader = streamFromUrl(grant.url, grant.name, fetchImpl).getReader();
    await reader.read();
    await reader.cancel('user cancelled');
    const signal = (calls.mock.calls[0] as unknown as [string, RequestInit])[1].signal;
    expect(signal?.aborted).toBe(true);
  });

  it('a 404 (file moved or grant unknown) errors the stream with a plain message', async () => {
    const fetchImpl = (async () => new Response('Not found', { status: 404 })) as unknown as typeof fetch;
    await expect(readAll(streamFromUrl(grant.url, 'gone.csv', fetchImpl))).rejects.toThrow(
      'Fitplot could not read “gone.csv” (it may have been moved or deleted). Open it again.',
    );
  });
});

describe('createElectronHost', () => {
  it('turns grants into HostFiles whose stream() re-reads the file each time', async () => {
    const { fetchImpl, calls } = chunkedFetch([]);
    const host = createElectronHost(bridge(), fetchImpl);
    expect(host.kind).toBe('electron');
    const file = await host.pickFile();
    expect(file).toMatchObject({ name: 'big.csv', size: 6, path: '/d/big.csv' });
    await readAll(file?.stream() as ReadableStream<Uint8Array>);
    await readAll(file?.stream() as ReadableStream<Uint8Array>);
    expect(calls).toHaveBeenCalledTimes(2);
    expect(host.systemLocale()).toBe('ko-KR');
  });

  it('returns null when the dialog is cancelled', async () => {
    expect(await createElectronHost(bridge({ pickFile: vi.fn(async () => null) })).pickFile()).toBeNull();
  });

  it('reads dropped Files locally and records their path', async () => {
    const b = bridge();
    const file = new File(['x,y\n1,2\n'], 'drop.csv');
    const hostFile = createElectronHost(b).fromDroppedFile(file);
    expect(hostFile).toMatchObject({ name: 'drop.csv', size: 8, path: '/d/drop.csv' });
    expect(b.rememberDroppedFile).toHaveBeenCalledWith(file);
    expect((await readAll(hostFile.stream())).join('')).toBe('x,y\n1,2\n');
  });

  it('passes save requests without the MIME type and wraps OS-opened grants', () => {
    const b = bridge();
    const host = createElectronHost(b);
    void host.save({
      suggestedName: 'c.png',
      data: new Uint8Array([1]),
      mimeType: 'image/png',
      filter: { name: 'PNG', extensions: ['png'] },
    });
    expect(b.save).toHaveBeenCalledWith({
      suggestedName: 'c.png',
      data: new Uint8Array([1]),
      filter: { name: 'PNG', extensions: ['png'] },
    });
    const seen: string[] = [];
    host.onOpenFile((file) => seen.push(file.name));
    const forward = vi.mocked(b.onOpenFile).mock.calls[0]?.[0];
    forward?.(grant);
    expect(seen).toEqual(['big.csv']);
    host.applyPreferences?.({ theme: 'dark', language: 'ko' });
    expect(b.applyPreferences).toHaveBeenCalledWith({ theme: 'dark', language: 'ko' });
  });

  it('shows errors from main without Electron’s prefix', async () => {
    const failing = bridge({
      openRecent: vi.fn(async () =>
        Promise.reject(
          new Error("Error invoking remote method 'fitplot:recent.open': Error: That file is no longer in the recent files list."),
        ),
      ),
    });
    await expect(createElectronHost(failing).openRecent('r1')).rejects.toThrow(/^That file is no longer in the recent files list\.$/);
    expect(plainError('plain').message).toBe('plain');
  });
});
