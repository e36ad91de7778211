/**
 * The sorted order (argsort) of finite doubles in O(n), for ranking: least-significant-digit
 * radix sort on the IEEE 754 bit patterns, carrying row indices. (A plain sorted copy is better
 * made with the native Float64Array sort, which is a C++ sort in V8; an index sort would need a
 * comparator callback and is several times slower than this.) Keys are made order-preserving as unsigned integers by flipping the sign bit of
 * non-negative numbers and every bit of negative ones (Herf, "Radix Tricks", 2001); the 64-bit
 * key is kept as two 32-bit words and sorted in six passes of 11/11/10 bits per word (2048
 * buckets keep the scatter in cache). The order is stable and puts −0 before +0 like
 * TypedArray.prototype.sort. Passes whose digit is the same for every key are skipped.
 * Inputs must be finite (NaN would sort above +Infinity).
 */

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/** [word (0 = low, 1 = high), shift, bits] for each pass, least significant first. */
const PASSES: readonly (readonly [number, number, number])[] = [
  [0, 0, 11],
  [0, 11, 11],
  [0, 22, 10],
  [1, 0, 11],
  [1, 11, 11],
  [1, 22, 10],
];

/** The stable ascending order of finite `values`: values[order[0]] ≤ values[order[1]] ≤ … */
export function sortedOrder(values: Float64Array): Uint32Array {
  const n = values.length;
  const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  const hiAt = LITTLE_ENDIAN ? 1 : 0;
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + hiAt] as number;
    const l = words[2 * i + 1 - hiAt] as number;
    const negative = h >>> 31 === 1;
    hi[i] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
    lo[i] = negative ? ~l >>> 0 : l;
  }
  const idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  return radixSortKeys(hi, lo, idx);
}

function radixSortKeys(hiIn: Uint32Array, loIn: Uint32Array, idxIn: Uint32Array): Uint32Array {
  const n = hiIn.length;
  let hi = hiIn;
  let lo = loIn;
  let idx = idxIn;
  let hi2: Uint32Array = new Uint32Array(n);
  let lo2: Uint32Array = new Uint32Array(n);
  let idx2: Uint32Array = new Uint32Array(n);
  const counts = new Uint32Array(1 << 11);
  for (const [word, shift, bits] of PASSES) {
    const source = word === 0 ? lo : hi;
    const mask = (1 << bits) - 1;
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const d = ((source[i] as number) >>> shift) & mask;
      counts[d] = (counts[d] as number) + 1;
    }
    if (n === 0 || counts[((source[0] as number) >>> shift) & mask] === n) continue; // one digit: nothing moves
    let total = 0;
    for (let d = 0; d <= mask; d++) {
      const c = counts[d] as number;
      counts[d] = total;
      total += c;
    }
    for (let i = 0; i < n; i++) {
      const d = ((source[i] as number) >>> shift) & mask;
      const to = counts[d] as number;
      counts[d] = to + 1;
      hi2[to] = hi[i] as number;
      lo2[to] = lo[i] as number;
      idx2[to] = idx[i] as number;
    }
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
    [idx, idx2] = [idx2, idx];
  }
  return idx;
}
