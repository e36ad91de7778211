/**
 * Security settings of the shell, in one place so tests can pin them: web preferences of the
 * window, the Content-Security-Policy sent with every app response, which requests may leave
 * the page, which permissions are granted, and the navigation / new-window guards.
 * Follows Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security).
 */
import type { Session, WebContents, WebPreferences } from 'electron';
import { APP_HOST, APP_SCHEME, LOCALE_ARG_PREFIX } from '../shared/bridge';

/**
 * Scripts, workers and fetches only from the app itself. 'wasm-unsafe-eval' is the one relaxation
 * for scripts: it lets the engine compile its own WebAssembly kernels (it allows
 * WebAssembly.compile/instantiate, not eval or new Function). Styles allow 'unsafe-inline' because
 * AG Grid injects <style> elements and ECharts' SVG renderer writes style attributes; data: and
 * blob: images, fonts and fetches are local in-memory objects (chart exports), not remote content.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "manifest-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function secureWebPreferences(preloadPath: string, locale: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    // A middle click on a link would otherwise open it in a new window (denied below anyway).
    disableBlinkFeatures: 'Auxclick',
    devTools,
    additionalArguments: [`${LOCALE_ARG_PREFIX}${locale}`],
  };
}

/**
 * True for URLs on the app's origin (app://fitplot). Compared by scheme and host: Node's URL gives
 * custom schemes an opaque origin ('null'), unlike Chromium where the scheme is registered standard.
 */
export function isAppUrl(url: string | undefined): boolean {
  if (url === undefined) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Requests the app may make: its own origin and in-memory URLs (plus devtools in development). */
export function isAllowedRequestUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'devtools:') return true;
  return isAppUrl(url);
}

/** Only writing to the clipboard (Statistics → copy as table) is granted, and only to app pages. */
export function isAllowedPermission(permission: string, requestingUrl: string | undefined): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl);
}

/** Session-wide guards: no remote requests, no permissions beyond the clipboard write. */
export function hardenSession(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isAllowedPermission(permission, details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isAllowedPermission(permission, requestingOrigin));
}

/**
 * Per-page guards: the page never navigates (a file dropped outside the drop zone would otherwise
 * replace the app with the file), never opens windows, never embeds <webview>.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
