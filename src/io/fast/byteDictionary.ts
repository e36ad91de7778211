/**
 * Byte span → dictionary code, so a repeated cell (a category, a sensor value seen before, a
 * missing token) is looked up from its bytes without creating a string per cell. Open addressing
 * with linear probing; each slot is 4 int32s [key0, key1, length, code + 2] in one Int32Array, so a
 * lookup usually touches one cache line: spans of up to 8 bytes (most numbers and labels) are
 * packed into key0/key1 and compared there; longer spans keep their FNV hash in key0 and their
 * entry in key1, and are compared byte by byte against a copy in an arena.
 */

/** FNV-1a (http://www.isthe.com/chongo/tech/comp/fnv/) over a cell's bytes, computed by the row scanner; its offset basis as an int32, so the hash stays a small integer in the JIT. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;
/** What find returns for a span not in the dictionary (codes are ≥ -1; -1 is a missing token). */
export const NOT_FOUND = -2;

const STRIDE = 4;
const PACKED = 8;

/**
 * The slot of hash `h`: FNV-1a mixes only upwards (bit i of a product depends on bits ≤ i), and
 * cells of digits differ in few bits, so the low bits cluster; MurmurHash3's fmix32 finaliser
 * (Appleby) spreads every bit over the slot index.
 */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Bytes [from, min(from + 4, end)) little-endian in an int32 (absent bytes are 0; cells never hold NUL… and length is compared too). */
function pack4(bytes: Uint8Array, from: number, end: number): number {
  let v = 0;
  for (let i = Math.min(from + 4, end) - 1; i >= from; i--) v = (v << 8) | (bytes[i] as number);
  return v;
}

export class ByteDictionary {
  // Small to start (a wide file has thousands of columns, each with its dictionary); grows by rehashing.
  private slots = new Int32Array(64 * STRIDE);
  private mask = 63;
  private count = 0;
  private starts = new Int32Array(16);
  private arena = new Uint8Array(256);
  private used = 0;
  private entries = 0;

  /** Code of bytes[start, end) with hash `h`, or NOT_FOUND. */
  find(bytes: Uint8Array, start: number, end: number, h: number): number {
    const n = end - start;
    const slots = this.slots;
    if (n <= PACKED) {
      const a = pack4(bytes, start, end);
      const b = n > 4 ? pack4(bytes, start + 4, end) : 0;
      for (let s = mix(h) & this.mask; ; s = (s + 1) & this.mask) {
        const at = s * STRIDE;
        const code = slots[at + 3] as number;
        if (code === 0) return NOT_FOUND;
        if (slots[at] === a && slots[at + 1] === b && slots[at + 2] === n) return code - 2;
      }
    }
    for (let s = mix(h) & this.mask; ; s = (s + 1) & this.mask) {
      const at = s * STRIDE;
      const code = slots[at + 3] as number;
      if (code === 0) return NOT_FOUND;
      if (slots[at] !== h || slots[at + 2] !== n) continue;
      const from = this.starts[slots[at + 1] as number] as number;
      let k = 0;
      while (k < n && this.arena[from + k] === bytes[start + k]) k++;
      if (k === n) return code - 2;
    }
  }

  add(bytes: Uint8Array, start: number, end: number, h: number, code: number): void {
    const n = end - start;
    let a: number;
    let b: number;
    if (n <= PACKED) {
      a = pack4(bytes, start, end);
      b = n > 4 ? pack4(bytes, start + 4, end) : 0;
    } else {
      a = h;
      b = this.keep(bytes, start, end);
    }
    this.count++;
    // Keep the load factor ≤ 1/2 so probes stay short.
    if (this.count * 2 > this.mask + 1) this.rehash();
    this.place(a, b, n, code + 2, h);
  }

  /** Copies a long span into the arena; its entry index. */
  private keep(bytes: Uint8Array, start: number, end: number): number {
    const e = this.entries++;
    if (e >= this.starts.length) {
      const next = new Int32Array(this.starts.length * 2);
      next.set(this.starts);
      this.starts = next;
    }
    while (this.used + (end - start) > this.arena.length) {
      const next = new Uint8Array(this.arena.length * 2);
      next.set(this.arena);
      this.arena = next;
    }
    this.arena.set(bytes.subarray(start, end), this.used);
    this.starts[e] = this.used;
    this.used += end - start;
    return e;
  }

  private place(a: number, b: number, n: number, stored: number, h: number): void {
    let s = mix(h) & this.mask;
    while (this.slots[s * STRIDE + 3] !== 0) s = (s + 1) & this.mask;
    const at = s * STRIDE;
    this.slots[at] = a;
    this.slots[at + 1] = b;
    this.slots[at + 2] = n;
    this.slots[at + 3] = stored;
  }

  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.slots.length / STRIDE - 1;
    for (let at = 0; at < old.length; at += STRIDE) {
      if (old[at + 3] === 0) continue;
      this.place(old[at] as number, old[at + 1] as number, old[at + 2] as number, old[at + 3] as number, this.hashOf(old, at));
    }
  }

  /** The FNV hash of a stored slot's span (re-derived from the packed bytes or the arena). */
  private hashOf(slots: Int32Array, at: number): number {
    const n = slots[at + 2] as number;
    let h = FNV_OFFSET;
    if (n > PACKED) return slots[at] as number;
    for (let i = 0; i < n; i++) {
      const word = slots[at + (i < 4 ? 0 : 1)] as number;
      h = Math.imul(h ^ ((word >>> ((i % 4) * 8)) & 0xff), FNV_PRIME);
    }
    return h;
  }
}
