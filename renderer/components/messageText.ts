/**
 * Engine messages in the UI's language. The engine sends codes with parameters (src/table/messages.ts,
 * LoadWarning.code and its fields); this is the one place the app turns them into words. A key the
 * app has not worded yet falls back to the engine's English text, never to nothing.
 */
import type { TFunction } from 'i18next';
import type { ErrorCode, ErrorInfo, LoadWarning, MessageParams } from '../../src/protocol/protocol';

/** Parameters as i18next interpolates them: lists joined with commas, numbers grouped. */
function interpolation(params: MessageParams | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    out[name] = Array.isArray(value) ? value.join(', ') : typeof value === 'number' ? value.toLocaleString() : (value as string);
    // A byte count (`fileBytes`) is also given readably (`fileBytesMB`: "480 kB", "5,000 MB").
    if (name.endsWith('Bytes') && typeof value === 'number') out[`${name}MB`] = readableBytes(value);
  }
  return out;
}

function readableBytes(bytes: number): string {
  return bytes < 1e6 ? `${Math.round(bytes / 1e3).toLocaleString()} kB` : `${Math.round(bytes / 1e6).toLocaleString()} MB`;
}

/** `messages.<key>` worded with its parameters, or `fallback` when the key has no wording here. */
export function keyText(t: TFunction, key: string | undefined, params: MessageParams | undefined, fallback: string): string {
  if (key === undefined) return fallback;
  const path = `messages.${key}`;
  const worded = t(path, interpolation(params));
  return worded === path ? fallback : worded;
}

/**
 * A loader warning in the UI's language: by its key when the app words it, else by its code and
 * fields (every warning code is worded), else the engine's English.
 */
export function warningText(t: TFunction, warning: LoadWarning): string {
  const byKey = keyText(t, warning.key, warning.params, '');
  if (byKey !== '') return byKey;
  const path = `warnings.code.${warning.code}`;
  const worded = t(path, { column: warning.column ?? '', count: (warning.count ?? 0).toLocaleString() });
  return worded === path ? warning.message : worded;
}

/** The error's sentence in the UI's language (its key when worded, else the engine's English). */
export function errorText(t: TFunction, error: ErrorInfo): string {
  return keyText(t, error.key, error.params, error.message);
}

/** What to do about an error, in the UI's language: the hint's key (`<key>Hint`) when worded, else the engine's English. */
export function errorHint(t: TFunction, error: ErrorInfo): string | undefined {
  if (error.hint === undefined) return undefined;
  return keyText(t, error.key === undefined ? undefined : `${error.key}Hint`, error.params, error.hint);
}

/** What failed, for the banner's heading: the caller's context when given, else read from the code. */
export type FailedAction = 'load' | 'preview' | 'open' | 'stats' | 'rows' | 'chart' | 'filter' | 'export';

const FAILED_BY_CODE: Record<ErrorCode, FailedAction | 'settings' | 'data' | 'model' | 'internal' | 'cancelled'> = {
  EMPTY_FILE: 'load',
  UNREADABLE: 'load',
  BINARY_FILE: 'load',
  UNTERMINATED_QUOTE: 'load',
  TOO_LARGE: 'load',
  ENCODING: 'load',
  CANCELLED: 'cancelled',
  BAD_OPTION: 'settings',
  COLUMN_NOT_FOUND: 'settings',
  BAD_COLUMN_TYPE: 'settings',
  NOT_ENOUGH_DATA: 'data',
  MODEL: 'model',
  CHART: 'chart',
  INTERNAL: 'internal',
};

export function errorHeading(t: TFunction, error: ErrorInfo, action?: FailedAction): string {
  if (error.code === 'CANCELLED') return t('error.cancelled');
  return t(`error.failed.${action ?? FAILED_BY_CODE[error.code] ?? 'internal'}`);
}
