// The app:// origin: renderer files and granted files only; tokens are unguessable and issued by
// main; bodies stream with Content-Length; everything else is a 404.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS, createAppRequestHandler, staticPathFor } from '../../electron/main/appProtocol';
import { FileGrants, randomToken } from '../../electron/main/fileGrants';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'fitplot-proto-'));
  const rendererRoot = join(dir, 'renderer');
  mkdirSync(join(rendererRoot, 'assets'), { recursive: true });
  writeFileSync(join(rendererRoot, 'index.html'), '<!doctype html><title>Fitplot</title>');
  writeFileSync(join(rendererRoot, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'not for the page');
  const data = join(dir, 'data.csv');
  // 1 MiB + 3 bytes so the body arrives in several chunks (fs streams read 64 KiB at a time).
  const bytes = new Uint8Array(1024 * 1024 + 3).map((_, i) => i % 251);
  writeFileSync(data, bytes);
  const grants = new FileGrants();
  const handle = createAppRequestHandler({ rendererRoot, grants });
  return { dir, data, bytes, grants, handle };
}

async function readChunks(response: Response): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  const reader = response.body?.getReader();
  for (;;) {
    const next = await reader?.read();
    if (!next || next.done) break;
    chunks.push(next.value);
  }
  return chunks;
}

describe('file grants', () => {
  it('tokens are 256-bit base64url and differ', () => {
    const a = randomToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomToken()).not.toBe(a);
  });

  it('issues one token per path and resolves only issued tokens', () => {
    let n = 0;
    const grants = new FileGrants(() => `${'t'.repeat(42)}${n++}`, 2);
    const first = grants.issue('/a.csv');
    expect(grants.issue('/a.csv')).toBe(first);
    expect(grants.resolve(first)).toBe('/a.csv');
    expect(grants.resolve(`${'t'.repeat(42)}9`)).toBeUndefined();
    expect(grants.resolve('../../etc/passwd')).toBeUndefined();
    grants.issue('/b.csv');
    grants.issue('/c.csv'); // beyond maxGrants = 2: the oldest grant is forgotten
    expect(grants.resolve(first)).toBeUndefined();
  });

  it('grant() describes a regular file and refuses folders and missing paths with a plain message', async () => {
    const { dir, data, grants } = setup();
    const grant = await grants.grant(data);
    expect(grant).toMatchObject({ name: 'data.csv', size: 1024 * 1024 + 3, path: data });
    expect(grant.url).toMatch(/^app:\/\/fitplot\/@file\/[A-Za-z0-9_-]{43}$/);
    await expect(grants.grant(dir)).rejects.toThrow(/cannot open .*folder/);
    await expect(grants.grant(join(dir, 'missing.csv'))).rejects.toThrow(/does not exist/);
  });
});

describe('app protocol handler', () => {
  it('streams a granted file in several chunks with its Content-Length', async () => {
    const { data, bytes, grants, handle } = setup();
    const { url } = await grants.grant(data);
    const response = await handle(new Request(url));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Length')).toBe(String(bytes.length));
    expect(response.headers.get('Content-Type')).toBe('application/octet-stream');
    const chunks = await readChunks(response);
    expect(chunks.length).toBeGreaterThan(1);
    const joined = Buffer.concat(chunks);
    // Buffer.compare: a deep toEqual over a million elements takes seconds.
    expect(Buffer.compare(joined, bytes)).toBe(0);
  });

  it('answers HEAD without a body', async () => {
    const { data, grants, handle } = setup();
    const response = await handle(new Request((await grants.grant(data)).url, { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Length')).toBe(String(1024 * 1024 + 3));
    expect(response.body).toBeNull();
  });

  it('404s unknown tokens, other hosts, other methods and files deleted after the grant', async () => {
    const { dir, grants, handle } = setup();
    expect((await handle(new Request(`app://fitplot/@file/${randomToken()}`))).status).toBe(404);
    expect((await handle(new Request('app://fitplot/@file/'))).status).toBe(404);
    const gone = join(dir, 'gone.csv');
    writeFileSync(gone, 'x');
    const { url } = await grants.grant(gone);
    expect((await handle(new Request(url.replace('fitplot', 'other')))).status).toBe(404);
    expect((await handle(new Request(url, { method: 'POST', body: 'x' }))).status).toBe(404);
    rmSync(gone);
    expect((await handle(new Request(url))).status).toBe(404);
  });

  it('serves the renderer with the CSP header and the right types, and never escapes its folder', async () => {
    const { handle } = setup();
    const index = await handle(new Request('app://fitplot/'));
    expect(index.status).toBe(200);
    expect(index.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await index.text()).toContain('<title>Fitplot</title>');
    const script = await handle(new Request('app://fitplot/assets/index-abc.js'));
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect((await handle(new Request('app://fitplot/%2e%2e/secret.txt'))).status).toBe(404);
    expect((await handle(new Request('app://fitplot/assets/..%2f..%2fsecret.txt'))).status).toBe(404);
    expect((await handle(new Request('app://fitplot/assets'))).status).toBe(404); // a folder
  });

  it('every response is cross-origin isolated (COOP + COEP) with the CSP, so SharedArrayBuffer is available', async () => {
    const { data, grants, handle } = setup();
    expect(SECURITY_HEADERS).toMatchObject({
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
    const urls = ['app://fitplot/', 'app://fitplot/assets/index-abc.js', (await grants.grant(data)).url, 'app://fitplot/missing.js'];
    for (const url of urls) {
      const response = await handle(new Request(url));
      expect(response.headers.get('Cross-Origin-Opener-Policy'), url).toBe('same-origin');
      expect(response.headers.get('Cross-Origin-Embedder-Policy'), url).toBe('require-corp');
      expect(response.headers.get('Cross-Origin-Resource-Policy'), url).toBe('same-origin');
      expect(response.headers.get('Content-Security-Policy'), url).toBe(CONTENT_SECURITY_POLICY);
      await response.body?.cancel();
    }
  });

  it('staticPathFor maps inside the root only', () => {
    expect(staticPathFor('/r', '/')).toBe(join('/r', 'index.html'));
    expect(staticPathFor('/r', '/assets/a.js')).toBe(join('/r', 'assets', 'a.js'));
    expect(staticPathFor('/r', '/%2e%2e/x')).toBeNull();
    expect(staticPathFor('/r', '/a%00b')).toBeNull();
    expect(staticPathFor('/r', '/%E0%A4%A')).toBeNull(); // malformed escape
  });
});
