/**
 * Stable argsort of row positions by one or more Float64 keys, by LSD radix sort on the keys'
 * order-preserving bit patterns: 4 counting passes of 16 bits per key, O(n) each. A comparator
 * sort of 10 M indices took ~16 s here; this takes ~4 s (both on a busy 2-core machine). Missing keys (NaN) sort last in both
 * directions; ties keep file order (stability), as the grid expects.
 *
 * Order-preserving map of an IEEE-754 double to an unsigned 64-bit integer (hi, lo): flip all bits
 * of negatives, flip only the sign bit of positives (e.g. "Radix Tricks", M. Herf, 2001).
 */

export interface SortKey {
  readonly keys: Float64Array;
  /** 1 ascending, -1 descending. */
  readonly sign: 1 | -1;
}

const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);
// Which 32-bit word holds the high half depends on the platform's byte order.
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/** The (hi, lo) radix keys, indexed by row; NaN → all ones so it sorts last either way. */
function radixKeys(key: SortKey, rows: Uint32Array): { hi: Uint32Array; lo: Uint32Array } {
  const hi = new Uint32Array(key.keys.length);
  const lo = new Uint32Array(key.keys.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const v = key.keys[row]!;
    if (Number.isNaN(v)) {
      hi[row] = 0xffffffff;
      lo[row] = 0xffffffff;
      continue;
    }
    scratch[0] = v === 0 ? 0 : v; // -0 and 0 tie, as they compare equal
    let h = words[HI]!;
    let l = words[LO]!;
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | 0x80000000) >>> 0;
    }
    if (key.sign === -1) {
      // Descending: invert. No finite or infinite value maps to all ones either way (−∞ → 0x000FFFFF_FFFFFFFF), so NaN stays last.
      h = ~h >>> 0;
      l = ~l >>> 0;
    }
    hi[row] = h;
    lo[row] = l;
  }
  return { hi, lo };
}

/**
 * One stable counting pass on 16 bits (shift 0 or 16) of `word`. Keys are read by row, not
 * carried along: moving them with the rows measured no faster here and triples the memory.
 */
function pass(from: Uint32Array, to: Uint32Array, word: Uint32Array, shift: number, counts: Uint32Array): void {
  counts.fill(0);
  for (let i = 0; i < from.length; i++) counts[(word[from[i]!]! >>> shift) & 0xffff]!++;
  let sum = 0;
  for (let d = 0; d < 65536; d++) {
    const c = counts[d]!;
    counts[d] = sum;
    sum += c;
  }
  for (let i = 0; i < from.length; i++) {
    const row = from[i]!;
    to[counts[(word[row]! >>> shift) & 0xffff]!++] = row;
  }
}

/** Sorts `rows` (row positions) by `keys`, the first key most significant; returns the sorted positions. */
export function argsortRows(rows: Uint32Array, keys: readonly SortKey[]): Uint32Array {
  let a: Uint32Array = rows;
  let b: Uint32Array = new Uint32Array(rows.length);
  const counts = new Uint32Array(65536);
  // LSD: the least significant key first; each pass is stable, so earlier orders break ties.
  for (let k = keys.length - 1; k >= 0; k--) {
    const { hi, lo } = radixKeys(keys[k]!, a);
    for (const [word, shift] of [[lo, 0], [lo, 16], [hi, 0], [hi, 16]] as const) {
      pass(a, b, word, shift, counts);
      [a, b] = [b, a];
    }
  }
  return a;
}
