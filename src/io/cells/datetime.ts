/**
 * A fixed-width datetime parser (no regex, no Date objects per cell): `YYYY-MM-DD` or `YYYY/MM/DD`,
 * optionally followed by `T` or a space and `HH:mm`, `HH:mm:ss` or `HH:mm:ss.f…` (1–9 fraction
 * digits, kept to the millisecond), optionally followed by a zone: `Z`, `±HH`, `±HHmm`, `±HH:mm`.
 * Values are epoch milliseconds, UTC; without a zone the wall clock is read as UTC.
 */

function digits2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 0x30;
  const b = s.charCodeAt(i + 1) - 0x30;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
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

export class DatetimeScanner {
  /** Layout id of the last successful scan (see layoutFormat). */
  layout = 0;
  /** Whether the last successful scan carried a zone. */
  hasZone = false;

  /** Layout of the last successful scan, e.g. `YYYY-MM-DD HH:mm:ss`. */
  get format(): string {
    return layoutFormat(this.layout);
  }

  /** Epoch ms of `s` (trimmed), or undefined when it is not a datetime in a supported layout. */
  scan(s: string): number | undefined {
    const n = s.length;
    if (n < 10) return undefined;
    const sep = s.charCodeAt(4);
    if ((sep !== 0x2d && sep !== 0x2f) || s.charCodeAt(7) !== sep) return undefined;
    const hi = digits2(s, 0);
    const lo = digits2(s, 2);
    const month = digits2(s, 5);
    const day = digits2(s, 8);
    if (hi < 0 || lo < 0 || month < 1 || month > 12 || day < 1) return undefined;
    const year = hi * 100 + lo;
    const monthDays = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
    if (day > monthDays) return undefined;
    let layout = sep === 0x2d ? 0 : SLASH;
    let ms = daysFromCivil(year, month, day) * 86_400_000;
    if (n === 10) {
      this.layout = layout;
      this.hasZone = false;
      return ms;
    }
    const t = s.charCodeAt(10);
    if ((t !== 0x54 && t !== 0x20) || n < 16 || s.charCodeAt(13) !== 0x3a) return undefined;
    const hour = digits2(s, 11);
    const minute = digits2(s, 14);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return undefined;
    ms += hour * 3_600_000 + minute * 60_000;
    layout |= TIME | (t === 0x54 ? T_SEPARATOR : 0);
    let i = 16;
    if (i < n && s.charCodeAt(i) === 0x3a) {
      const second = digits2(s, i + 1);
      // 60 allows a leap second (ISO 8601); it lands on the next minute like Date.UTC does.
      if (second < 0 || second > 60) return undefined;
      ms += second * 1000;
      layout |= SECONDS;
      i += 3;
      if (i < n && s.charCodeAt(i) === 0x2e) {
        let fraction = 0;
        let scale = 100;
        let count = 0;
        for (i++; i < n; i++, count++) {
          const d = s.charCodeAt(i) - 0x30;
          if (d < 0 || d > 9) break;
          fraction += d * scale;
          scale /= 10;
        }
        if (count === 0 || count > 9) return undefined;
        ms += Math.floor(fraction + 1e-6);
        layout |= Math.min(count, 3) << FRACTION_SHIFT;
      }
    }
    let hasZone = false;
    if (i < n) {
      const z = s.charCodeAt(i);
      if (z === 0x5a && i + 1 === n) {
        hasZone = true;
        layout |= ZONE_Z;
      } else if (z === 0x2b || z === 0x2d) {
        const zh = digits2(s, i + 1);
        let zm = 0;
        let rest = i + 3;
        if (rest < n && s.charCodeAt(rest) === 0x3a) rest++;
        if (rest < n) {
          zm = digits2(s, rest);
          rest += 2;
        }
        if (zh < 0 || zh > 18 || zm < 0 || zm > 59 || rest !== n) return undefined;
        const offset = (zh * 60 + zm) * 60_000;
        ms += z === 0x2b ? -offset : offset;
        hasZone = true;
        layout |= ZONE_OFFSET;
      } else return undefined;
    }
    this.layout = layout;
    this.hasZone = hasZone;
    return ms;
  }
}
