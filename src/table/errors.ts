/**
 * Errors are values with a code and a human message (docs/architecture.md). Every layer throws or
 * returns a FitplotError; the UI and CLI show `message` (and `hint`), and tests assert on `code`.
 * It lives in `table` because that is the one module every other engine module may import.
 */

import type { MessageParams } from './messages';

export type ErrorCode =
  | 'EMPTY_FILE'
  | 'UNREADABLE'
  | 'BINARY_FILE'
  | 'UNTERMINATED_QUOTE'
  | 'TOO_LARGE'
  | 'ENCODING'
  | 'CANCELLED'
  | 'BAD_OPTION'
  | 'COLUMN_NOT_FOUND'
  | 'BAD_COLUMN_TYPE'
  | 'NOT_ENOUGH_DATA'
  | 'MODEL'
  | 'CHART'
  | 'INTERNAL';

export interface ErrorInfo {
  readonly code: ErrorCode;
  /** The message as a key and parameters (src/table/messages.ts), for front ends that word it themselves. */
  readonly key?: string;
  readonly params?: MessageParams;
  /** One plain sentence (or two) naming what went wrong and where: file, line, column. */
  readonly message: string;
  /** What the user can do about it. */
  readonly hint?: string;
  readonly file?: string;
  /** 1-based line number in the source file, where known. */
  readonly line?: number;
  readonly column?: string;
}

export class FitplotError extends Error implements ErrorInfo {
  readonly code: ErrorCode;
  readonly key?: string;
  readonly params?: MessageParams;
  readonly hint?: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: string;

  constructor(info: ErrorInfo) {
    super(info.message);
    this.name = 'FitplotError';
    this.code = info.code;
    if (info.key !== undefined) this.key = info.key;
    if (info.params !== undefined) this.params = info.params;
    if (info.hint !== undefined) this.hint = info.hint;
    if (info.file !== undefined) this.file = info.file;
    if (info.line !== undefined) this.line = info.line;
    if (info.column !== undefined) this.column = info.column;
  }

  /** Plain data for postMessage, JSON output and the UI. */
  toJSON(): ErrorInfo {
    const { code, key, params, message, hint, file, line, column } = this;
    return {
      code,
      ...(key !== undefined && { key }),
      ...(params !== undefined && { params }),
      message,
      ...(hint !== undefined && { hint }),
      ...(file !== undefined && { file }),
      ...(line !== undefined && { line }),
      ...(column !== undefined && { column }),
    };
  }
}

/** Turns anything thrown into an ErrorInfo, so nothing is swallowed and nothing crashes the caller. */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof FitplotError) return error.toJSON();
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: `Unexpected internal error: ${message}`, hint: 'Please report this with the file that caused it.' };
}
