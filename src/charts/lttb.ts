/**
 * Largest-Triangle-Three-Buckets downsampling (S. Steinarsson, "Downsampling Time Series for
 * Visual Representation", MSc thesis, University of Iceland, 2013, algorithm 4.2): keeps the
 * first and last points and, per bucket, the point forming the largest triangle with the
 * previously kept point and the next bucket's average. Preserves peaks that stride sampling drops.
 */

/** Indices (ascending) of at most `threshold` points chosen from `x`, `y` (x sorted ascending, all finite). */
export function lttbIndices(x: ArrayLike<number>, y: ArrayLike<number>, threshold: number): Uint32Array {
  const n = x.length;
  if (threshold >= n) return Uint32Array.from({ length: n }, (_, i) => i);
  // Fewer than 3 points leave no bucket between the ends: keep the ends.
  if (threshold < 3) return n === 1 ? Uint32Array.of(0) : Uint32Array.of(0, n - 1);
  const out = new Uint32Array(threshold);
  const every = (n - 2) / (threshold - 2);
  let a = 0;
  out[0] = 0;
  for (let bucket = 0; bucket < threshold - 2; bucket++) {
    // Average of the next bucket (the third triangle vertex).
    const nextStart = Math.floor((bucket + 1) * every) + 1;
    const nextEnd = Math.min(Math.floor((bucket + 2) * every) + 1, n);
    let avgX = 0;
    let avgY = 0;
    for (let j = nextStart; j < nextEnd; j++) {
      avgX += x[j]!;
      avgY += y[j]!;
    }
    const span = nextEnd - nextStart;
    avgX /= span;
    avgY /= span;
    const start = Math.floor(bucket * every) + 1;
    const end = Math.floor((bucket + 1) * every) + 1;
    const ax = x[a]!;
    const ay = y[a]!;
    let best = start;
    let bestArea = -1;
    for (let j = start; j < end; j++) {
      const area = Math.abs((ax - avgX) * (y[j]! - ay) - (ax - x[j]!) * (avgY - ay));
      if (area > bestArea) {
        bestArea = area;
        best = j;
      }
    }
    out[bucket + 1] = best;
    a = best;
  }
  out[threshold - 1] = n - 1;
  return out;
}
