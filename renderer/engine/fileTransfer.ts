/**
 * How a file the host opened reaches the engine worker: as the File itself or a transferred
 * stream (never a copy of its bytes), and a callback the worker calls to read it again.
 */
import * as Comlink from 'comlink';
import type { Reopen, StreamSource } from '../../src/protocol/protocol';
import type { HostFile } from '../host/HostApi';

/**
 * The file's bytes for the worker: the File itself when there is one (cloning a Blob shares its
 * bytes, nothing is copied), else a stream transferred (not copied).
 */
export function streamSource(file: HostFile): StreamSource {
  if (file.blob) return { name: file.name, size: file.size, blob: file.blob };
  const stream = file.stream();
  return Comlink.transfer({ name: file.name, size: file.size, stream }, [stream as unknown as Transferable]);
}

/** Lets the worker ask for the file again (a fresh, transferred stream each time). */
export function reopener(file: HostFile): Reopen {
  return Comlink.proxy(async () => {
    const stream = file.stream();
    return Comlink.transfer(stream, [stream as unknown as Transferable]);
  });
}
