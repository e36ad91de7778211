/**
 * Re-cuts a byte stream into blocks at fixed absolute offsets (multiples of `size`), so everything
 * that depends on where a block ends — e.g. which bytes are examined after a late UTF-8 error —
 * is the same however the source happened to chunk the file. Chunks that already line up (the
 * CLI's file source delivers 1 MiB, a multiple of the block) are cut into views, without a copy.
 */
export class Reblocker {
  private carry: Uint8Array;
  private filled = 0;

  constructor(private readonly size: number) {
    this.carry = new Uint8Array(size);
  }

  /** The complete blocks that `chunk` finishes, in order. */
  push(chunk: Uint8Array): Uint8Array[] {
    const out: Uint8Array[] = [];
    let at = 0;
    if (this.filled === 0 && chunk.length === this.size) return [chunk];
    while (at < chunk.length) {
      if (this.filled === 0 && chunk.length - at >= this.size) {
        out.push(chunk.subarray(at, at + this.size));
        at += this.size;
        continue;
      }
      const take = Math.min(this.size - this.filled, chunk.length - at);
      this.carry.set(chunk.subarray(at, at + take), this.filled);
      this.filled += take;
      at += take;
      if (this.filled === this.size) {
        out.push(this.carry);
        this.carry = new Uint8Array(this.size);
        this.filled = 0;
      }
    }
    return out;
  }

  /** The last, partial block (possibly empty). */
  flush(): Uint8Array {
    const rest = this.carry.subarray(0, this.filled);
    this.filled = 0;
    return rest;
  }
}
