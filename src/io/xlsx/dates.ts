/**
 * Excel stores dates as serial day numbers styled with a date format. Which styles are dates (the
 * built-in format ids and custom format codes), and a serial number as the text the loader's
 * datetime cells read (`2024-03-01`, `2024-03-01 12:30:00`), as wall-clock time without a zone.
 */

/** How a number styled with a format is shown: as a number, a date, or a date and time. */
export type DateKind = 'none' | 'date' | 'datetime';

// Built-in ids (ECMA-376 §18.8.30; 27–36 and 50–58 are the East Asian locales' date formats).
const BUILTIN_DATE = new Set([14, 15, 16, 17, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);
const BUILTIN_DATETIME = new Set([18, 19, 20, 21, 22, 32, 33, 45, 46, 47, 55, 56]);

/** The kind of a custom format code such as `yyyy-mm-dd`, `[$-412]yyyy"년" m"월"` or `0.00%`. */
export function formatCodeKind(code: string): DateKind {
  // Only the first section (positive numbers) decides; quoted text, escapes, fills, paddings and
  // [colour]/[$-locale] brackets are not date parts. Elapsed-time brackets ([h], [mm]) are.
  const first = code.split(';')[0] ?? '';
  const bare = first
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(h+|m+|s+)\]/gi, '$1')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/General/gi, '');
  const date = /[dy]/i.test(bare);
  const time = /[hs]/i.test(bare) || /AM\/PM|A\/P/i.test(bare);
  if (date && time) return 'datetime';
  if (date) return 'date';
  return time ? 'datetime' : 'none';
}

/** The kind of a format by id, with the workbook's custom codes (`<numFmt numFmtId formatCode>`). */
export function formatIdKind(id: number, custom: ReadonlyMap<number, string>): DateKind {
  const code = custom.get(id);
  if (code !== undefined) return formatCodeKind(code);
  if (BUILTIN_DATE.has(id)) return 'date';
  return BUILTIN_DATETIME.has(id) ? 'datetime' : 'none';
}

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 system (whose day 0 is 1899-12-30 from March 1900 on). */
const UNIX_EPOCH_1900 = 25_569;
/** Days from 1900-01-01's system to the 1904 system's day 0 (1904-01-01). */
const OFFSET_1904 = 1_462;

/**
 * Epoch ms (UTC wall clock) of a serial number. In the 1900 system Excel counts a 29 February 1900
 * that never was (serial 60), so serials 1–59 are one day later than the March-on rule gives: they
 * are shifted back, and 60 reads as 1 March. Serials below 1 are times of day on 1899-12-30.
 */
export function serialToEpochMs(serial: number, date1904: boolean): number {
  if (date1904) return Math.round((serial + OFFSET_1904 - UNIX_EPOCH_1900) * MS_PER_DAY);
  const shift = serial >= 1 && serial < 61 ? 1 : 0;
  return Math.round((serial - UNIX_EPOCH_1900 + shift) * MS_PER_DAY);
}

/** A serial number as datetime text: `YYYY-MM-DD`, or with `HH:mm:ss` (and `.SSS` when it has milliseconds). */
export function serialText(serial: number, kind: Exclude<DateKind, 'none'>, date1904: boolean): string {
  const ms = serialToEpochMs(serial, date1904);
  const iso = new Date(ms).toISOString();
  if (kind === 'date' && ms % MS_PER_DAY === 0) return iso.slice(0, 10);
  return `${iso.slice(0, 10)} ${iso.slice(11, ms % 1000 === 0 ? 19 : 23)}`;
}
