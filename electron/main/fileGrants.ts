/**
 * File grants: the only way the renderer can read a file. Main issues an unguessable token for
 * a path the user chose (open dialog, drop, recent, sample, command line, "Open with"); the
 * renderer fetches `app://fitplot/@file/<token>` and gets the bytes as a stream. Nothing else
 * on disk is reachable, and a path never travels back from the renderer to be read.
 */
import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { FileGrant } from '../shared/bridge';
import { APP_ORIGIN, FILE_GRANT_PREFIX } from '../shared/bridge';

/** 256 random bits, URL-safe. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export class FileGrants {
  private readonly byToken = new Map<string, string>();

  constructor(
    private readonly newToken: () => string = randomToken,
    /** Oldest grants are forgotten beyond this many (a session opens a handful of files). */
    private readonly maxGrants = 256,
  ) {}

  /** Issues a token for a path; the same path keeps its token so repeated reads share one. */
  issue(path: string): string {
    for (const [token, granted] of this.byToken) {
      if (granted === path) return token;
    }
    const token = this.newToken();
    this.byToken.set(token, path);
    if (this.byToken.size > this.maxGrants) {
      const oldest = this.byToken.keys().next().value;
      if (oldest !== undefined) this.byToken.delete(oldest);
    }
    return token;
  }

  /** The granted path for a token, or undefined for anything not issued. */
  resolve(token: string): string | undefined {
    return TOKEN.test(token) ? this.byToken.get(token) : undefined;
  }

  static urlFor(token: string): string {
    return `${APP_ORIGIN}${FILE_GRANT_PREFIX}${token}`;
  }

  /** Checks that the path is a readable regular file, then grants it. */
  async grant(path: string): Promise<FileGrant> {
    let size: number;
    try {
      const info = await stat(path);
      if (!info.isFile()) throw new Error('not a regular file');
      size = info.size;
    } catch {
      throw new Error(`Fitplot cannot open “${path}”: it does not exist, is a folder, or cannot be read. Check the path and try again.`);
    }
    return { url: FileGrants.urlFor(this.issue(path)), name: basename(path), size, path };
  }
}
