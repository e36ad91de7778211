/**
 * Looks at the first bytes of a file: is it text at all, and in which encoding?
 * Cascade (docs/dependencies.md): BOM → UTF-16 by NUL pattern → strict UTF-8 → CP949 trial decode →
 * chardet as the last resort. The user's `encoding` option skips all of it (see loadTable).
 */
import { analyse } from 'chardet';
import { canonicalEncoding, createStreamDecoder, decodeAll } from './decoders';
import type { LoadMessageKey } from './loadMessages';
import type { BinaryKind } from './loadWordsShared';
import type { MessageParams } from '../table/messages';
import type { LoadResult } from './types';

export type EncodingSource = LoadResult['encodingSource'];

/** A loader message without the file name (added where the file is known). */
export interface Note {
  readonly key: LoadMessageKey;
  readonly params: MessageParams;
}

export interface EncodingGuess {
  readonly encoding: string;
  readonly source: EncodingSource;
  /** Set when the guess is uncertain; becomes an ENCODING_DOUBTFUL warning. */
  readonly doubt?: Note;
  /** Set when the guess is an encoding no decoder here knows: the file is refused with this. */
  readonly unsupported?: Note;
}

/** Signatures of common non-text files people pick by mistake; `kind` is an id (loadMessages.ts BINARY_KINDS words it). */
const MAGIC: readonly { readonly bytes: readonly number[]; readonly kind: BinaryKind }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'png' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'jpeg' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'gif' },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'pdf' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'zip' },
  { bytes: [0x1f, 0x8b], kind: 'gzip' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'ole' },
  { bytes: [0x50, 0x41, 0x52, 0x31], kind: 'parquet' },
];

export type Bom = { readonly encoding: string; readonly length: number };

export function detectBom(bytes: Uint8Array): Bom | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * UTF-16 without BOM: ASCII-range text has a NUL in every other byte. We call it UTF-16 when over
 * 30 % of the odd (LE) or even (BE) positions are NUL and under 5 % of the other positions are.
 * Text that is mostly Hangul (or CJK) has far fewer NULs — only its delimiters, digits and line
 * ends give one — so a lower share, from 1 % of the pairs, also counts when the other positions
 * have few and the sample decodes as plausible text (see plausibleUtf16).
 */
export function detectUtf16ByNul(bytes: Uint8Array): string | undefined {
  const n = bytes.length - (bytes.length % 2);
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > 0.3 * pairs && evenNul < 0.05 * pairs) return 'utf-16le';
  if (evenNul > 0.3 * pairs && oddNul < 0.05 * pairs) return 'utf-16be';
  // A Hangul syllable such as 가 (U+AC00) puts a NUL on the other side too, rarely (1 in 256).
  if (oddNul >= 0.01 * pairs && evenNul < 0.05 * pairs && oddNul > 2 * evenNul && plausibleUtf16(bytes.subarray(0, n), true))
    return 'utf-16le';
  if (evenNul >= 0.01 * pairs && oddNul < 0.05 * pairs && evenNul > 2 * oddNul && plausibleUtf16(bytes.subarray(0, n), false))
    return 'utf-16be';
  return undefined;
}

/**
 * Whether `bytes` read as UTF-16 is text: it has a line break, and at least 98 % of its code
 * units are printable ASCII, tab/CR/LF, Latin-1 letters, Hangul (syllables and jamo), CJK
 * ideographs, kana, or full-width and general punctuation. Binary data read as UTF-16 spreads over
 * the whole code space and fails; lone surrogates count against it.
 */
/** Code unit ranges of text: ASCII, Latin-1 and Latin Extended, Hangul jamo, punctuation, CJK symbols and kana, compatibility jamo, CJK ideographs, Hangul syllables, full-width forms. */
const TEXT_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x1100, 0x11ff],
  [0x2000, 0x206f],
  [0x3000, 0x30ff],
  [0x3130, 0x318f],
  [0x4e00, 0x9fff],
  [0xac00, 0xd7a3],
  [0xff00, 0xffef],
];

function plausibleUtf16(bytes: Uint8Array, littleEndian: boolean): boolean {
  let plausible = 0;
  let lineBreaks = 0;
  const units = bytes.length / 2;
  for (let i = 0; i < bytes.length; i += 2) {
    const lo = bytes[littleEndian ? i : i + 1] as number;
    const hi = bytes[littleEndian ? i + 1 : i] as number;
    const c = (hi << 8) | lo;
    if (c === 0x0a || c === 0x0d) lineBreaks++;
    if (c === 0x09 || c === 0x0a || c === 0x0d || TEXT_RANGES.some(([from, to]) => c >= from && c <= to)) {
      plausible++;
    }
  }
  return lineBreaks > 0 && plausible >= 0.98 * units;
}

/**
 * Why the sample is not text, or undefined. Called only when neither a BOM nor the UTF-16 NUL
 * pattern matched: then a NUL byte never occurs in CSV text, and more than 10 % control bytes
 * (other than tab, LF, FF, CR, ESC) means binary data.
 */
export function binaryReason(bytes: Uint8Array): Note | undefined {
  for (const { bytes: magic, kind } of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) return { key: 'load.binary.magic', params: { kind } };
  }
  let control = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0) return { key: 'load.binary.nul', params: { offset: i } };
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  if (control > 0.1 * bytes.length) return { key: 'load.binary.control', params: { percent: Math.round((100 * control) / bytes.length) } };
  return undefined;
}

