/**
 * The label–value pairs of a statistics card, from the engine's describe output. Missing (empty
 * cells) and invalid (cells that could not be read as the column's type) are shown apart; the
 * engine counts invalid cells within `missing`, so empty = missing − invalid.
 */
import type { TFunction } from 'i18next';
import type { ColumnDescription } from '../../../src/protocol/protocol';

const fmt = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 5 });
// Tiny values (a skewness of 1.8e-17 is rounding noise around 0) in scientific notation: in plain
// digits they run to twenty characters and out of the card.
const tiny = new Intl.NumberFormat(undefined, { notation: 'scientific', maximumSignificantDigits: 5 });
export const num = (v: number | null | undefined): string =>
  v === null || v === undefined ? '–' : v !== 0 && Math.abs(v) < 1e-4 ? tiny.format(v) : fmt.format(v);
export const date = (v: number | null | undefined): string =>
  v === null || v === undefined ? '–' : new Date(v).toISOString().slice(0, 19).replace('T', ' ');

/** A p-value as reports print it: three decimals, "< 0.001" below that. */
export function pValue(p: number | null | undefined): string {
  if (p === null || p === undefined) return '–';
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}

const UNITS: readonly [string, number][] = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['min', 60_000],
  ['s', 1000],
];

/** A duration as people read it: ms below a second, seconds (1.5 s) below a minute, else its two largest units ("2 h 5 min"). */
export function duration(t: TFunction, ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '–';
  if (ms < 1000) return t('stats.unit.ms', { n: +ms.toPrecision(3) });
  if (ms < 60_000) return t('stats.unit.s', { n: +(ms / 1000).toPrecision(3) });
  const first = UNITS.findIndex(([, size]) => ms >= size);
  const [unit, size] = UNITS[first]!;
  const whole = Math.floor(ms / size);
  const parts = [t(`stats.unit.${unit}`, { n: whole })];
  const next = UNITS[first + 1];
  const rest = next ? Math.floor((ms - whole * size) / next[1]) : 0;
  if (next && rest > 0) parts.push(t(`stats.unit.${next[0]}`, { n: rest }));
  return parts.join(' ');
}

export type CardRow = readonly [label: string, value: string];

/**
 * `filtered`: the rows come from a filter, whose columns know no invalid count (the loader counts
 * invalid cells per column of the whole file), so missing and invalid are shown as one number.
 */
function countRows(t: TFunction, c: ColumnDescription, filtered: boolean): CardRow[] {
  const rows: CardRow[] = filtered
    ? [
        [t('stats.count'), num(c.count)],
        [t('stats.missingOrInvalid'), num(c.missing)],
      ]
    : [
        [t('stats.count'), num(c.count)],
        [t('stats.missing'), num(c.missing - c.invalid)],
        [t('stats.invalid'), num(c.invalid)],
      ];
  // NaN and ±∞ cells are read as numbers but left out of every statistic: shown whenever present.
  if (c.nan > 0) rows.push([t('stats.nan'), num(c.nan)]);
  if (c.infinite > 0) rows.push([t('stats.infinite'), num(c.infinite)]);
  return rows;
}

export function cardRows(t: TFunction, c: ColumnDescription, filtered = false): CardRow[] {
  const q = c.quantiles;
  if (c.type === 'number') {
    return [
      ...countRows(t, c, filtered),
      [t('stats.mean'), num(c.mean)],
      [t('stats.std'), num(c.std)],
      [t('stats.min'), num(c.min)],
      [t('stats.max'), num(c.max)],
      [t('stats.q1'), num(q?.['0.25'])],
      [t('stats.median'), num(q?.['0.5'])],
      [t('stats.q3'), num(q?.['0.75'])],
      [t('stats.skewness'), num(c.skewness)],
      [t('stats.kurtosis'), num(c.kurtosis)],
      [t('stats.jarqueBera'), pValue(c.normal?.jarqueBera?.pValue)],
      [t('stats.dagostino'), pValue(c.normal?.dagostino?.pValue)],
    ];
  }
  if (c.type === 'datetime') {
    const d = c.datetime;
    return [
      ...countRows(t, c, filtered),
      [t('stats.min'), date(c.min)],
      [t('stats.max'), date(c.max)],
      [t('stats.span'), duration(t, d?.span)],
      [t('stats.medianInterval'), duration(t, d?.medianInterval)],
      [t('stats.gaps'), d ? num(d.gapCount) : '–'],
    ];
  }
  return [...countRows(t, c, filtered), [t('stats.distinct'), num(c.distinct)], [t('stats.top'), String(c.mode ?? '–')]];
}
