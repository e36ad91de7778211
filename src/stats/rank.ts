/**
 * Average ranks (ties share the mean of their positions, 1-based), as scipy.stats.rankdata's
 * default method='average'. One sorted copy plus a binary search per value: a value x that
 * occupies sorted positions [lo, hi) gets rank (lo + 1 + hi) / 2. No index sort, no comparator.
 */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = values[i] as number;
    const lo = lowerBound(sorted, x);
    const hi = upperBound(sorted, x, lo);
    ranks[i] = (lo + 1 + hi) / 2;
  }
  return ranks;
}

function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(sorted: Float64Array, x: number, from: number): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
