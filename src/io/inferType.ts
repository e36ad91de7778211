/**
 * The type rules, applied once to the whole column's evidence (ColumnAccumulator). N is the number
 * of non-missing cells; "strays" are non-missing cells that do not read as the candidate type.
 *
 * 1. `columnTypes` option → that type (cells that do not read as it are invalid).
 * 2. N = 0 → text ("all cells missing": nothing to compute on).
 * 3. The candidate is the most frequent of number / datetime / boolean. It is taken when its strays
 *    are at most max(2, 1 % of N) and at most 20 % of N; the strays become invalid cells (INVALID_CELLS).
 * 4. A number candidate is kept as text/category instead, so no digit is lost, when any cell
 *    - has a leading zero: `0` followed by a digit before the decimal separator (`007`, `-01`, `00.5`;
 *      not `0`, `0.5`, `-0.1`), or
 *    - is an integer above 2^53 − 1 (IDs, barcodes: a float would change the digits), or
 *    - is an "E-code" (`1E5`: unsigned integer mantissa, unsigned exponent) in a column that also
 *      has plain integers and no decimal or signed-exponent numbers (product codes, not measurements).
 * 5. Otherwise repeated text: category when distinct ≤ max(50, 5 % of N) and every value appears
 *    on average at least twice (2 · distinct ≤ N); else text.
 */
import { BOOLEAN, DATETIME, MISSING, NUMBER } from './cells/classify';
import type { ColumnType } from '../table/types';
import type { ColumnAccumulator } from './columnAccumulator';

export interface TypeDecision {
  /** `dictionary` means category or text, decided by `dictionaryType` once the distinct count is known. */
  readonly type: ColumnType | 'dictionary';
  readonly reason: string;
}

const KIND_OF: Readonly<Record<'number' | 'datetime' | 'boolean', typeof NUMBER | typeof DATETIME | typeof BOOLEAN>> = {
  number: NUMBER,
  datetime: DATETIME,
  boolean: BOOLEAN,
};

export function strayAllowance(nonMissing: number): number {
  return Math.min(Math.max(2, Math.floor(nonMissing / 100)), Math.floor(nonMissing / 5));
}

export function decideType(column: ColumnAccumulator, forced: ColumnType | undefined): TypeDecision {
  if (forced) return { type: forced, reason: 'set by the columnTypes option' };
  const counts = column.kindCounts;
  const nonMissing = column.length - (counts[MISSING] as number);
  if (nonMissing === 0) return { type: 'text', reason: 'all cells missing' };
  let best: 'number' | 'datetime' | 'boolean' = 'number';
  for (const candidate of ['datetime', 'boolean'] as const) {
    if ((counts[KIND_OF[candidate]] as number) > (counts[KIND_OF[best]] as number)) best = candidate;
  }
  const valid = counts[KIND_OF[best]] as number;
  const strays = nonMissing - valid;
  if (valid > 0 && strays <= strayAllowance(nonMissing)) {
    const why = strays > 0 ? `, ${strays} stray cell(s) invalid` : '';
    if (best !== 'number') return { type: best, reason: `all values read as ${best}${why}` };
    const keep = textForcing(column);
    if (keep) return { type: 'dictionary', reason: keep };
    return { type: 'number', reason: `all values read as numbers${why}` };
  }
  return {
    type: 'dictionary',
    reason: strays > 0 && valid > 0 ? `${strays} of ${nonMissing} values are not ${best === 'number' ? 'numbers' : best}` : 'text values',
  };
}

/** Why a numeric-looking column keeps its text, or undefined. */
function textForcing(column: ColumnAccumulator): string | undefined {
  if (column.leadingZero)
    return `leading zeros (e.g. "${column.leadingZero.value}" on line ${column.leadingZero.line}): kept as text so they are not lost`;
  if (column.lossyInteger)
    return `integers too long for a number (e.g. "${column.lossyInteger.value}" on line ${column.lossyInteger.line}): kept as text so no digit changes`;
  if (column.codeExponent && column.readsAsCodes) {
    return `codes like "${column.codeExponent.value}" (line ${column.codeExponent.line}) among plain integers: kept as text, not read as powers of ten`;
  }
  return undefined;
}

/** Category or text for a column of `distinct` values in `nonMissing` cells (rule 5). */
export function dictionaryType(distinct: number, nonMissing: number): 'category' | 'text' {
  return distinct <= Math.max(50, 0.05 * nonMissing) && 2 * distinct <= nonMissing ? 'category' : 'text';
}
