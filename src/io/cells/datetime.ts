/**
 * A fixed-width datetime parser (no regex, no Date objects per cell): `YYYY-MM-DD` or `YYYY/MM/DD`,
 * optionally followed by `T` or a space and `HH:mm`, `HH:mm:ss` or `HH:mm:ss.f…` (1–9 fraction
 * digits, kept to the millisecond), optionally followed by a zone: `Z`, `±HH`, `±HHmm`, `±HH:mm`.
 * Values are epoch milliseconds, UTC; without a zone the wall clock is read as UTC.
 */

/** Result of the last successful parseDatetimeBytes (one shared object: no allocation per cell). */
export const parsedDatetime = { value: 0, layout: 0, hasZone: false };

function digits2(b: Uint8Array, i: number): number {
  const x = (b[i] as number) - 0x30;
  const y = (b[i + 1] as number) - 0x30;
  return x >= 0 && x <= 9 && y >= 0 && y <= 9 ? x * 10 + y : -1;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms", days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// Layout bits, so a column can compare layouts per cell without building strings.
const SLASH = 1;
const TIME = 2;
const T_SEPARATOR = 4;
const SECONDS = 8;
const ZONE_Z = 16;
const ZONE_OFFSET = 32;
const FRACTION_SHIFT = 6;

/** The display form of a layout id, e.g. `YYYY-MM-DD HH:mm:ss.SSS`. */
export function layoutFormat(layout: number): string {
  let format = layout & SLASH ? 'YYYY/MM/DD' : 'YYYY-MM-DD';
  if (layout & TIME) format += `${layout & T_SEPARATOR ? 'T' : ' '}HH:mm`;
  if (layout & SECONDS) format += ':ss';
  const fraction = layout >> FRACTION_SHIFT;
  if (fraction > 0) format += `.${'S'.repeat(fraction)}`;
  if (layout & ZONE_Z) format += 'Z';
  if (layout & ZONE_OFFSET) format += '±HH:mm';
  return format;
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

/** The longest supported layout: `YYYY-MM-DDTHH:mm:ss.fffffffff+HH:mm` (35 characters). */
const MAX_LENGTH = 35;

/**
 * The same parser for strings (the PapaParse path): a datetime is pure ASCII, so the string's
 * characters are copied into a small byte buffer and read by parseDatetimeBytes — one parser for
 * both paths, so the byte fast path and the general path cannot disagree.
 */
export class DatetimeScanner {
  /** Layout id of the last successful scan (see layoutFormat). */
  layout = 0;
  /** Whether the last successful scan carried a zone. */
  hasZone = false;
  private readonly bytes = new Uint8Array(MAX_LENGTH);

  /** Layout of the last successful scan, e.g. `YYYY-MM-DD HH:mm:ss`. */
  get format(): string {
    return layoutFormat(this.layout);
  }

  /** Epoch ms of `s` (trimmed), or undefined when it is not a datetime in a supported layout. */
  scan(s: string): number | undefined {
    const n = s.length;
    if (n < 10 || n > MAX_LENGTH) return undefined;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c > 0x7f) return undefined;
      this.bytes[i] = c;
    }
    if (!parseDatetimeBytes(this.bytes, 0, n)) return undefined;
    this.layout = parsedDatetime.layout;
    this.hasZone = parsedDatetime.hasZone;
    return parsedDatetime.value;
  }
}
