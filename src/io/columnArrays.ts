/**
 * Where a column accumulator keeps its cells: typed arrays, in SharedArrayBuffers when the load
 * asks for it.
 *
 * Capacity: when loadTable can estimate the row count (file size ÷ bytes per row of the sample),
 * every array starts at that capacity and grows by 1.25× if the estimate was short, so a large
 * column is neither copied on the way (doubling copies up to 2× its size) nor at the end: the
 * built column is a view of it when the unused tail is small (buildColumn.ts, fit). Without an
 * estimate (small files read whole in the sample, streams of unknown size) arrays start small and
 * double.
 */

const INITIAL_CAPACITY = 1024;

/** The arrays an accumulator keeps cells in, and their constructors. */
export type CellArray = Float64Array | Float32Array | Int32Array | Uint8Array;
export interface CellArrayType<T extends CellArray> {
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

export class ColumnArrays {
  constructor(
    readonly storage: ColumnStorage,
    /** Estimated row count; undefined when unknown. */
    private readonly expectedRows: number | undefined,
  ) {}

  /** A new array of `length`, in a SharedArrayBuffer when the storage says so. */
  allocate<T extends CellArray>(type: CellArrayType<T>, length: number): T {
    return this.storage.shared === true ? new type(new SharedArrayBuffer(length * type.BYTES_PER_ELEMENT)) : new type(length);
  }

  initialCapacity(): number {
    return this.expectedRows === undefined ? INITIAL_CAPACITY : Math.max(INITIAL_CAPACITY, this.expectedRows);
  }

  /** The capacity the arrays reach after n appends (the growth rule of grown), for merged parts. */
  capacityFor(n: number): number {
    let capacity = this.initialCapacity();
    while (capacity < n) capacity = this.expectedRows === undefined ? capacity * 2 : Math.ceil(capacity * 1.25);
    return capacity;
  }

  /** A longer copy of `array`. Doubling keeps appends amortised O(1); past an estimate, 1.25× does (and wastes less). */
  grown<T extends CellArray>(array: T): T {
    const length = this.expectedRows === undefined ? array.length * 2 : Math.ceil(array.length * 1.25);
    const next = this.allocate(array.constructor as unknown as CellArrayType<T>, length);
    next.set(array);
    return next;
  }
}