/** Whether `bytes` is valid UTF-8, allowing a character cut off at the very end (the sample boundary). */
export function isValidUtf8Prefix(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return true;
  return false;
}

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

/**
 * CP949 trial: decode and accept when Hangul syllables appear and U+FFFD is rare (at most 1 per
 * 100 non-ASCII characters, allowing a damaged byte or a cut at the sample's end).
 */
function cp949Trial(bytes: Uint8Array): { accepted: boolean; replacements: number } {
  const text = decodeAll(bytes, 'cp949', false);
  let hangul = 0;
  let nonAscii = 0;
  let replacements = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (c >= HANGUL_FIRST && c <= HANGUL_LAST) hangul++;
    else if (c === 0xfffd) replacements++;
  }
  return { accepted: hangul > 0 && replacements <= Math.max(1, nonAscii / 100), replacements };
}

/** chardet's names mapped to labels TextDecoder knows (ISO-8859-1 is decoded as its superset windows-1252). */
function fromDetector(name: string): string {
  const lower = name.toLowerCase();
  if (lower === 'iso-8859-1') return 'windows-1252';
  if (lower === 'euc-kr') return 'cp949';
  return canonicalEncoding(lower);
}

/**
 * The encoding of bytes that are not UTF-8 (`sample` has non-ASCII bytes): CP949 trial, then chardet.
 * Used on the first sample, and on the window around a UTF-8 error found later in the file.
 */
export function guessLegacyEncoding(sample: Uint8Array): EncodingGuess {
  const trial = cp949Trial(sample);
  if (trial.accepted) {
    return trial.replacements > 0
      ? {
          encoding: 'cp949',
          source: 'cp949-trial',
          doubt: { key: 'load.encodingDoubt.cp949Replacements', params: { count: trial.replacements } },
        }
      : { encoding: 'cp949', source: 'cp949-trial' };
  }
  const best = analyse(sample)[0];
  const encoding = best ? fromDetector(best.name) : 'windows-1252';
  const confidence = best ? best.confidence : 0;
  // The bytes are not valid UTF-8 (the cascade checked), so a UTF-8 guess means damaged UTF-8, not "not UTF-8".
  if (encoding === 'utf-8') return damagedUtf8(utf8Damage(sample).replacements);
  if (!decodable(encoding))
    return { encoding, source: 'detector', unsupported: { key: 'load.encodingGuessUnsupported', params: { encoding, confidence } } };
  return { encoding, source: 'detector', doubt: { key: 'load.encodingDoubt.guessed', params: { encoding, confidence } } };
}

/** Whether a decoder here knows `encoding` (chardet also names encodings such as UTF-32 that TextDecoder does not). */
function decodable(encoding: string): boolean {
  try {
    createStreamDecoder(encoding, { fatal: false });
    return true;
  } catch {
    return false;
  }
}

/** U+FFFD from decoding `sample` as UTF-8, and its other non-ASCII characters (a cut at the sample's end is not counted). */
function utf8Damage(sample: Uint8Array): { replacements: number; valid: number } {
  const text = new TextDecoder('utf-8').decode(sample, { stream: true });
  let replacements = 0;
  let valid = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) replacements++;
    else if (c >= 0x80) valid++;
  }
  return { replacements, valid };
}

function damagedUtf8(replacements: number): EncodingGuess {
  return { encoding: 'utf-8', source: 'detector', doubt: { key: 'load.encodingDoubt.brokenUtf8', params: { count: replacements } } };
}

/**
 * UTF-8 with a few damaged bytes (a cut-and-paste, a truncated character) is still UTF-8: read as
 * CP949 or a Latin code page, all its other accented or Korean text would turn to mojibake. At most
 * one bad sequence per 100 well-formed non-ASCII characters, and at least 3 of those.
 */
function mostlyUtf8(sample: Uint8Array): EncodingGuess | undefined {
  const { replacements, valid } = utf8Damage(sample);
  return valid >= 3 && replacements <= Math.max(1, valid / 100) ? damagedUtf8(replacements) : undefined;
}

/** BOM → UTF-16 NUL pattern → strict UTF-8 → UTF-8 with rare damage → legacy guess; `binary` says why the bytes are not text. */
export function sniffEncoding(sample: Uint8Array): EncodingGuess | { binary: Note } {
  const bom = detectBom(sample);
  if (bom) return { encoding: bom.encoding, source: 'bom' };
  const utf16 = detectUtf16ByNul(sample);
  if (utf16) return { encoding: utf16, source: 'nul-pattern' };
  const binary = binaryReason(sample);
  if (binary) return { binary };
  if (!hasNonAscii(sample) || isValidUtf8Prefix(sample)) return { encoding: 'utf-8', source: 'utf-8-valid' };
  return mostlyUtf8(sample) ?? guessLegacyEncoding(sample);
}

/** A user-chosen single-byte encoding on bytes that are valid multi-byte UTF-8 would give mojibake (`cafÃ©`). */
export function userEncodingDoubt(sample: Uint8Array, encoding: string): Note | undefined {
  const name = canonicalEncoding(encoding);
  if (name === 'utf-8' || name.startsWith('utf-16') || !hasNonAscii(sample) || !isValidUtf8Prefix(sample)) return undefined;
  return { key: 'load.encodingDoubt.userSingleByte', params: { encoding: name } };
}
