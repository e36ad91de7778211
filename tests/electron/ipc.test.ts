// IPC gates in main: sender frame check, payload validators, and the channel list registered.
import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNELS } from '../../electron/shared/bridge';
import type { Handlers } from '../../electron/main/ipc/router';
import { UntrustedSenderError, assertTrustedSender, registerIpcHandlers } from '../../electron/main/ipc/router';
import { isAppUrl } from '../../electron/main/security';
import {
  InvalidPayloadError,
  validateImagePayload,
  validateDropClaim,
  validateDropProof,
  validateNoPayload,
  validatePreferences,
  validateRecentPayload,
  validateSamplePayload,
  validateSavePayload,
} from '../../electron/main/ipc/validators';

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>;

function frame(url: string, parent: object | null = null) {
  return { url, parent };
}

function fakeEvent(url: string, parent: object | null = null): IpcMainInvokeEvent {
  return { senderFrame: frame(url, parent) } as unknown as IpcMainInvokeEvent;
}

function registered(handlers: Partial<Handlers>) {
  const listeners = new Map<string, Listener>();
  registerIpcHandlers(
    { handle: (channel: string, listener: Listener) => void listeners.set(channel, listener) } as never,
    handlers as Handlers,
  );
  return listeners;
}

describe('sender check', () => {
  it('accepts only top frames on app://fitplot', () => {
    expect(isAppUrl('app://fitplot/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://fitplot/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
    expect(() => assertTrustedSender(fakeEvent('app://fitplot/index.html'))).not.toThrow();
    expect(() => assertTrustedSender(fakeEvent('app://fitplot/index.html', {}))).toThrow(UntrustedSenderError);
    expect(() => assertTrustedSender(fakeEvent('http://localhost:5173/'))).toThrow(UntrustedSenderError);
    expect(() => assertTrustedSender({ senderFrame: null } as unknown as IpcMainInvokeEvent)).toThrow(UntrustedSenderError);
  });
});

describe('registered channels', () => {
  it('registers exactly the bridge channels, all named fitplot:<noun>.<verb>', () => {
    const listeners = registered({});
    expect([...listeners.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    for (const channel of listeners.keys()) expect(channel).toMatch(/^fitplot:[a-z]+\.[a-zA-Z]+$/);
  });

  it('no channel takes a path to open or to add to recent files', () => {
    const channels = Object.values(INVOKE_CHANNELS);
    expect(channels).not.toContain('fitplot:recent.add');
    // The only payload with a path is the drop claim, which grants nothing by itself (dropProof.ts).
    expect(() => validateRecentPayload({ path: '/etc/passwd' })).toThrow(/unexpected keys path/);
  });

  it('runs the handler with the validated payload for a trusted sender', async () => {
    const open = vi.fn(async ({ id }: { id: string }) => ({
      url: 'app://fitplot/@file/x',
      name: 'a.csv',
      size: 3,
      path: `/data/${id}.csv`,
    }));
    const listener = registered({ 'fitplot:recent.open': open }).get('fitplot:recent.open');
    await expect(listener?.(fakeEvent('app://fitplot/index.html'), { id: 'r1' })).resolves.toMatchObject({ path: '/data/r1.csv' });
    expect(open).toHaveBeenCalledWith({ id: 'r1' });
  });

  it('rejects foreign senders and bad payloads before the handler runs', async () => {
    const open = vi.fn();
    const listener = registered({ 'fitplot:recent.open': open }).get('fitplot:recent.open');
    await expect(listener?.(fakeEvent('https://example.com/'), { id: 'r1' })).rejects.toThrow(UntrustedSenderError);
    await expect(listener?.(fakeEvent('app://fitplot/index.html'), { id: '../etc/passwd' })).rejects.toThrow(InvalidPayloadError);
    await expect(listener?.(fakeEvent('app://fitplot/index.html'), { id: 'r1', extra: 1 })).rejects.toThrow(/unexpected keys extra/);
    expect(open).not.toHaveBeenCalled();
  });
});

describe('payload validators', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
  const filter = { name: 'PNG image', extensions: ['png'] };

  it('channels without payload accept only null/undefined', () => {
    expect(validateNoPayload(undefined)).toBeNull();
    expect(validateNoPayload(null)).toBeNull();
    expect(() => validateNoPayload({})).toThrow(InvalidPayloadError);
  });

  it('recent ids are short base64url tokens', () => {
    expect(validateRecentPayload({ id: 'Ab_-09xYz123' })).toEqual({ id: 'Ab_-09xYz123' });
    for (const id of ['', 'a/b', 'a.b', 42, 'x'.repeat(65)])
      expect(() => validateRecentPayload({ id }), String(id)).toThrow(InvalidPayloadError);
  });

  it('drop claims: an absolute path without NUL and a byte count; proofs: an id and at most 32 KiB', () => {
    expect(validateDropClaim({ path: '/home/a.csv', size: 10 })).toEqual({ path: '/home/a.csv', size: 10 });
    expect(() => validateDropClaim({ path: 'a.csv', size: 10 })).toThrow(/absolute/);
    expect(() => validateDropClaim({ path: '/a\0b', size: 10 })).toThrow(/NUL/);
    expect(() => validateDropClaim({ path: `/${'a'.repeat(5000)}`, size: 1 })).toThrow(InvalidPayloadError);
    expect(() => validateDropClaim({ path: '/a.csv', size: -1 })).toThrow(/byte count/);
    expect(() => validateDropClaim({ path: '/a.csv', size: 1.5 })).toThrow(/byte count/);
    expect(() => validateDropClaim({ path: '/a.csv', size: 2 ** 47 + 1 })).toThrow(/byte count/);
    expect(() => validateDropClaim('/home/a.csv')).toThrow(/object/);
    const bytes = new Uint8Array(32 * 1024);
    expect(validateDropProof({ id: 'c1', bytes }).bytes).toBe(bytes);
    expect(() => validateDropProof({ id: 'c1', bytes: new Uint8Array(32 * 1024 + 1) })).toThrow(/larger than/);
    expect(() => validateDropProof({ id: 'c1', bytes: [1, 2] })).toThrow(/Uint8Array/);
  });

  it('sample ids come from the catalogue', () => {
    expect(validateSamplePayload({ id: 'diabetes' })).toEqual({ id: 'diabetes' });
    expect(() => validateSamplePayload({ id: '../etc/passwd' })).toThrow(/unknown sample/);
  });

  it('save payloads: a bare file name, bytes or text, a sane filter', () => {
    expect(validateSavePayload({ suggestedName: 'chart.png', data: png, filter })).toEqual({
      suggestedName: 'chart.png',
      data: png,
      filter,
    });
    expect(validateSavePayload({ suggestedName: 'chart.svg', data: '<svg/>', filter: { name: 'SVG', extensions: ['svg'] } }).data).toBe(
      '<svg/>',
    );
    expect(() => validateSavePayload({ suggestedName: '../../.bashrc', data: png, filter })).toThrow(/file name/);
    expect(() => validateSavePayload({ suggestedName: 'C:\\x.png', data: png, filter })).toThrow(/file name/);
    expect(() => validateSavePayload({ suggestedName: 'a.png', data: [1, 2], filter })).toThrow(/Uint8Array/);
    expect(() => validateSavePayload({ suggestedName: 'a.png', data: png, filter: { name: 'x', extensions: ['.png'] } })).toThrow(
      /extension/,
    );
    expect(() => validateSavePayload({ suggestedName: 'a.png', data: png, filter: { name: 'x', extensions: [] } })).toThrow(/1–10/);
    expect(() => validateSavePayload({ suggestedName: 'a.png', data: png })).toThrow(/filter/);
  });

  it('images are Uint8Array; preferences are known values', () => {
    expect(validateImagePayload({ png }).png).toBe(png);
    expect(() => validateImagePayload({ png: 'iVBOR' })).toThrow(InvalidPayloadError);
    expect(validatePreferences({ theme: 'dark', language: 'ko' })).toEqual({ theme: 'dark', language: 'ko' });
    expect(() => validatePreferences({ theme: 'neon', language: 'ko' })).toThrow(/theme/);
    expect(() => validatePreferences({ theme: 'dark', language: 'fr' })).toThrow(/language/);
  });
});
