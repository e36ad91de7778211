/**
 * The loader's messages as keys with parameters (src/table/messages.ts), and their English words.
 * Every error and warning the loader gives carries one of these keys; the English `message` and
 * `hint` beside it come from here too, so the CLI (which prints them) and the app's English fall
 * back to the same words. The app words each key itself (EN/KO): LOAD_MESSAGE_KEYS lists every key
 * it can receive, hints included (a hint's key is its message's key + `Hint`), so a test can check
 * that each one has words in every UI language. Parameters are plain numbers and strings (a file
 * name, a line, a count, an encoding label); lists are arrays.
 */
import { FitplotError } from '../table/errors';
import type { ErrorCode } from '../table/errors';
import type { MessageParams } from '../table/messages';
import type { LoadWarning, WarningCode } from './types';
import type { Entry } from './loadWordsShared';
import { LOAD_ERROR_WORDS } from './loadErrorWords';
import { LOAD_WARNING_WORDS } from './loadWarningWords';

/** Every loader message's English words (errors first, then warnings). */
const EN = { ...LOAD_ERROR_WORDS, ...LOAD_WARNING_WORDS };

export type LoadMessageKey = keyof typeof EN;

/** Every key a front end can receive from the loader: messages and their hints (`<key>Hint`). */
export const LOAD_MESSAGE_KEYS: readonly string[] = (Object.keys(EN) as LoadMessageKey[]).flatMap((key) =>
  (EN[key] as Entry).hint ? [key, hintKey(key)] : [key],
);

/** The key of a message's hint. */
export function hintKey(key: string): string {
  return `${key}Hint`;
}

/** The English words for a loader message (the CLI's wording, and the engine's fallback `message`). */
export function wordLoadMessage(key: LoadMessageKey, params: MessageParams): { message: string; hint?: string } {
  const entry: Entry = EN[key];
  const hint = entry.hint?.(params);
  return hint === undefined ? { message: entry.text(params) } : { message: entry.text(params), hint };
}

/** A FitplotError carrying the key, its parameters and the English words. */
export function loadError(
  code: ErrorCode,
  key: LoadMessageKey,
  params: MessageParams,
  where: { file?: string; line?: number; column?: string } = {},
): FitplotError {
  return new FitplotError({ code, key, params, ...wordLoadMessage(key, params), ...where });
}

/** A workbook's warning under another key, where the text file's words do not fit a sheet. */
const SHEET_KEYS: Readonly<Partial<Record<string, LoadMessageKey>>> = { 'load.raggedLong': 'load.xlsx.wideRows' };

/**
 * A warning of a workbook's load, worded for sheet rows: its line numbers are the sheet's row
 * numbers (the `unit: 'row'` parameter says so to every front end), and a wide row is not a
 * delimiter problem.
 */
export function inSheetRows(warning: LoadWarning): LoadWarning {
  const key = (SHEET_KEYS[warning.key] ?? warning.key) as LoadMessageKey;
  const params = { ...warning.params, unit: 'row' };
  const { message, hint } = wordLoadMessage(key, params);
  const { hint: _old, ...rest } = warning;
  return { ...rest, key, params, message, ...(hint !== undefined && { hint }) };
}

/** A LoadWarning carrying the key, its parameters and the English words. */
export function loadWarning(
  code: WarningCode,
  key: LoadMessageKey,
  params: MessageParams,
  extra: Omit<LoadWarning, 'code' | 'key' | 'params' | 'message'> = {},
): LoadWarning {
  const { message, hint } = wordLoadMessage(key, params);
  return { code, key, params, message, ...(hint !== undefined && { hint }), ...extra };
}
