/**
 * A read-only look at the cells a load has stored so far, so statistics can be shown while a large
 * file is still loading (src/worker/liveStats.ts). The types are decided only at the end of the
 * load; until then a column's cells are whatever they were classified as, so the peek hands out
 * the NUMBER cells' values and leaves the judgement of which columns look numeric to the caller.
 */
import { MISSING, NUMBER } from './cells/classify';
import type { ColumnAccumulator } from './columnAccumulator';

export interface LoadPeek {
  readonly names: readonly string[];
  /**
   * Stands for the set of columns being filled. A new one means the loader started over (the
   * byte fast path fell back to the general path, or the encoding changed): summaries restart.
   */
  readonly generation: object;
  /** Cells stored so far in column c. */
  length(c: number): number;
  /** Cells of column c classified as numbers so far. */
  numberCells(c: number): number;
  /** Cells of column c that are not missing so far. */
  presentCells(c: number): number;
  /**
   * Writes cells [from, to) of column c to out[0 … to − from): a number cell's value, NaN for any
   * other cell. False when the column's cells are gone (built into the table or released).
   */
  numbers(c: number, from: number, to: number, out: Float64Array): boolean;
}

export function peekAccumulators(names: readonly string[], accumulators: readonly ColumnAccumulator[]): LoadPeek {
  const column = (c: number): ColumnAccumulator => accumulators[c] as ColumnAccumulator;
  return {
    names,
    generation: accumulators,
    length: (c) => column(c).length,
    numberCells: (c) => column(c).kindCounts[NUMBER],
    presentCells: (c) => column(c).length - column(c).kindCounts[MISSING],
    numbers(c, from, to, out) {
      const acc = column(c);
      const { values, kinds, codes } = acc;
      if (values !== null && kinds !== null) {
        for (let i = from; i < to; i++) out[i - from] = kinds[i] === NUMBER ? (values[i] as number) : NaN;
        return true;
      }
      if (codes === null) return false;
      // Dictionary mode: each distinct cell's kind and value are stored once, per code.
      const { entryKind, entryValue } = acc;
      for (let i = from; i < to; i++) {
        const code = codes[i] as number;
        out[i - from] = code >= 0 && entryKind[code] === NUMBER ? (entryValue[code] as number) : NaN;
      }
      return true;
    },
  };
}
