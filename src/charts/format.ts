/**
 * Number formatting for labels, tooltips and equations. Options hold the formatted strings
 * (formatter functions are not plain data and cannot cross postMessage).
 */
import { formatLocale } from 'd3-format';

// ASCII hyphen-minus, not d3's default U+2212: the bundled NanumGothic has no U+2212 glyph, so
// exported PNGs would show a box for every negative number.
const { format } = formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['', ''], minus: '-' });

const integer = format(',.0f');
const fixed2 = format(',.2~f');
const general = format('.4~g');
const scientific = format('.3~e');

/** Short, readable number: thousands separators for large values, 4 significant digits otherwise. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? '–' : value > 0 ? '∞' : '-∞';
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-4)) return scientific(value);
  if (abs >= 1000) return Number.isInteger(value) ? integer(value) : fixed2(value);
  return general(value);
}

/** A count with thousands separators: 1,234,567. */
export function formatCount(value: number): string {
  return integer(value);
}

/** A share in percent with one decimal: 12.3%. */
export function formatPercent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}
