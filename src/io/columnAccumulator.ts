/**
 * Streaming evidence and storage for one column, so types can be decided from the WHOLE column
 * at the end without keeping every string.
 *
 * It starts in dictionary mode: each distinct raw string is classified and parsed once and
 * stored with its kind and value; cells are Int32 codes. Low-cardinality columns (categories,
 * booleans, small integers) stay in this mode: 4 bytes per cell, one Map lookup, no re-parsing.
 * When the dictionary passes DICTIONARY_LIMIT distinct strings while the column still looks typed,
 * the strings are dropped and the column switches to typed mode: a Float64Array of parsed values
 * plus a Uint8Array of cell kinds (9 bytes per cell). If such a column must nevertheless become
 * text, loadTable re-reads the source for it (correct always, fast in the common case). How the
 * arrays are sized and grown: columnArrays.ts.
 */
import { MISSING, NUMBER, OTHER, DATETIME } from './cells/classify';
import type { CellClassifier, CellKind } from './cells/classify';
import type { ColumnStorage } from './columnArrays';
import { TypedCells } from './typedCells';

/** Distinct strings kept before a typed-looking column drops them (~ a few MB at most per column). */
export const DICTIONARY_LIMIT = 1 << 16;

/**
 * One column's cells and evidence. The layers: ColumnEvidence (what the column has shown) ←
 * TypedCells (typed mode, the byte fast path's appends) ← this class (dictionary mode, the switch).
 */
export class ColumnAccumulator extends TypedCells {
  // Dictionary mode (null after the switch to typed mode).
  dictionary: Map<string, number> | null = new Map();
  strings: string[] = [];
  /** Kind and parsed value of each dictionary string (exported and merged by ./partialColumn.ts). */
  entryKind: CellKind[] = [];
  entryValue: number[] = [];
  codes: Int32Array | null;
  private nextCheck = DICTIONARY_LIMIT;

  constructor(
    private readonly classifier: CellClassifier,
    /** Keep strings whatever happens (columns forced to text/category, or the re-read pass). */
    private readonly keepStrings: boolean,
    /** Estimated row count (see above); undefined when unknown. */
    expectedRows?: number,
    storage: ColumnStorage = {},
  ) {
    super(expectedRows, storage);
    this.codes = this.arrays.allocate(Int32Array, this.arrays.initialCapacity());
  }

  get hasStrings(): boolean {
    return this.dictionary !== null;
  }

  /** Appends one cell read from source line `line`. */
  push(raw: string, line: number): void {
    const i = this.length++;
    if (this.dictionary !== null) this.pushCoded(raw, line, i);
    else this.pushTyped(raw, line, i);
  }

  /** Appends a missing cell (a row with too few fields). */
  pushMissing(): void {
    const i = this.length++;
    this.kindCounts[MISSING]++;
    if (this.codes !== null) {
      if (i >= this.codes.length) this.codes = this.arrays.grown(this.codes);
      this.codes[i] = -1;
    } else {
      this.ensureTyped(i);
      (this.values as Float64Array | Float32Array)[i] = NaN;
      (this.kinds as Uint8Array)[i] = MISSING;
    }
  }

  /** Drops the stored cells once the column has been built, so building the next column does not add to the peak. */
  release(): void {
    this.dictionary = null;
    this.codes = null;
    this.values = null;
    this.kinds = null;
    this.strings = [];
    this.entryKind = [];
    this.entryValue = [];
  }

  /** Kind and value of cell `i`, in either mode. */
  kindAt(i: number): CellKind {
    if (this.kinds !== null) return this.kinds[i] as CellKind;
    const code = (this.codes as Int32Array)[i] as number;
    return code < 0 ? MISSING : (this.entryKind[code] as CellKind);
  }

  valueAt(i: number): number {
    if (this.values !== null) return this.values[i] as number;
    const code = (this.codes as Int32Array)[i] as number;
    return code < 0 ? NaN : (this.entryValue[code] as number);
  }

