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
 * text, loadTable re-reads the source for it (correct always, fast in the common case).
 *
 * Capacity: when loadTable can estimate the row count (file size ÷ bytes per row of the sample),
 * every array starts at that capacity and grows by 1.25× if the estimate was short, so a large
 * column is neither copied on the way (doubling copies up to 2× its size) nor at the end: the
 * built column is a view of it when the unused tail is small (buildColumn.ts, fit). Without an
 * estimate (small files read whole in the sample, streams of unknown size) arrays start small and
 * double.
 */
import { CODE_EXPONENT, HAS_FRACTION, LEADING_ZERO, LOSSY_INTEGER, PLAIN_INTEGER } from './cells/number';
import { MISSING, NUMBER, OTHER, DATETIME } from './cells/classify';
import type { CellClassifier, CellKind } from './cells/classify';

/** Distinct strings kept before a typed-looking column drops them (~ a few MB at most per column). */
export const DICTIONARY_LIMIT = 1 << 16;
const INITIAL_CAPACITY = 1024;
const SAMPLES_PER_KIND = 5;

export interface CellSample {
  readonly line: number;
  readonly value: string;
}

/** First line (1-based) where a text-forcing number shape was seen, with the cell. */
/** The arrays an accumulator keeps cells in, and their constructors. */
type CellArray = Float64Array | Float32Array | Int32Array | Uint8Array;
interface CellArrayType<T extends CellArray> {
  new (length: number): T;
  new (buffer: SharedArrayBuffer): T;
  readonly BYTES_PER_ELEMENT: number;
}

/** How an accumulator stores its cells. */
export interface ColumnStorage {
  /**
   * Store typed-mode values as float32 (LoadOptions.float32), so the load's peak memory holds 4
   * bytes per number, not 8. Not for a column that has shown datetimes (epoch ms need doubles).
   */
  readonly float32?: boolean;
  /** Arrays in SharedArrayBuffers (LoadOptions.sharedMemory), for tables other threads read. */
  readonly shared?: boolean;
}

export interface ShapeNote {
  readonly line: number;
  readonly value: string;
}

export class ColumnAccumulator {
  length = 0;
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

  // Dictionary mode (null after the switch to typed mode).
  dictionary: Map<string, number> | null = new Map();
  strings: string[] = [];
  /** Kind and parsed value of each dictionary string (exported and merged by ./partialColumn.ts). */
  entryKind: CellKind[] = [];
  entryValue: number[] = [];
  codes: Int32Array | null;
  private nextCheck = DICTIONARY_LIMIT;

  // Typed mode.
  /** Float32Array when the load asked for float32 and the column had shown no datetime when it went typed. */
  values: Float64Array | Float32Array | null = null;
  kinds: Uint8Array | null = null;
  /**
   * Float32 storage: NUMBER cells whose value float32 changed, and the largest relative change,
   * counted as they are stored (the double is gone afterwards) for the build's precision warning.
   */
  narrowed = 0;
  narrowedWorst = 0;

  /** Whether the first NUMBER samples are taken (then appendNumber may skip pushNumber). */
  private numberQuiet = false;
  /** Number shape flags whose first-time note (noteNumber) is still due; refreshed by pushNumber. */
  private numberNotesDue = LEADING_ZERO | LOSSY_INTEGER | CODE_EXPONENT | PLAIN_INTEGER | HAS_FRACTION;

  constructor(
    private readonly classifier: CellClassifier,
    /** Keep strings whatever happens (columns forced to text/category, or the re-read pass). */
    private readonly keepStrings: boolean,
    /** Estimated row count (see above); undefined when unknown. */
    private readonly expectedRows?: number,
    private readonly storage: ColumnStorage = {},
  ) {
    this.codes = this.allocate(Int32Array, this.initialCapacity());
  }

  /** A new array of `length`, in a SharedArrayBuffer when the storage says so. */
  allocate<T extends CellArray>(type: CellArrayType<T>, length: number): T {
    return this.storage.shared === true ? new type(new SharedArrayBuffer(length * type.BYTES_PER_ELEMENT)) : new type(length);
  }

  private initialCapacity(): number {
    return this.expectedRows === undefined ? INITIAL_CAPACITY : Math.max(INITIAL_CAPACITY, this.expectedRows);
  }

  /** The capacity this accumulator's arrays reach after n appends (the growth rule below), for merged parts. */
  capacityFor(n: number): number {
    let capacity = this.initialCapacity();
    while (capacity < n) capacity = this.expectedRows === undefined ? capacity * 2 : Math.ceil(capacity * 1.25);
    return capacity;
  }

  /** Doubling keeps appends amortised O(1); past an estimate, 1.25× does (and wastes less). */
  private grown<T extends CellArray>(array: T): T {
    const length = this.expectedRows === undefined ? array.length * 2 : Math.ceil(array.length * 1.25);
    const next = this.allocate(array.constructor as unknown as CellArrayType<T>, length);
    next.set(array);
    return next;
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
      if (i >= this.codes.length) this.codes = this.grown(this.codes);
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
    if (i >= codes.length) this.codes = codes = this.grown(codes);
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
    return (this.samples[code < 0 ? MISSING : (this.entryKind[code] as CellKind)] as CellSample[]).length < SAMPLES_PER_KIND;
  }

