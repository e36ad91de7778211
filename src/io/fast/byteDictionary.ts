/**
 * Byte span → dictionary code, so a repeated cell (a category, a sensor value seen before, a
 * missing token) is looked up from its bytes without creating a string per cell. Each distinct
 * span keeps its string, created once when first seen. Open addressing with linear probing over a
 * power-of-two table; spans are compared byte by byte against a copy kept in an arena.
 */

const EMPTY = 0;

/** FNV-1a over bytes[start, end) (http://www.isthe.com/chongo/tech/comp/fnv/). */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
  return h | 0;
}

export class ByteDictionary {
  private slots = new Int32Array(1024);
  private mask = 1023;
  private count = 0;
  private hashes = new Int32Array(256);
  private starts = new Int32Array(256);
  private lengths = new Int32Array(256);
  private arena = new Uint8Array(4096);
  private used = 0;
  /** Per entry: the caller's code and the span's string. */
  readonly codes: number[] = [];
  readonly strings: string[] = [];

  /** Entry index of bytes[start, end) with hash `h`, or -1. */
  find(bytes: Uint8Array, start: number, end: number, h: number): number {
    const n = end - start;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const slot = this.slots[s] as number;
      if (slot === EMPTY) return -1;
      const e = slot - 1;
      if (this.hashes[e] !== h || this.lengths[e] !== n) continue;
      const at = this.starts[e] as number;
      let k = 0;
      while (k < n && this.arena[at + k] === bytes[start + k]) k++;
      if (k === n) return e;
    }
  }

  add(bytes: Uint8Array, start: number, end: number, h: number, code: number, text: string): void {
    const e = this.count++;
    if (e >= this.hashes.length) {
      this.hashes = grow(this.hashes);
      this.starts = grow(this.starts);
      this.lengths = grow(this.lengths);
    }
    const n = end - start;
    while (this.used + n > this.arena.length) {
      const next = new Uint8Array(this.arena.length * 2);
      next.set(this.arena);
      this.arena = next;
    }
    this.arena.set(bytes.subarray(start, end), this.used);
    this.hashes[e] = h;
    this.starts[e] = this.used;
    this.lengths[e] = n;
    this.used += n;
    this.codes.push(code);
    this.strings.push(text);
    // Keep the load factor ≤ 1/2 so probes stay short.
    if (this.count * 2 > this.slots.length) this.rehash();
    else this.place(e, h);
  }

  private place(e: number, h: number): void {
    let s = h & this.mask;
    while (this.slots[s] !== EMPTY) s = (s + 1) & this.mask;
    this.slots[s] = e + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let e = 0; e < this.count; e++) this.place(e, this.hashes[e] as number);
  }
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const next = new Int32Array(a.length * 2);
  next.set(a);
  return next;
}
