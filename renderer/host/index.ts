/** Picks the host: Electron when the preload exposed `window.fitplot`, else the browser. */
import type { HostApi } from './HostApi';
import { createBrowserHost } from './browserHost';
import { createElectronHost } from './electronHost';

let current: HostApi | undefined;

export function host(): HostApi {
  current ??= window.fitplot ? createElectronHost(window.fitplot) : createBrowserHost();
  return current;
}

export type { HostApi, HostFile, MenuCommand, RecentFile, SampleInfo } from './HostApi';
