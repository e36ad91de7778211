/**
 * Writes ASCII numbers straight into a byte buffer, so the generator never builds a string per cell
 * (at 130 M cells per GB, `toFixed` + encode alone would take longer than the rest together).
 */

const ZERO = 0x30;
const MINUS = 0x2d;
const DOT = 0x2e;
const POW10 = [1, 10, 100, 1000, 10000, 100000] as const;

/** Writes a non-negative integer below 2^53; returns the new position. */
export function writeUint(buf: Uint8Array, pos: number, value: number): number {
  if (value < 10) {
    buf[pos] = ZERO + value;
    return pos + 1;
  }
  let digits = 0;
  for (let v = value; v >= 1; v = Math.floor(v / 10)) digits++;
  let v = value;
  for (let i = pos + digits - 1; i >= pos; i--) {
    const q = Math.floor(v / 10);
    buf[i] = ZERO + (v - q * 10);
    v = q;
  }
  return pos + digits;
}

/**
 * Writes `value` rounded half away from zero to `decimals` digits (0–5), like `toFixed` without
 * exponent notation; never writes `-0`. Values must be finite and below 1e9 in magnitude.
 */
export function writeFixed(buf: Uint8Array, pos: number, value: number, decimals: number): number {
  const scale = POW10[decimals] as number;
  let scaled = Math.round(Math.abs(value) * scale);
  if (value < 0 && scaled > 0) buf[pos++] = MINUS;
  if (decimals === 0) return writeUint(buf, pos, scaled);
  const whole = Math.floor(scaled / scale);
  pos = writeUint(buf, pos, whole);
  buf[pos++] = DOT;
  scaled -= whole * scale;
  for (let i = pos + decimals - 1; i >= pos; i--) {
    const q = Math.floor(scaled / 10);
    buf[i] = ZERO + (scaled - q * 10);
    scaled = q;
  }
  return pos + decimals;
}

/** Writes two digits with a leading zero (clock fields). */
export function write2(buf: Uint8Array, pos: number, value: number): number {
  const tens = Math.floor(value / 10);
  buf[pos] = ZERO + tens;
  buf[pos + 1] = ZERO + (value - tens * 10);
  return pos + 2;
}
