/**
 * Filters in words ("temp 20 – 25", "time from 2024-02-03 00:00") for the filter bar's chips, and
 * the date/time inputs' conversions. Times are UTC wall clock, as the grid and the statistics show them.
 */
import type { TFunction } from 'i18next';
import type { ColumnInfo, FilterSpec } from '../../../src/protocol/protocol';

const numberFormat = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 8 });

/** epoch ms → `YYYY-MM-DD HH:mm:ss`, the seconds dropped when zero. */
export function shownTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ').replace(/:00$/, '');
}

/** A `datetime-local` input's value (UTC wall clock) as epoch ms; undefined when empty or unreadable. */
export function inputToMs(value: string): number | undefined {
  if (value === '') return undefined;
  const ms = Date.parse(`${value.length === 16 ? `${value}:00` : value}Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

/** epoch ms as a `datetime-local` input's value (to the second). */
export function msToInput(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

function bound(value: number | string | undefined, datetime: boolean): string | undefined {
  if (typeof value !== 'number') return undefined;
  return datetime ? shownTime(value) : numberFormat.format(value);
}

export function filterText(t: TFunction, filter: FilterSpec, columns: readonly ColumnInfo[]): string {
  const column = columns[filter.column];
  const name = column?.name ?? `#${filter.column + 1}`;
  const datetime = column?.type === 'datetime';
  if (filter.op === 'between') {
    const from = bound(filter.value, datetime);
    const to = bound(filter.to, datetime);
    if (from !== undefined && to !== undefined) return t('filters.text.between', { name, from, to });
    return from !== undefined ? t('filters.text.from', { name, from }) : t('filters.text.to', { name, to: to ?? '' });
  }
  const value = typeof filter.value === 'number' ? (bound(filter.value, datetime) ?? '') : (filter.value ?? '');
  return t(`filters.text.${filter.op}`, { name, value });
}
