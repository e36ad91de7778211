/**
 * Number cells by a single character scan (no regex per cell). Accepts: optional sign, digits with
 * an optional decimal separator, an optional exponent (`1e5`, `2.5E-3`), `NaN`, `Inf`, `Infinity`
 * (any case, signed), and thousands grouping when it is unambiguous: groups of exactly three digits
 * after a first group of one to three (`1,234.5`, and `1.234,5` / `1 234,5` with a decimal comma).
 * The scan also reports shape flags used by the column rules in ../inferType.ts.
 */

/** `007`, `-01`, `00.5`: a zero followed by another digit before the decimal separator. */
export const LEADING_ZERO = 1;
/** Digits only (optional sign): an integer as written. */
export const PLAIN_INTEGER = 2;
/** A decimal separator or a signed/decimal exponent: clearly a measurement, not a code. */
export const HAS_FRACTION = 4;
/** `1E5`, `12e3`: an unsigned integer mantissa with an unsigned exponent — may be a code, not a number. */
export const CODE_EXPONENT = 8;
/** An integer above 2^53 − 1: a float would change its digits (IDs, barcodes, card numbers). */
export const LOSSY_INTEGER = 16;

export class NumberScanner {
  /** Shape flags of the last successful scan. */
  flags = 0;

  constructor(private readonly decimalComma: boolean) {}

  /**
   * The value of `s` (already trimmed), or undefined when it is not a number. With a decimal comma,
   * a dot is a thousands separator when the groups fit (`1.234,5`, `1.234`), else a decimal point
   * (`1.5`, `0.250`), so files that mix both conventions still read.
   */
  scan(s: string): number | undefined {
    const value = this.scanWith(s, this.decimalComma);
    if (value !== undefined || !this.decimalComma || s.indexOf(',') !== -1) return value;
    return this.scanWith(s, false);
  }

  private scanWith(s: string, decimalComma: boolean): number | undefined {
    const n = s.length;
    let i = 0;
    let c = s.charCodeAt(0);
    const signed = c === 0x2b || c === 0x2d;
    if (signed) c = s.charCodeAt(++i);
    if (i >= n) return undefined;
    if (c > 0x39) return this.special(s, i, signed && s.charCodeAt(0) === 0x2d);

    const decimal = decimalComma ? 0x2c : 0x2e;
    const group = decimalComma ? 0x2e : 0x2c;
    let intDigits = 0;
    let firstDigit = -1;
    let grouped = false;
    let groupRun = 0;
    let spaceGrouped = false;
    for (; i < n; i++) {
      c = s.charCodeAt(i);
      if (c >= 0x30 && c <= 0x39) {
        if (firstDigit < 0) firstDigit = c;
        intDigits++;
        groupRun++;
      } else if (c === group || (decimalComma && (c === 0x20 || c === 0xa0 || c === 0x202f))) {
        // Groups: 1–3 digits not starting with 0, then exactly 3 digits each (`0,5` is not 5).
        if (intDigits === 0 || firstDigit === 0x30 || (grouped ? groupRun !== 3 : groupRun > 3)) return undefined;
        if (c !== group) spaceGrouped = true;
        grouped = true;
        groupRun = 0;
      } else break;
    }
    if (grouped && groupRun !== 3) return undefined;
    let fracDigits = 0;
    let hasDecimal = false;
    if (i < n && c === decimal) {
      hasDecimal = true;
      for (i++; i < n; i++) {
        c = s.charCodeAt(i);
        if (c >= 0x30 && c <= 0x39) fracDigits++;
        else break;
      }
    }
    if (intDigits + fracDigits === 0) return undefined;
    let hasExp = false;
    let expSigned = false;
    if (i < n && (c === 0x65 || c === 0x45)) {
      hasExp = true;
      c = s.charCodeAt(++i);
      if (c === 0x2b || c === 0x2d) {
        expSigned = true;
        i++;
      }
      let expDigits = 0;
      for (; i < n; i++) {
        c = s.charCodeAt(i);
        if (c >= 0x30 && c <= 0x39) expDigits++;
        else break;
      }
      if (expDigits === 0) return undefined;
    }
    if (i !== n) return undefined;

    let flags = 0;
    if (intDigits >= 2 && firstDigit === 0x30 && !grouped) flags |= LEADING_ZERO;
    if (hasDecimal || (hasExp && expSigned)) flags |= HAS_FRACTION;
    if (!hasDecimal && !hasExp && !grouped) flags |= PLAIN_INTEGER;
    if (hasExp && !hasDecimal && !expSigned && !signed && !grouped) flags |= CODE_EXPONENT;
    const text = grouped || (hasDecimal && decimalComma) ? this.normalise(s, decimal, spaceGrouped) : s;
    const value = Number(text);
    if (!hasDecimal && !hasExp && !Number.isSafeInteger(value)) flags |= LOSSY_INTEGER;
    this.flags = flags;
    return value;
  }

  /** `NaN`, `Inf`, `Infinity` in any case, after an optional sign. */
  private special(s: string, from: number, negative: boolean): number | undefined {
    const word = s.slice(from).toLowerCase();
    if (word === 'nan') {
      this.flags = HAS_FRACTION;
      return NaN;
    }
    if (word === 'inf' || word === 'infinity') {
      this.flags = HAS_FRACTION;
      return negative ? -Infinity : Infinity;
    }
    return undefined;
  }

  /** Removes grouping and makes the decimal separator a dot, for Number(). Rare path. */
  private normalise(s: string, decimal: number, spaceGrouped: boolean): string {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === decimal) out += '.';
      else if ((c === 0x2c || c === 0x2e) && c !== decimal) continue;
      else if (spaceGrouped && (c === 0x20 || c === 0xa0 || c === 0x202f)) continue;
      else out += s[i];
    }
    return out;
  }
}
