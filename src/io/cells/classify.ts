/**
 * What one cell looks like: missing, number, boolean, datetime or other text — decided by a
 * character test on its first byte and at most one fixed-width scan (no regex per cell).
 */
import { parseBoolean } from './boolean';
import { DatetimeScanner } from './datetime';
import { NumberScanner } from './number';

export const MISSING = 0;
export const NUMBER = 1;
export const BOOLEAN = 2;
export const DATETIME = 3;
export const OTHER = 4;
export type CellKind = typeof MISSING | typeof NUMBER | typeof BOOLEAN | typeof DATETIME | typeof OTHER;

/** Default missing tokens (issue 2): empty, NA, N/A, NaN, null, NULL, `-`. Cells are trimmed first. */
export const DEFAULT_MISSING_TOKENS: readonly string[] = ['', 'NA', 'N/A', 'NaN', 'null', 'NULL', '-'];

function needsTrim(s: string): boolean {
  return s.charCodeAt(0) <= 0x20 || s.charCodeAt(s.length - 1) <= 0x20 || s.charCodeAt(0) === 0xa0 || s.charCodeAt(s.length - 1) === 0xa0;
}

export class CellClassifier {
  readonly numbers: NumberScanner;
  readonly dates = new DatetimeScanner();
  private readonly missing: ReadonlySet<string>;
  private readonly longestMissing: number;
  /** The parsed value of the last NUMBER/BOOLEAN/DATETIME cell (epoch ms for datetimes, 0/1 for booleans). */
  value = NaN;

  constructor(decimalComma: boolean, missingTokens: readonly string[] = DEFAULT_MISSING_TOKENS) {
    this.numbers = new NumberScanner(decimalComma);
    this.missing = new Set(missingTokens.map((t) => t.trim()));
    this.longestMissing = Math.max(0, ...missingTokens.map((t) => t.trim().length));
  }

  /** The kind of `raw`; the value (when typed) is left in `this.value`, shape details in the scanners. */
  classify(raw: string): CellKind {
    if (raw.length === 0) return MISSING;
    const s = needsTrim(raw) ? raw.trim() : raw;
    if (s.length === 0) return MISSING;
    if (s.length <= this.longestMissing && this.missing.has(s)) return MISSING;
    const c = s.charCodeAt(0);
    if (c >= 0x30 && c <= 0x39) {
      if (s.length >= 10) {
        const t = this.dates.scan(s);
        if (t !== undefined) {
          this.value = t;
          return DATETIME;
        }
      }
      return this.number(s);
    }
    if (c === 0x2b || c === 0x2d || c === 0x2e) return this.number(s);
    const b = parseBoolean(s);
    if (b !== undefined) {
      this.value = b;
      return BOOLEAN;
    }
    // NaN / Inf / Infinity spelled out (when NaN is not a missing token).
    if (c === 0x4e || c === 0x6e || c === 0x49 || c === 0x69) return this.number(s);
    return OTHER;
  }

  private number(s: string): CellKind {
    const v = this.numbers.scan(s);
    if (v === undefined) return OTHER;
    this.value = v;
    return NUMBER;
  }
}
