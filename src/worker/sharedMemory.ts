/**
 * Whether this thread can allocate SharedArrayBuffers: always in Node; in a browser only on a
 * cross-origin isolated page (COOP + COEP, as the app:// protocol and the web preview serve it),
 * elsewhere the constructor is absent.
 */
export function canShareMemory(): boolean {
  return typeof SharedArrayBuffer === 'function';
}
