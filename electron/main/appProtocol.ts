/**
 * The `app://fitplot/` origin: the built renderer (out/renderer) and granted files
 * (`/@file/<token>`) share one privileged, secure, standard origin. One origin means the CSP's
 * `'self'` covers the renderer's fetches of file streams: no CORS exceptions, no file:// access
 * (file:// would make every file on disk same-origin to the page).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME, FILE_GRANT_PREFIX } from '../shared/bridge';
import type { FileGrants } from './fileGrants';
import { CONTENT_SECURITY_POLICY } from './security';

export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  // standard: real origin (localStorage, relative URLs); secure: a secure context (workers,
  // crypto.subtle); supportFetchAPI + stream: fetch() bodies stream as they are read;
  // corsEnabled: module scripts and workers load under CORS rules (same origin here).
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, corsEnabled: true, codeCache: true },
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Sent with every response. COOP same-origin + COEP require-corp make the page cross-origin
 * isolated, which is what enables SharedArrayBuffer: the loaded table's columns are shared with
 * the engine and fit workers instead of copied. Everything the app loads is on its own origin
 * (or data:/blob:), so require-corp blocks nothing it needs.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Streams a regular file from disk with its Content-Length; 404 when it is not one. */
export async function streamFile(path: string, contentType: string, method: string): Promise<Response> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return notFound();
    const headers = { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Content-Length': String(info.size), 'Cache-Control': 'no-store' };
    if (method === 'HEAD') return new Response(null, { status: 200, headers });
    // Readable.toWeb keeps back-pressure: fs reads only as fast as the page consumes.
    const body = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
    return new Response(body, { status: 200, headers });
  } catch {
    return notFound();
  }
}

/** Maps a URL path to a file inside root, or null if it would escape root. */
export function staticPathFor(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = resolve(root);
  const full = resolve(base, relative);
  return full.startsWith(base + sep) ? full : null;
}

export interface AppProtocolOptions {
  /** Folder of the built renderer (out/renderer). */
  readonly rendererRoot: string;
  readonly grants: FileGrants;
}

export function createAppRequestHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD')) return notFound();
    if (url.pathname.startsWith(FILE_GRANT_PREFIX)) {
      const path = options.grants.resolve(url.pathname.slice(FILE_GRANT_PREFIX.length));
      return path === undefined ? notFound() : streamFile(path, 'application/octet-stream', request.method);
    }
    const file = staticPathFor(options.rendererRoot, url.pathname);
    if (file === null) return notFound();
    return streamFile(file, CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', request.method);
  };
}