  /**
   * Byte fast path (./fast): a cell whose dictionary code (≥ 0, or -1 for a missing token) the
   * caller already knows from the same bytes seen earlier; `raw` is its text when wantsSample(code)
   * says so. Same effect as push(raw, line) in dictionary mode.
   */
  pushKnown(code: number, raw: string, line: number): void {
    const i = this.length++;
    let codes = this.codes as Int32Array;
    if (i >= codes.length) this.codes = codes = this.grown(codes);
    codes[i] = code;
    this.note(code < 0 ? MISSING : (this.entryKind[code] as CellKind), raw, line);
    if (this.strings.length >= this.nextCheck) this.maybeDropStrings();
  }

  /** Code of cell `i` in dictionary mode (-1 for missing). */
  codeAt(i: number): number {
    return (this.codes as Int32Array)[i] as number;
  }

  /** Whether pushNumber needs the cell's text (for a sample or a first shape note). */
  wantsRaw(flags: number): boolean {
    if ((this.samples[NUMBER] as CellSample[]).length < SAMPLES_PER_KIND) return true;
    return (flags & LEADING_ZERO && !this.leadingZero) ||
      (flags & LOSSY_INTEGER && !this.lossyInteger) ||
      (flags & CODE_EXPONENT && !this.codeExponent)
      ? true
      : false;
  }

  /**
   * Byte fast path, typed mode: a NUMBER cell parsed from bytes with the same value and shape flags
   * the classifier gives its text. `raw` is needed only when wantsRaw(flags) says so.
   */
  pushNumber(value: number, flags: number, raw: string, line: number): void {
    const i = this.length++;
    this.ensureTyped(i);
    this.noteNumber(flags, raw, line);
    (this.kinds as Uint8Array)[i] = NUMBER;
    this.storeNumber(i, value);
    this.note(NUMBER, raw, line);
    this.numberQuiet = (this.samples[NUMBER] as CellSample[]).length >= SAMPLES_PER_KIND;
    this.numberNotesDue =
      (this.leadingZero ? 0 : LEADING_ZERO) |
      (this.lossyInteger ? 0 : LOSSY_INTEGER) |
      (this.codeExponent ? 0 : CODE_EXPONENT) |
      (this.sawPlainInteger ? 0 : PLAIN_INTEGER) |
      (this.sawFraction ? 0 : HAS_FRACTION);
  }

  /**
   * The byte fast path's hot calls (./fast/rowScanner.ts): append a cell when doing so needs
   * nothing but a store and a count — typed mode with room left, the kind's samples already taken
   * and no first-time shape note due. They return false, appending nothing, otherwise; the caller
   * then makes the full call (pushNumber, pushDatetime, push), which has the same effect plus the
   * note. Per-cell work is most of a large load, so these skip every per-cell check they can.
   */
  appendNumber(value: number, flags: number): boolean {
    const i = this.length;
    const values = this.values;
    if (values === null || i >= values.length || !this.numberQuiet || (flags & this.numberNotesDue) !== 0) return false;
    this.length = i + 1;
    this.storeNumber(i, value);
    (this.kinds as Uint8Array)[i] = NUMBER;
    this.kindCounts[NUMBER]++;
    return true;
  }

  appendDatetime(value: number, layout: number, hasZone: boolean): boolean {
    const i = this.length;
    const values = this.values;
    if (
      values === null ||
      i >= values.length ||
      layout !== this.datetimeLayout ||
      (this.samples[DATETIME] as CellSample[]).length < SAMPLES_PER_KIND
    )
      return false;
    this.length = i + 1;
    values[i] = value;
    (this.kinds as Uint8Array)[i] = DATETIME;
    this.kindCounts[DATETIME]++;
    if (hasZone) this.datetimeWithZone++;
    else this.datetimeWithoutZone++;
    return true;
  }

  /** An empty cell (always MISSING, see cells/classify.ts). */
  appendEmpty(): boolean {
    const i = this.length;
    const values = this.values;
    if (values === null || i >= values.length || (this.samples[MISSING] as CellSample[]).length < SAMPLES_PER_KIND) return false;
    this.length = i + 1;
    values[i] = NaN;
    (this.kinds as Uint8Array)[i] = MISSING;
    this.kindCounts[MISSING]++;
    return true;
  }

  /** Whether pushDatetime needs the cell's text (for one of the first samples). */
  wantsDatetimeSample(): boolean {
    return (this.samples[DATETIME] as CellSample[]).length < SAMPLES_PER_KIND;
  }