  private pushCoded(raw: string, line: number, i: number): void {
    let codes = this.codes as Int32Array;
    if (i >= codes.length) this.codes = codes = this.arrays.grown(codes);
    let code = (this.dictionary as Map<string, number>).get(raw);
    if (code === undefined) {
      const kind = this.classifier.classify(raw);
      if (kind === MISSING) {
        codes[i] = -1;
        this.note(MISSING, raw, line);
        return;
      }
      this.noteShape(kind, raw, line);
      code = this.strings.length;
      (this.dictionary as Map<string, number>).set(raw, code);
      this.strings.push(raw);
      this.entryKind.push(kind);
      this.entryValue.push(kind === OTHER ? NaN : this.classifier.value);
    }
    codes[i] = code;
    this.note(this.entryKind[code] as CellKind, raw, line);
    if (this.strings.length >= this.nextCheck) this.maybeDropStrings();
  }

  /**
   * Tries the switch to typed mode after `limit` distinct strings instead of DICTIONARY_LIMIT. The
   * byte fast path uses a lower limit: its numbers parse from bytes faster than a dictionary lookup,
   * and the built column is the same whenever the switch happens (see buildColumn.ts).
   */
  useDictionaryLimit(limit: number): void {
    this.nextCheck = limit;
  }

  /** Whether pushKnown(code, …) needs the cell's text (for one of the first samples of its kind). */
  wantsSample(code: number): boolean {
    return this.sampleDue(code < 0 ? MISSING : (this.entryKind[code] as CellKind));
  }

  /**
   * Byte fast path (./fast): a cell whose dictionary code (≥ 0, or -1 for a missing token) the
   * caller already knows from the same bytes seen earlier; `raw` is its text when wantsSample(code)
   * says so. Same effect as push(raw, line) in dictionary mode.
   */
  pushKnown(code: number, raw: string, line: number): void {
    const i = this.length++;
    let codes = this.codes as Int32Array;
    if (i >= codes.length) this.codes = codes = this.arrays.grown(codes);
    codes[i] = code;
    this.note(code < 0 ? MISSING : (this.entryKind[code] as CellKind), raw, line);
    if (this.strings.length >= this.nextCheck) this.maybeDropStrings();
  }

  /** Code of cell `i` in dictionary mode (-1 for missing). */
  codeAt(i: number): number {
    return (this.codes as Int32Array)[i] as number;
  }

  private pushTyped(raw: string, line: number, i: number): void {
    this.ensureTyped(i);
    const kind = this.classifier.classify(raw);
    if (kind !== MISSING && kind !== OTHER) this.noteShape(kind, raw, line);
    (this.kinds as Uint8Array)[i] = kind;
    if (kind === NUMBER) this.storeNumber(i, this.classifier.value);
    else (this.values as Float64Array | Float32Array)[i] = kind === MISSING || kind === OTHER ? NaN : this.classifier.value;
    this.note(kind, raw, line);
  }

  /** Records the shape evidence of a newly seen typed string. */
  private noteShape(kind: CellKind, raw: string, line: number): void {
    if (kind === NUMBER) this.noteNumber(this.classifier.numbers.flags, raw, line);
    else if (kind === DATETIME) this.noteDatetime(this.classifier.dates.layout, this.classifier.dates.hasZone);
  }

  /** Text-forcing shapes (leading zeros, lossy integers, E-codes) or too much plain text mean "keep the strings". */
  private looksTyped(): boolean {
    const typed = this.length - this.kindCounts[MISSING] - this.kindCounts[OTHER];
    return !this.keepStrings && !this.forcesText && this.kindCounts[OTHER] * 20 <= typed;
  }

  private maybeDropStrings(): void {
    if (!this.looksTyped()) {
      this.nextCheck *= 2;
      return;
    }
    const n = this.length;
    const capacity = (this.codes as Int32Array).length;
    const values = this.newValues(capacity);
    const kinds = this.arrays.allocate(Uint8Array, capacity);
    this.values = values;
    this.kinds = kinds;
    this.storeCoded(0, this.codes as Int32Array, n, this.entryKind, this.entryValue);
    this.dictionary = null;
    this.codes = null;
    this.strings = [];
    this.entryKind = [];
    this.entryValue = [];
  }
}
