/**
 * Decoder provider: the one place the loader turns bytes into text.
 *
 * The default uses the platform's `TextDecoder`, which is right in browsers and Workers. Node's
 * `TextDecoder('euc-kr')` is strict KS X 1001 rather than CP949 (windows-949), so Hangul outside
 * KS X 1001 (똠 햏 뷁) decodes wrongly; the Node side (src/node/nodeDecoders.ts) therefore
 * registers an iconv-lite factory with `setTextDecoderFactory`. Engine code never imports
 * iconv-lite, so the browser bundle never pulls it in (docs/dependencies.md, "encodings").
 */
import { loadError } from './loadMessages';

/** A streaming decoder: bytes may split multi-byte characters anywhere; `final` flushes. */
export interface StreamDecoder {
  decode(bytes: Uint8Array, final: boolean): string;
}

/**
 * Makes a decoder for a canonical encoding name (see `canonicalEncoding`), or returns undefined
 * to let the default (`TextDecoder`) handle it. `fatal` asks for an exception on invalid bytes;
 * a factory that cannot be fatal may return a replacing decoder (U+FFFD is counted and reported).
 */
export type DecoderFactory = (encoding: string, fatal: boolean) => StreamDecoder | undefined;

let factory: DecoderFactory | undefined;

/** Registers (or, with undefined, removes) the decoder factory consulted before TextDecoder. */
export function setTextDecoderFactory(next: DecoderFactory | undefined): void {
  factory = next;
}

const ALIASES: Readonly<Record<string, string>> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  'utf-8-sig': 'utf-8',
  utf16le: 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16': 'utf-16le',
  ucs2: 'utf-16le',
  'ucs-2': 'utf-16le',
  utf16be: 'utf-16be',
  'utf-16be': 'utf-16be',
  // CP949 is a superset of EUC-KR; decoding EUC-KR bytes as CP949 is always right.
  cp949: 'cp949',
  'euc-kr': 'cp949',
  euckr: 'cp949',
  'windows-949': 'cp949',
  'ks_c_5601-1987': 'cp949',
  uhc: 'cp949',
  korean: 'cp949',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  cp1252: 'windows-1252',
};

/** Lower-cased canonical name: `UTF8` → `utf-8`, `EUC-KR` → `cp949`, `latin1` → `windows-1252`. */
export function canonicalEncoding(label: string): string {
  const key = label.trim().toLowerCase();
  return ALIASES[key] ?? key;
}

/** The WHATWG label TextDecoder understands for a canonical name (`euc-kr` is windows-949 there). */
function textDecoderLabel(encoding: string): string {
  return encoding === 'cp949' ? 'euc-kr' : encoding;
}

/** The part of TextDecoder we use (declared structurally: its global type differs between lib.dom, @types/node and platform.d.ts). */
interface PlatformDecoder {
  decode(input: Uint8Array, options: { stream: boolean }): string;
}

class TextStreamDecoder implements StreamDecoder {
  constructor(private readonly decoder: PlatformDecoder) {}
  decode(bytes: Uint8Array, final: boolean): string {
    return this.decoder.decode(bytes, { stream: !final });
  }
}

/**
 * A streaming decoder for `encoding` (any label; canonicalised). The BOM, if any, is stripped.
 * Throws FitplotError ENCODING when neither the factory nor TextDecoder knows the label.
 */
export function createStreamDecoder(encoding: string, options: { fatal: boolean; fileName?: string }): StreamDecoder {
  const name = canonicalEncoding(encoding);
  const custom = factory?.(name, options.fatal);
  if (custom) return custom;
  try {
    return new TextStreamDecoder(new TextDecoder(textDecoderLabel(name), { fatal: options.fatal }));
  } catch {
    const file = options.fileName;
    throw loadError(
      'ENCODING',
      'load.encodingUnknown',
      { encoding, ...(file !== undefined && { file }) },
      file !== undefined ? { file } : {},
    );
  }
}

/** Decodes a whole (small) buffer, e.g. a detection sample. */
export function decodeAll(bytes: Uint8Array, encoding: string, fatal: boolean): string {
  return createStreamDecoder(encoding, { fatal }).decode(bytes, true);
}
