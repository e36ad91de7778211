/**
 * Dialect detection on the decoded first part of the file (the same bytes whatever the chunking):
 * the line break and the delimiter among `,` `;` tab `|`.
 */
import type { Delimiter } from './types';

export type Newline = '\n' | '\r\n' | '\r';

export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

/** The first line break outside quotes: CRLF, LF or CR-only; LF when the sample has none. */
export function detectNewline(text: string): Newline {
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) inQuotes = !inQuotes;
    else if (!inQuotes && c === 0x0a) return '\n';
    else if (!inQuotes && c === 0x0d) {
      // A CR at the very end of the sample may be the first half of a CRLF cut by the sample boundary.
      if (i + 1 >= text.length) return '\r\n';
      return text.charCodeAt(i + 1) === 0x0a ? '\r\n' : '\r';
    }
  }
  return '\n';
}

/**
 * Field counts per record for one candidate delimiter, quote-aware (RFC 4180: a delimiter or line
 * break inside quotes does not count). Only complete records are counted unless `complete` says the
 * sample is the whole file; blank lines are skipped. At most `maxRecords` records.
 */
export function fieldCounts(text: string, delimiter: string, complete: boolean, maxRecords = 100): number[] {
  const d = delimiter.charCodeAt(0);
  const counts: number[] = [];
  let fields = 1;
  let inQuotes = false;
  let lineHasContent = false;
  for (let i = 0; i < text.length && counts.length < maxRecords; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      inQuotes = !inQuotes;
      lineHasContent = true;
    } else if (inQuotes) {
      continue;
    } else if (c === d) {
      fields++;
      lineHasContent = true;
    } else if (c === 0x0a || c === 0x0d) {
      if (lineHasContent) counts.push(fields);
      fields = 1;
      lineHasContent = false;
    } else {
      lineHasContent = true;
    }
  }
  if (complete && lineHasContent && counts.length < maxRecords) counts.push(fields);
  return counts;
}

/**
 * Score of a delimiter: how many records share the most common field count (> 1), plus a small
 * bonus for more fields so that `a;b,c` style noise loses to the consistent split. A candidate
 * that never splits a line scores 0.
 */
function score(counts: readonly number[]): number {
  const freq = new Map<number, number>();
  for (const n of counts) freq.set(n, (freq.get(n) ?? 0) + 1);
  let best = 0;
  let bestFields = 1;
  for (const [fields, times] of freq) {
    if (fields > 1 && (times > best || (times === best && fields > bestFields))) {
      best = times;
      bestFields = fields;
    }
  }
  if (best === 0) return 0;
  return best / counts.length + Math.min(bestFields, 100) / 10_000;
}

/**
 * The delimiter whose field counts are most consistent over the first records (header included).
 * Ties keep the order `,` `;` tab `|`. A one-column file (no candidate splits anything) gets `,`.
 */
export function detectDelimiter(text: string, complete: boolean): Delimiter {
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const candidate of DELIMITERS) {
    const s = score(fieldCounts(text, candidate, complete));
    if (s > bestScore) {
      best = candidate;
      bestScore = s;
    }
  }
  return best;
}
