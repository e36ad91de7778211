/**
 * Small run-time validators for IPC payloads. The renderer is treated as untrusted: every
 * payload is checked for exact shape (no extra keys), types and sizes before main acts on it.
 */
import { isAbsolute } from 'node:path';
import type {
  DropClaim,
  DropProof,
  LanguagePreference,
  Preferences,
  RecentFile,
  SampleInfo,
  SavePayload,
  ThemePreference,
} from '../../shared/bridge';
import { SAMPLE_IDS } from '../../shared/bridge';
import { PROOF_BLOCK, PROOF_BLOCKS } from '../dropProof';

export class InvalidPayloadError extends Error {
  override readonly name = 'InvalidPayloadError';
}

/** Largest export accepted through IPC (a 4× PNG of a big chart is a few tens of MB). */
export const MAX_SAVE_BYTES = 512 * 1024 * 1024;
export const MAX_PATH_LENGTH = 4096;
/** A drop proof is PROOF_BLOCKS × PROOF_BLOCK bytes at most (electron/main/dropProof.ts). */
const MAX_PROOF_BYTES = PROOF_BLOCKS * PROOF_BLOCK;

function fail(what: string): never {
  throw new InvalidPayloadError(`Invalid IPC payload: ${what}`);
}

function record(value: unknown, keys: readonly string[], what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${what} must be an object`);
  const extra = Object.keys(value).filter((key) => !keys.includes(key));
  if (extra.length > 0) fail(`${what} has unexpected keys ${extra.join(', ')}`);
  return value as Record<string, unknown>;
}

function string(value: unknown, what: string, maxLength: number): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > maxLength)
    fail(`${what} must be a string of 1–${maxLength} characters`);
  if (value.includes('\0')) fail(`${what} must not contain NUL`);
  return value;
}

function bytes(value: unknown, what: string, maxBytes: number): Uint8Array {
  if (!(value instanceof Uint8Array)) fail(`${what} must be a Uint8Array`);
  if (value.byteLength > maxBytes) fail(`${what} is larger than ${maxBytes} bytes`);
  return value;
}

export function validateNoPayload(value: unknown): null {
  if (value !== undefined && value !== null) fail('this channel takes no payload');
  return null;
}

/** Recent-entry ids and drop-challenge ids: base64url tokens issued by main. */
const ID = /^[A-Za-z0-9_-]{1,64}$/;

function id(value: unknown, what: string): string {
  if (typeof value !== 'string' || !ID.test(value)) fail(`${what} must be an id issued by main`);
  return value;
}

export function validateRecentPayload(value: unknown): { id: RecentFile['id'] } {
  const payload = record(value, ['id'], 'recent payload');
  return { id: id(payload.id, 'id') };
}

export function validateDropClaim(value: unknown): DropClaim {
  const payload = record(value, ['path', 'size'], 'drop claim');
  const path = string(payload.path, 'path', MAX_PATH_LENGTH);
  if (!isAbsolute(path)) fail('path must be absolute');
  // 2^47 bytes (128 TiB) keeps the block count within crypto.randomInt's range.
  if (typeof payload.size !== 'number' || !Number.isSafeInteger(payload.size) || payload.size < 0 || payload.size > 2 ** 47)
    fail('size must be a byte count');
  return { path, size: payload.size };
}

export function validateDropProof(value: unknown): DropProof {
  const payload = record(value, ['id', 'bytes'], 'drop proof');
  return { id: id(payload.id, 'id'), bytes: bytes(payload.bytes, 'bytes', MAX_PROOF_BYTES) };
}

export function validateSamplePayload(value: unknown): { id: SampleInfo['id'] } {
  const payload = record(value, ['id'], 'sample payload');
  const id = SAMPLE_IDS.find((known) => known === payload.id);
  if (id === undefined) fail('unknown sample id');
  return { id };
}

export function validateImagePayload(value: unknown): { png: Uint8Array } {
  const payload = record(value, ['png'], 'image payload');
  return { png: bytes(payload.png, 'png', MAX_SAVE_BYTES) };
}

const EXTENSION = /^[A-Za-z0-9]{1,10}$/;

export function validateSavePayload(value: unknown): SavePayload {
  const payload = record(value, ['suggestedName', 'data', 'filter'], 'save payload');
  const suggestedName = string(payload.suggestedName, 'suggestedName', 255);
  if (/[/\\]/.test(suggestedName) || suggestedName === '.' || suggestedName === '..') fail('suggestedName must be a file name, not a path');
  const data = typeof payload.data === 'string' ? payload.data : bytes(payload.data, 'data', MAX_SAVE_BYTES);
  if (typeof data === 'string' && data.length > MAX_SAVE_BYTES) fail('data is too large');
  const filter = record(payload.filter, ['name', 'extensions'], 'filter');
  const name = string(filter.name, 'filter.name', 100);
  const extensions = filter.extensions;
  if (!Array.isArray(extensions) || extensions.length === 0 || extensions.length > 10) fail('filter.extensions must list 1–10 extensions');
  const checked = extensions.map((extension: unknown) => {
    if (typeof extension !== 'string' || !EXTENSION.test(extension)) fail('each extension must be 1–10 letters or digits, without a dot');
    return extension;
  });
  return { suggestedName, data, filter: { name, extensions: checked } };
}

const THEMES: readonly ThemePreference[] = ['light', 'dark', 'system'];
const LANGUAGES: readonly LanguagePreference[] = ['en', 'ko'];

export function validatePreferences(value: unknown): Preferences {
  const payload = record(value, ['theme', 'language'], 'preferences');
  const theme = THEMES.find((known) => known === payload.theme);
  const language = LANGUAGES.find((known) => known === payload.language);
  if (theme === undefined) fail('theme must be light, dark or system');
  if (language === undefined) fail('language must be en or ko');
  return { theme, language };
}
