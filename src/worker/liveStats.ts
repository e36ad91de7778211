/**
 * Statistics shown while a file loads (ProgressEvent.partial): on each progress tick, the cells the
 * loader stored since the last tick are folded into a RunningSummary per column that looks numeric
 * so far, so the work over the whole load is one pass over the numbers, never a rescan.
 */
import type { LoadPeek } from '../io/loadPeek';
import type { PartialColumnStats, PartialStats } from '../protocol/protocol';
import { RunningSummary } from '../stats/runningSummary';

/**
 * Columns summarised at most: the Import view shows them as a table under the progress bar, and a
 * file thousands of columns wide must not spend its load on summaries nobody can read there.
 * The event says how many number columns there are, so the cap is never silent.
 */
export const MAX_LIVE_COLUMNS = 40;
/** Cells copied out of the loader per fold call. */
const SCRATCH_CELLS = 1 << 16;

interface Tracked {
  readonly summary: RunningSummary;
  folded: number;
}

/** A column whose cells so far are at least half numbers (the loader decides its type only at the end). */
function looksNumeric(peek: LoadPeek, c: number): boolean {
  const numbers = peek.numberCells(c);
  return numbers > 0 && numbers * 2 >= peek.presentCells(c);
}

export class LiveStats {
  private generation: object | undefined;
  private tracked = new Map<number, Tracked>();
  private readonly scratch = new Float64Array(SCRATCH_CELLS);

  update(peek: LoadPeek, rows: number): PartialStats {
    if (peek.generation !== this.generation) {
      // The loader started over (new columns): so do the summaries.
      this.generation = peek.generation;
      this.tracked = new Map();
    }
    const columns: PartialColumnStats[] = [];
    let numberColumns = 0;
    for (let c = 0; c < peek.names.length; c++) {
      if (!looksNumeric(peek, c)) continue;
      numberColumns++;
      let tracked = this.tracked.get(c);
      if (tracked === undefined) {
        if (this.tracked.size >= MAX_LIVE_COLUMNS) continue;
        tracked = { summary: new RunningSummary(), folded: 0 };
        this.tracked.set(c, tracked);
      }
      const end = peek.length(c);
      // Read together with `end` (the loader cannot push cells in between): every cell up to `end`
      // that is not a number is missing or invalid, as describe counts a number column's `missing`.
      const missing = end - peek.numberCells(c);
      if (!this.fold(peek, c, tracked, end)) continue;
      columns.push({ column: c, name: peek.names[c] as string, missing, ...tracked.summary.snapshot() });
    }
    return { rows, numberColumns, columns };
  }

  /**
   * Folds the column's cells up to `end`; false when they are gone (built into the table: the load
   * is finishing), and the summary then no longer matches the counts read with `end`.
   */
  private fold(peek: LoadPeek, c: number, tracked: Tracked, end: number): boolean {
    while (tracked.folded < end) {
      const to = Math.min(end, tracked.folded + SCRATCH_CELLS);
      if (!peek.numbers(c, tracked.folded, to, this.scratch)) return false;
      tracked.summary.fold(this.scratch, to - tracked.folded);
      tracked.folded = to;
    }
    return true;
  }
}
