/**
 * Spearman rank correlation matrix, pairwise-complete: for each pair, the rows where both values
 * are finite and not missing are ranked (average ranks for ties) and the Pearson correlation of
 * the ranks is taken — scipy.stats.spearmanr on those rows. Ranks are global, so unlike Pearson
 * this is not mergeable across chunks; it runs on request only. Columns without missing values
 * are ranked once and reused for every pair where both are complete.
 */
import { accumulateCorrelation, createCorrelation, pearsonFromAccumulator } from './correlation';
import type { CorrelationMatrix, NumericInput } from './correlation';
import { averageRanks } from './rank';

function isUsable(column: NumericInput, i: number): boolean {
  return (column.missing === undefined || column.missing[i] !== 1) && Number.isFinite(column.values[i] as number);
}

/** Pearson correlation of two equally long arrays with no missing values (null if undefined). */
function pearsonOfComplete(x: Float64Array, y: Float64Array): number | null {
  const acc = accumulateCorrelation(createCorrelation(2), [{ values: x }, { values: y }]);
  return pearsonFromAccumulator(acc).pearson[0]?.[1] ?? null;
}

export function spearmanMatrix(columns: readonly NumericInput[]): CorrelationMatrix {
  const p = columns.length;
  const length = columns[0]?.values.length ?? 0;
  const complete = columns.map((c) => {
    for (let i = 0; i < length; i++) if (!isUsable(c, i)) return false;
    return true;
  });
  const fullRanks = columns.map((c, j) => (complete[j] ? averageRanks(c.values) : null));
  const pearson: (number | null)[][] = [];
  const n: number[][] = [];
  for (let j = 0; j < p; j++) {
    pearson.push(new Array<number | null>(p).fill(null));
    n.push(new Array<number>(p).fill(0));
  }
  const scratchX = new Float64Array(length);
  const scratchY = new Float64Array(length);
  for (let j = 0; j < p; j++) {
    for (let k = j; k < p; k++) {
      let rx = fullRanks[j] ?? null;
      let ry = fullRanks[k] ?? null;
      let count = length;
      if (rx === null || ry === null) {
        const cj = columns[j] as NumericInput;
        const ck = columns[k] as NumericInput;
        count = 0;
        for (let i = 0; i < length; i++) {
          if (isUsable(cj, i) && isUsable(ck, i)) {
            scratchX[count] = cj.values[i] as number;
            scratchY[count] = ck.values[i] as number;
            count++;
          }
        }
        rx = averageRanks(scratchX.subarray(0, count));
        ry = averageRanks(scratchY.subarray(0, count));
      }
      const r = count >= 2 ? pearsonOfComplete(rx, ry) : null;
      (pearson[j] as (number | null)[])[k] = r;
      (pearson[k] as (number | null)[])[j] = r;
      (n[j] as number[])[k] = count;
      (n[k] as number[])[j] = count;
    }
  }
  return { pearson, n };
}
