/**
 * Datetime cells straight from ASCII bytes, for the byte fast path: the same fixed-width layouts,
 * checks, values (epoch ms) and layout ids as DatetimeScanner.scan (../cells/datetime.ts), read
 * from a byte span instead of a string. Keep the two in step; tests/unit/io/fastPath.test.ts
 * compares them on every layout, invalid dates included.
 */
import { daysFromCivil } from '../cells/datetime';

/** Result of the last successful parseDatetimeBytes. */
export const parsedDatetime = { value: 0, layout: 0, hasZone: false };

// Layout bits, as in ../cells/datetime.ts.
const SLASH = 1;
const TIME = 2;
const T_SEPARATOR = 4;
const SECONDS = 8;
const ZONE_Z = 16;
const ZONE_OFFSET = 32;
const FRACTION_SHIFT = 6;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits2(b: Uint8Array, i: number): number {
  const x = (b[i] as number) - 0x30;
  const y = (b[i + 1] as number) - 0x30;
  return x >= 0 && x <= 9 && y >= 0 && y <= 9 ? x * 10 + y : -1;
}

/** Parses bytes[start, end) into `parsedDatetime`; false when it is not a datetime in a supported layout. */
export function parseDatetimeBytes(b: Uint8Array, start: number, end: number): boolean {
  const n = end - start;
  if (n < 10) return false;
  const sep = b[start + 4] as number;
  if ((sep !== 0x2d && sep !== 0x2f) || b[start + 7] !== sep) return false;
  const hi = digits2(b, start);
  const lo = digits2(b, start + 2);
  const month = digits2(b, start + 5);
  const day = digits2(b, start + 8);
  if (hi < 0 || lo < 0 || month < 1 || month > 12 || day < 1) return false;
  const year = hi * 100 + lo;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthDays = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  if (day > monthDays) return false;
  let layout = sep === 0x2d ? 0 : SLASH;
  let ms = daysFromCivil(year, month, day) * 86_400_000;
  let hasZone = false;
  if (n > 10) {
    const t = b[start + 10] as number;
    if ((t !== 0x54 && t !== 0x20) || n < 16 || b[start + 13] !== 0x3a) return false;
    const hour = digits2(b, start + 11);
    const minute = digits2(b, start + 14);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return false;
    ms += hour * 3_600_000 + minute * 60_000;
    layout |= TIME | (t === 0x54 ? T_SEPARATOR : 0);
    let i = start + 16;
    if (i < end && b[i] === 0x3a) {
      const second = digits2(b, i + 1);
      if (second < 0 || second > 60) return false;
      ms += second * 1000;
      layout |= SECONDS;
      i += 3;
      if (i < end && b[i] === 0x2e) {
        let fraction = 0;
        let scale = 100;
        let count = 0;
        for (i++; i < end; i++, count++) {
          const d = (b[i] as number) - 0x30;
          if (d < 0 || d > 9) break;
          fraction += d * scale;
          scale /= 10;
        }
        if (count === 0 || count > 9) return false;
        ms += Math.floor(fraction + 1e-6);
        layout |= Math.min(count, 3) << FRACTION_SHIFT;
      }
    }
    if (i < end) {
      const z = b[i] as number;
      if (z === 0x5a && i + 1 === end) {
        hasZone = true;
        layout |= ZONE_Z;
      } else if (z === 0x2b || z === 0x2d) {
        const zh = digits2(b, i + 1);
        let zm = 0;
        let rest = i + 3;
        if (rest < end && b[rest] === 0x3a) rest++;
        if (rest < end) {
          zm = digits2(b, rest);
          rest += 2;
        }
        if (zh < 0 || zh > 18 || zm < 0 || zm > 59 || rest !== end) return false;
        const offset = (zh * 60 + zm) * 60_000;
        ms += z === 0x2b ? -offset : offset;
        hasZone = true;
        layout |= ZONE_OFFSET;
      } else return false;
    }
  }
  parsedDatetime.value = ms;
  parsedDatetime.layout = layout;
  parsedDatetime.hasZone = hasZone;
  return true;
}
