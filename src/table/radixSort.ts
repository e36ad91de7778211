/**
 * The one radix argsort of the engine: the grid's multi-key row sort and the statistics' ranks
 * (Spearman, rank transforms) both use it. Stable LSD radix sort on order-preserving 64-bit keys:
 * flip every bit of a negative double and only the sign bit of a non-negative one ("Radix
 * Tricks", M. Herf, 2001), kept as two 32-bit words and sorted in six passes of 11/11/10 bits per
 * word (2,048 buckets keep the scatter in cache), carrying the keys with the rows; a pass whose
 * digit is the same for every key is skipped. This measured 1.3–2× faster here than four 16-bit
 * passes reading the keys by row (5 M doubles: ~0.5–0.9 s against ~1.0–1.2 s).
 * Missing keys (NaN) sort last in both directions; −0 and +0 tie; ties keep their input order.
 */

export interface SortKey {
  readonly keys: Float64Array;
  /** 1 ascending, -1 descending. */
  readonly sign: 1 | -1;
}

/** [word (0 = low, 1 = high), shift, bits] for each pass, least significant first. */
const PASSES: readonly (readonly [number, number, number])[] = [
  [0, 0, 11],
  [0, 11, 11],
  [0, 22, 10],
  [1, 0, 11],
  [1, 11, 11],
  [1, 22, 10],
];

const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);
// Which 32-bit word holds the high half depends on the platform's byte order.
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/** The (hi, lo) radix keys of `key` for the rows in `order`, position by position; NaN → all ones so it sorts last. */
function orderedBits(key: SortKey, order: Uint32Array): { hi: Uint32Array; lo: Uint32Array } {
  const n = order.length;
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const v = key.keys[order[i]!]!;
    if (Number.isNaN(v)) {
      hi[i] = 0xffffffff;
      lo[i] = 0xffffffff;
      continue;
    }
    scratch[0] = v === 0 ? 0 : v; // −0 and +0 tie, as they compare equal
    let h = words[HI]!;
    let l = words[LO]!;
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | 0x80000000) >>> 0;
    }
    if (key.sign === -1) {
      // Descending: invert. No number maps to all ones either way (−∞ → 0x000FFFFF_FFFFFFFF), so NaN stays last.
      h = ~h >>> 0;
      l = ~l >>> 0;
    }
    hi[i] = h;
    lo[i] = l;
  }
  return { hi, lo };
}

/** Stable sort of `order` by the keys (hi, lo) given position by position. */
function radixPasses(hiIn: Uint32Array, loIn: Uint32Array, orderIn: Uint32Array): Uint32Array {
  const n = orderIn.length;
  let hi: Uint32Array = hiIn;
  let lo: Uint32Array = loIn;
  let idx: Uint32Array = orderIn;
  let hi2: Uint32Array = new Uint32Array(n);
  let lo2: Uint32Array = new Uint32Array(n);
  let idx2: Uint32Array = new Uint32Array(n);
  const counts = new Uint32Array(1 << 11);
  for (const [word, shift, bits] of PASSES) {
    const source = word === 0 ? lo : hi;
    const mask = (1 << bits) - 1;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(source[i]! >>> shift) & mask]!++;
    if (n === 0 || counts[(source[0]! >>> shift) & mask] === n) continue; // one digit: nothing moves
    let total = 0;
    for (let d = 0; d <= mask; d++) {
      const c = counts[d]!;
      counts[d] = total;
      total += c;
    }
    for (let i = 0; i < n; i++) {
      const to = counts[(source[i]! >>> shift) & mask]!++;
      hi2[to] = hi[i]!;
      lo2[to] = lo[i]!;
      idx2[to] = idx[i]!;
    }
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
    [idx, idx2] = [idx2, idx];
  }
  return idx;
}

/** Sorts `rows` (row positions) by `keys`, the first key most significant; returns the sorted positions. */
export function argsortRows(rows: Uint32Array, keys: readonly SortKey[]): Uint32Array {
  let order = rows;
  // LSD over keys: the least significant first; each sort is stable, so earlier orders break ties.
  for (let k = keys.length - 1; k >= 0; k--) {
    const { hi, lo } = orderedBits(keys[k]!, order);
    order = radixPasses(hi, lo, order);
  }
  return order;
}

/** The stable ascending order of `values`: values[order[0]] ≤ values[order[1]] ≤ … (NaN last). */
export function sortedOrder(values: Float64Array): Uint32Array {
  const rows = new Uint32Array(values.length);
  for (let i = 0; i < rows.length; i++) rows[i] = i;
  return argsortRows(rows, [{ keys: values, sign: 1 }]);
}
