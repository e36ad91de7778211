/**
 * What a line chart draws of one y column, ordered by x: the raw points when they fit the width,
 * else an M4-style envelope — per pixel column the minimum and maximum (and the mean, drawn over
 * them) — so 600,000 readings over 900 pixels read as a band with its extremes kept, not a solid
 * block (Jugel et al., "M4: A Visualization-Oriented Time Series Data Aggregation", VLDB 2014).
 * Both break the line at gaps: an x step longer than gapFactor × the median step, or an empty column.
 */

/** Row of a dataset source: [x, y] raw, [x, min, max − min, mean] enveloped; null values break the line. */
export type RawRow = [number, number | null];
export type EnvelopeRow = [number, number | null, number | null, number | null];

/** Median of the positive steps between consecutive x (sorted ascending); null with fewer than two distinct x. */
export function medianStep(xs: Float64Array, m: number): number | null {
  const steps = new Float64Array(Math.max(0, m - 1));
  let k = 0;
  for (let i = 1; i < m; i++) {
    const d = xs[i]! - xs[i - 1]!;
    if (d > 0) steps[k++] = d;
  }
  if (k === 0) return null;
  const sorted = steps.subarray(0, k).sort();
  return k % 2 === 1 ? sorted[(k - 1) / 2]! : (sorted[k / 2 - 1]! + sorted[k / 2]!) / 2;
}

/** The raw points, a [x, null] row inserted in each gap (midway) so the line does not join across it. */
export function rawRows(xs: Float64Array, ys: Float64Array, m: number, gap: number): { rows: RawRow[]; breaks: number } {
  const rows: RawRow[] = [];
  let breaks = 0;
  for (let i = 0; i < m; i++) {
    if (i > 0 && xs[i]! - xs[i - 1]! > gap) {
      rows.push([(xs[i]! + xs[i - 1]!) / 2, null]);
      breaks++;
    }
    rows.push([xs[i]!, ys[i]!]);
  }
  return { rows, breaks };
}

/**
 * `columns` equal-width x columns over [lo, hi]; each non-empty one gives a row at its centre. A
 * step between neighbouring points longer than the gap threshold AND than a column gives a null
 * row, which breaks the band and the mean (shorter gaps cannot be seen at this resolution).
 */
export function envelopeRows(
  xs: Float64Array,
  ys: Float64Array,
  m: number,
  columns: number,
  lo: number,
  hi: number,
  gap: number,
): { rows: EnvelopeRow[]; breaks: number } {
  const width = (hi - lo) / columns || 1;
  const breakAt = Math.max(gap, width);
  const rows: EnvelopeRow[] = [];
  let breaks = 0;
  let i = 0;
  for (let c = 0; c < columns && i < m; c++) {
    const end = c === columns - 1 ? Infinity : lo + (c + 1) * width;
    if (xs[i]! >= end) continue;
    if (i > 0 && xs[i]! - xs[i - 1]! > breakAt) {
      rows.push([(xs[i]! + xs[i - 1]!) / 2, null, null, null]);
      breaks++;
    }
    let min = Infinity;
    let max = -Infinity;
    let sum = 0;
    let n = 0;
    for (; i < m && xs[i]! < end; i++) {
      const y = ys[i]!;
      if (y < min) min = y;
      if (y > max) max = y;
      sum += y;
      n++;
    }
    rows.push([lo + (c + 0.5) * width, min, max - min, sum / n]);
  }
  return { rows, breaks };
}
