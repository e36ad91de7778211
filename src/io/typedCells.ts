/**
 * Typed mode of a column accumulator: parsed values (Float64Array, or Float32Array when the load
 * asks for float32) and a Uint8Array of cell kinds, 9 (or 5) bytes per cell. The byte fast path
 * appends here directly (./fast/rowScanner.ts); ColumnAccumulator adds the dictionary mode a
 * column starts in and the switch between them.
 */
import { MISSING, NUMBER, DATETIME } from './cells/classify';
import type { CellKind } from './cells/classify';
import { ColumnArrays } from './columnArrays';
import type { ColumnStorage } from './columnArrays';
import { ColumnEvidence } from './columnEvidence';

export class TypedCells extends ColumnEvidence {
  /** Cells appended, in either mode. */
  length = 0;
  /** Allocation and growth of this column's arrays (also used by the merge of parts and the build). */
  readonly arrays: ColumnArrays;
  /** Float32Array when the load asked for float32 and the column had shown no datetime when it went typed. */
  values: Float64Array | Float32Array | null = null;
  kinds: Uint8Array | null = null;

  constructor(expectedRows: number | undefined, storage: ColumnStorage) {
    super();
    this.arrays = new ColumnArrays(storage, expectedRows);
  }

  /**
   * Byte fast path, typed mode: a NUMBER cell parsed from bytes with the same value and shape flags
   * the classifier gives its text. `raw` is needed only when wantsRaw(flags) says so.
   */
  pushNumber(value: number, flags: number, raw: string, line: number): void {
    const i = this.length++;
    this.ensureTyped(i);
    (this.kinds as Uint8Array)[i] = NUMBER;
    this.storeNumber(i, value);
    this.noteNumberCell(flags, raw, line);
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
    if (values === null || i >= values.length || layout !== this.datetimeLayout || this.sampleDue(DATETIME)) return false;
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
    if (values === null || i >= values.length || this.sampleDue(MISSING)) return false;
    this.length = i + 1;
    values[i] = NaN;
    (this.kinds as Uint8Array)[i] = MISSING;
    this.kindCounts[MISSING]++;
    return true;
  }

  /** Whether pushDatetime needs the cell's text (for one of the first samples). */
  wantsDatetimeSample(): boolean {
    return this.sampleDue(DATETIME);
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

  /** Typed-mode value storage: float32 when asked for, unless the column has shown datetimes. */
  protected newValues(capacity: number): Float64Array | Float32Array {
    return this.arrays.storage.float32 === true && this.kindCounts[DATETIME] === 0
      ? this.arrays.allocate(Float32Array, capacity)
      : this.arrays.allocate(Float64Array, capacity);
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

  protected ensureTyped(i: number): void {
    if (this.values === null) {
      this.values = this.newValues(this.arrays.initialCapacity());
      this.kinds = this.arrays.allocate(Uint8Array, this.arrays.initialCapacity());
    }
    if (i >= this.values.length) {
      this.values = this.arrays.grown(this.values);
      this.kinds = this.arrays.grown(this.kinds as Uint8Array);
    }
  }
}