  /** Byte fast path, typed mode: a DATETIME cell parsed from bytes exactly as the classifier parses its text. */
  pushDatetime(value: number, layout: number, hasZone: boolean, raw: string, line: number): void {
    const i = this.length++;
    this.ensureTyped(i);
    this.noteDatetime(layout, hasZone);
    (this.kinds as Uint8Array)[i] = DATETIME;
    (this.values as Float64Array | Float32Array)[i] = value;
    this.note(DATETIME, raw, line);
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

  private note(kind: CellKind, raw: string, line: number): void {
    this.kindCounts[kind]++;
    const samples = this.samples[kind] as CellSample[];
    if (samples.length < SAMPLES_PER_KIND) samples.push({ line, value: raw });
  }

  /** Records the shape evidence of a newly seen typed string. */
  private noteShape(kind: CellKind, raw: string, line: number): void {
    if (kind === NUMBER) this.noteNumber(this.classifier.numbers.flags, raw, line);
    else if (kind === DATETIME) this.noteDatetime(this.classifier.dates.layout, this.classifier.dates.hasZone);
  }

  private noteDatetime(layout: number, hasZone: boolean): void {
    if (this.datetimeLayout === undefined) this.datetimeLayout = layout;
    else if (layout !== this.datetimeLayout) this.datetimeFormatsMixed = true;
    if (hasZone) this.datetimeWithZone++;
    else this.datetimeWithoutZone++;
  }

  private noteNumber(flags: number, raw: string, line: number): void {
    if (flags & LEADING_ZERO && !this.leadingZero) this.leadingZero = { line, value: raw };
    if (flags & LOSSY_INTEGER && !this.lossyInteger) this.lossyInteger = { line, value: raw };
    if (flags & CODE_EXPONENT && !this.codeExponent) this.codeExponent = { line, value: raw };
    if (flags & PLAIN_INTEGER) this.sawPlainInteger = true;
    if (flags & HAS_FRACTION) this.sawFraction = true;
  }

  /** Text-forcing shapes (leading zeros, lossy integers, E-codes) or too much plain text mean "keep the strings". */
  private looksTyped(): boolean {
    const typed = this.length - this.kindCounts[MISSING] - this.kindCounts[OTHER];
    const codes = this.codeExponent !== undefined && this.sawPlainInteger && !this.sawFraction;
    return !this.keepStrings && !this.leadingZero && !this.lossyInteger && !codes && this.kindCounts[OTHER] * 20 <= typed;
  }

  private maybeDropStrings(): void {
    if (!this.looksTyped()) {
      this.nextCheck *= 2;
      return;
    }
    const n = this.length;
    const capacity = (this.codes as Int32Array).length;
    const values = this.newValues(capacity);
    const kinds = this.allocate(Uint8Array, capacity);
    this.values = values;
    this.kinds = kinds;
    this.storeCoded(0, this.codes as Int32Array, n, this.entryKind, this.entryValue);
    this.dictionary = null;
    this.codes = null;
    this.strings = [];
    this.entryKind = [];
    this.entryValue = [];
  }

  /** Typed-mode value storage: float32 when asked for, unless the column has shown datetimes. */
  private newValues(capacity: number): Float64Array | Float32Array {
    return this.storage.float32 === true && this.kindCounts[DATETIME] === 0
      ? this.allocate(Float32Array, capacity)
      : this.allocate(Float64Array, capacity);
  }

  /**
   * Stores a NUMBER cell's value (typed mode), counting what a float32 store changed; the check
   * costs next to nothing with Float64 storage. Also used by the merge of parts (./partialColumn.ts).
   */
  storeNumber(i: number, value: number): void {
    const values = this.values as Float64Array | Float32Array;
    values[i] = value;
    if (values[i] !== value && value === value) this.noteNarrowed(value, values[i] as number);
  }

  /**
   * Typed mode: cells [at, at + count) from dictionary codes (-1 missing) and their entries' kinds
   * and values — the switch to typed mode, and the merge of a part still in dictionary mode.
   */
  storeCoded(at: number, codes: Int32Array, count: number, entryKind: readonly CellKind[], entryValue: readonly number[]): void {
    const values = this.values as Float64Array | Float32Array;
    const kinds = this.kinds as Uint8Array;
    for (let i = 0; i < count; i++, at++) {
      const code = codes[i] as number;
      const kind = code < 0 ? MISSING : (entryKind[code] as CellKind);
      const value = code < 0 ? NaN : (entryValue[code] as number);
      kinds[at] = kind;
      if (kind === NUMBER) this.storeNumber(at, value);
      else values[at] = value;
    }
  }

  /** A NUMBER cell whose float32 store changed its value, for the precision warning (also buildColumn.ts). */
  noteNarrowed(value: number, stored: number): void {
    this.narrowed++;
    // Nearly every cell of a decimal column lands here: divide only for a new largest change.
    const change = Math.abs(stored - value);
    const size = Math.abs(value);
    if (change > this.narrowedWorst * size) this.narrowedWorst = change / Math.max(size, Number.MIN_VALUE);
  }

  private ensureTyped(i: number): void {
    if (this.values === null) {
      this.values = this.newValues(this.initialCapacity());
      this.kinds = this.allocate(Uint8Array, this.initialCapacity());
    }
    if (i >= this.values.length) {
      this.values = this.grown(this.values);
      this.kinds = this.grown(this.kinds as Uint8Array);
    }
  }
}
