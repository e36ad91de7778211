/**
 * What a column has shown while it is read: cells per kind, the first cells of each kind (for
 * warnings with line numbers), the number shapes that force text (inferType.ts rule 4), the
 * datetime layouts and zones, and what a float32 store rounded. The type is decided from this
 * evidence once the whole column is read (inferType.ts); ColumnAccumulator extends it with the
 * cells themselves, so the hot appends touch one object.
 */
import { CODE_EXPONENT, HAS_FRACTION, LEADING_ZERO, LOSSY_INTEGER, PLAIN_INTEGER } from './cells/number';
import { NUMBER } from './cells/classify';
import type { CellKind } from './cells/classify';

const SAMPLES_PER_KIND = 5;

export interface CellSample {
  readonly line: number;
  readonly value: string;
}

/** First line (1-based) where a text-forcing number shape was seen, with the cell. */
export interface ShapeNote {
  readonly line: number;
  readonly value: string;
}

export class ColumnEvidence {
  /** Cells per kind, indexed by CellKind. */
  readonly kindCounts: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  /** First cells of each kind, for invalid-cell examples and their lines. */
  readonly samples: CellSample[][] = [[], [], [], [], []];
  leadingZero: ShapeNote | undefined;
  lossyInteger: ShapeNote | undefined;
  codeExponent: ShapeNote | undefined;
  sawPlainInteger = false;
  sawFraction = false;
  /** Layout id of the first datetime (see cells/datetime.ts layoutFormat). */
  datetimeLayout: number | undefined;
  datetimeFormatsMixed = false;
  datetimeWithZone = 0;
  datetimeWithoutZone = 0;
  /**
   * Float32 storage: NUMBER cells whose value float32 changed, and the largest relative change,
   * counted as they are stored (the double is gone afterwards) for the build's precision warning.
   */
  narrowed = 0;
  narrowedWorst = 0;

  /** Whether the first NUMBER samples are taken (then appendNumber may skip pushNumber). */
  protected numberQuiet = false;
  /** Number shape flags whose first-time note (noteNumber) is still due; refreshed by noteNumberCell. */
  protected numberNotesDue = LEADING_ZERO | LOSSY_INTEGER | CODE_EXPONENT | PLAIN_INTEGER | HAS_FRACTION;

  /** E-codes (`1E5`) among plain integers and no fractions: product codes, not powers of ten (inferType.ts rule 4). */
  get readsAsCodes(): boolean {
    return this.codeExponent !== undefined && this.sawPlainInteger && !this.sawFraction;
  }

  /** Whether a cell of `kind` would still be kept as one of its kind's first samples. */
  sampleDue(kind: CellKind): boolean {
    return (this.samples[kind] as CellSample[]).length < SAMPLES_PER_KIND;
  }

  /** Whether a NUMBER cell with these shape flags needs its text (for a sample or a first shape note). */
  wantsRaw(flags: number): boolean {
    if (this.sampleDue(NUMBER)) return true;
    return (flags & LEADING_ZERO && !this.leadingZero) ||
      (flags & LOSSY_INTEGER && !this.lossyInteger) ||
      (flags & CODE_EXPONENT && !this.codeExponent)
      ? true
      : false;
  }

  /** A NUMBER cell whose float32 store changed its value, for the precision warning (also buildColumn.ts). */
  noteNarrowed(value: number, stored: number): void {
    this.narrowed++;
    // Nearly every cell of a decimal column lands here: divide only for a new largest change.
    const change = Math.abs(stored - value);
    const size = Math.abs(value);
    if (change > this.narrowedWorst * size) this.narrowedWorst = change / Math.max(size, Number.MIN_VALUE);
  }

  /** Counts a cell of `kind` and keeps it if its kind's samples are not full. */
  protected note(kind: CellKind, raw: string, line: number): void {
    this.kindCounts[kind]++;
    const samples = this.samples[kind] as CellSample[];
    if (samples.length < SAMPLES_PER_KIND) samples.push({ line, value: raw });
  }

  /** A NUMBER cell: its shape notes, its count and sample, and the hot path's caches refreshed. */
  protected noteNumberCell(flags: number, raw: string, line: number): void {
    this.noteNumber(flags, raw, line);
    this.note(NUMBER, raw, line);
    this.numberQuiet = !this.sampleDue(NUMBER);
    this.numberNotesDue =
      (this.leadingZero ? 0 : LEADING_ZERO) |
      (this.lossyInteger ? 0 : LOSSY_INTEGER) |
      (this.codeExponent ? 0 : CODE_EXPONENT) |
      (this.sawPlainInteger ? 0 : PLAIN_INTEGER) |
      (this.sawFraction ? 0 : HAS_FRACTION);
  }

  protected noteNumber(flags: number, raw: string, line: number): void {
    if (flags & LEADING_ZERO && !this.leadingZero) this.leadingZero = { line, value: raw };
    if (flags & LOSSY_INTEGER && !this.lossyInteger) this.lossyInteger = { line, value: raw };
    if (flags & CODE_EXPONENT && !this.codeExponent) this.codeExponent = { line, value: raw };
    if (flags & PLAIN_INTEGER) this.sawPlainInteger = true;
    if (flags & HAS_FRACTION) this.sawFraction = true;
  }

  protected noteDatetime(layout: number, hasZone: boolean): void {
    if (this.datetimeLayout === undefined) this.datetimeLayout = layout;
    else if (layout !== this.datetimeLayout) this.datetimeFormatsMixed = true;
    if (hasZone) this.datetimeWithZone++;
    else this.datetimeWithoutZone++;
  }

  /** Shapes that keep a numeric-looking column as text (inferType.ts rule 4). */
  protected get forcesText(): boolean {
    return this.leadingZero !== undefined || this.lossyInteger !== undefined || this.readsAsCodes;
  }
}
