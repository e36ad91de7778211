/**
 * Number cells straight from ASCII bytes, for the byte fast path (./fastPass.ts). Accepts only the
 * plain shape `[+-]digits[.digits][(e|E)[+-]digits]` (at least one mantissa digit); anything else
 * (NaN, Inf, grouping, spaces, …) is left to the general classifier on the cell's text. For the
 * shapes it accepts, the value and the shape flags equal NumberScanner's (../cells/number.ts):
 * the value is correctly rounded like Number(text).
 *
 * Exactness (Clinger, "How to read floating point numbers accurately", PLDI 1990, the fast path):
 * when the decimal mantissa m < 2^53 (≤ 15 significant digits here) and |e| ≤ 22, both m and 10^|e|
 * are exact doubles, so one IEEE multiplication or division m·10^e, m/10^-e is correctly rounded.
 * Outside that range the cell's text goes through Number(), exactly as the general path does.
 */
import { CODE_EXPONENT, HAS_FRACTION, LEADING_ZERO, LOSSY_INTEGER, PLAIN_INTEGER } from '../cells/number';

/** 10^0 … 10^22, all exact doubles. */
const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
const MAX_SIG_DIGITS = 15;
const LF = 0x0a;
const CR = 0x0d;

/** Result of the last successful parseNumberBytes: value, shape flags and where the cell ends. */
export const parsed = { value: 0, flags: 0, end: 0 };

/**
 * Code units passed to one String.fromCharCode call: every argument takes a stack slot, so a whole
 * long cell (≈ 128 KiB and up) at once overflows the stack; longer cells are built in pieces.
 */
const ASCII_PIECE = 8192;

function ascii(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= ASCII_PIECE) return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
  const pieces: string[] = [];
  for (let at = start; at < end; at += ASCII_PIECE) {
    pieces.push(String.fromCharCode.apply(null, bytes.subarray(at, Math.min(end, at + ASCII_PIECE)) as unknown as number[]));
  }
  return pieces.join('');
}

/**
 * The common shape only — `[-]digits[.digits]`, at most 15 digits, ending where parseNumberBytes
 * lets a cell end — into `parsed`, with the same value and flags parseNumberBytes gives it; false for
 * anything else (the caller then tries parseNumberBytes). Small enough for V8 to inline into the
 * row scanner, where nearly every cell of a sensor log goes. Value: the digits as an exact integer
 * m < 10^15 < 2^53 divided by the exact 10^fractionDigits, one correctly rounded operation as in
 * parseNumberBytes (leading zeros add nothing to m, so m is the same).
 */
export function parsePlainDecimal(bytes: Uint8Array, start: number, limit: number, delimiter: number): boolean {
  let i = start;
  let c = bytes[i] as number;
  const negative = c === 0x2d;
  if (negative) c = bytes[++i] as number;
  const first = i;
  let m = 0;
  while (c >= 0x30 && c <= 0x39 && i < limit) {
    m = m * 10 + (c - 0x30);
    c = bytes[++i] as number;
  }
  const intDigits = i - first;
  let fracDigits = 0;
  if (c === 0x2e && i < limit) {
    c = bytes[++i] as number;
    const fracStart = i;
    while (c >= 0x30 && c <= 0x39 && i < limit) {
      m = m * 10 + (c - 0x30);
      c = bytes[++i] as number;
    }
    fracDigits = i - fracStart;
    if (fracDigits === 0) return false;
  } else if (intDigits === 0) return false;
  if ((i !== limit && c !== delimiter && c !== LF && c !== CR) || intDigits + fracDigits > MAX_SIG_DIGITS) return false;
  const magnitude = fracDigits === 0 ? m : m / (POW10[fracDigits] as number);
  parsed.value = negative ? -magnitude : magnitude;
  parsed.flags = (fracDigits === 0 ? PLAIN_INTEGER : HAS_FRACTION) | (intDigits >= 2 && bytes[first] === 0x30 ? LEADING_ZERO : 0);
  parsed.end = i;
  return true;
}

/**
 * Parses the cell starting at `start` into `parsed`: it ends at `limit`, or at the first `delimiter`
 * (-1: none), LF or CR byte, so the row scanner need not find the cell's or the line's end first.
 * False when the cell is not of the plain shape above.
 */
export function parseNumberBytes(bytes: Uint8Array, start: number, limit: number, delimiter: number): boolean {
  const end = limit;
  let i = start;
  let c = bytes[i] as number;
  const signed = c === 0x2b || c === 0x2d;
  const negative = c === 0x2d;
  if (signed) c = bytes[++i] as number;
  if (i >= end) return false;
  let mantissa = 0;
  let sig = 0;
  let intDigits = 0;
  const firstDigit = c;
  for (; i < end; i++) {
    c = bytes[i] as number;
    if (c < 0x30 || c > 0x39) break;
    intDigits++;
    if (sig > 0 || c !== 0x30) {
      sig++;
      mantissa = mantissa * 10 + (c - 0x30);
    }
  }
  let fracDigits = 0;
  let hasDecimal = false;
  if (i < end && c === 0x2e) {
    hasDecimal = true;
    for (i++; i < end; i++) {
      c = bytes[i] as number;
      if (c < 0x30 || c > 0x39) break;
      fracDigits++;
      if (sig > 0 || c !== 0x30) {
        sig++;
        mantissa = mantissa * 10 + (c - 0x30);
      }
    }
  }
  if (intDigits + fracDigits === 0) return false;
  let hasExp = false;
  let expSigned = false;
  let expNegative = false;
  let exp = 0;
  let expDigits = 0;
  if (i < end && (c === 0x65 || c === 0x45)) {
    hasExp = true;
    c = bytes[++i] as number;
    if (i < end && (c === 0x2b || c === 0x2d)) {
      expSigned = true;
      expNegative = c === 0x2d;
      i++;
    }
    for (; i < end; i++) {
      c = bytes[i] as number;
      if (c < 0x30 || c > 0x39) break;
      expDigits++;
      if (expDigits <= 6) exp = exp * 10 + (c - 0x30);
    }
    if (expDigits === 0) return false;
  }
  const next = bytes[i] as number;
  if (i !== end && next !== delimiter && next !== LF && next !== CR) return false;
  const cellEnd = i;

  const e10 = (expNegative ? -exp : exp) - fracDigits;
  let value: number;
  if (sig === 0) value = negative ? -0 : 0;
  else if (sig <= MAX_SIG_DIGITS && expDigits <= 6 && e10 >= -22 && e10 <= 22) {
    const magnitude = e10 >= 0 ? mantissa * (POW10[e10] as number) : mantissa / (POW10[-e10] as number);
    value = negative ? -magnitude : magnitude;
  } else value = Number(ascii(bytes, start, cellEnd));

  // Shape flags exactly as NumberScanner.scanWith sets them for an ungrouped, dot-decimal number.
  let flags = 0;
  if (intDigits >= 2 && firstDigit === 0x30) flags |= LEADING_ZERO;
  if (hasDecimal || (hasExp && expSigned)) flags |= HAS_FRACTION;
  if (!hasDecimal && !hasExp) flags |= PLAIN_INTEGER;
  if (hasExp && !hasDecimal && !expSigned && !signed) flags |= CODE_EXPONENT;
  if (!hasDecimal && !hasExp && !Number.isSafeInteger(value)) flags |= LOSSY_INTEGER;
  parsed.value = value;
  parsed.flags = flags;
  parsed.end = cellEnd;
  return true;
}

export { ascii as asciiString };
