/**
 * Files the OS asks the app to open: on the command line (first launch), in a second instance's
 * argv (Windows/Linux "Open with" while running — the single-instance lock forwards it) and
 * through macOS's open-file event (which can fire before the window exists). Requests wait in a
 * queue until the renderer has loaded.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Candidate file paths in an argv: everything after the executable (and after the app path when
 * run as `electron .`), minus Chromium/Electron switches, resolved against the working directory.
 * Linux desktop entries use `Exec=fitplot %U`, so file managers may pass file:// URLs instead of paths.
 */
export function pathsFromArgv(argv: readonly string[], defaultApp: boolean, cwd: string): string[] {
  const paths: string[] = [];
  for (const arg of argv.slice(defaultApp ? 2 : 1)) {
    if (arg.length === 0 || arg.startsWith('-')) continue;
    if (!/^file:/i.test(arg)) paths.push(resolve(cwd, arg));
    else {
      try {
        paths.push(fileURLToPath(arg));
      } catch {
        // a file URL with a remote host or bad escapes: not a local file
      }
    }
  }
  return paths;
}

/** Holds paths until a consumer is ready, then passes them straight through. */
export class OpenQueue {
  private pending: string[] = [];
  private consumer: ((path: string) => void) | null = null;

  push(path: string): void {
    if (this.consumer === null) this.pending.push(path);
    else this.consumer(path);
  }

  /** Sets (or, with null, clears — e.g. on reload) the consumer and flushes what waited. */
  setConsumer(consumer: ((path: string) => void) | null): void {
    this.consumer = consumer;
    if (consumer === null) return;
    const waiting = this.pending;
    this.pending = [];
    for (const path of waiting) consumer(path);
  }
}
