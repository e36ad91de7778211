/** The filter set in the UI: chips in words, the editor's draft, the grid's menus merged with range filters, store transitions. */
import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { initI18n } from '../../renderer/app/i18n';
import { initialState, transitions } from '../../renderer/app/store';
import { draftFilter } from '../../renderer/features/filters/FilterEditor';
import { filterText, inputToMs, msToInput } from '../../renderer/features/filters/filterText';
import { filterSpecs, mergeGridFilters, sameFilters, toGridModel } from '../../renderer/features/data/gridQuery';
import type { ColumnInfo, FilterSpec, OpenResult } from '../../src/protocol/protocol';

beforeAll(() => void initI18n('en'));

const columns: ColumnInfo[] = [
  { name: 'time', type: 'datetime', missing: 0, invalid: 0 },
  { name: 'line', type: 'category', missing: 0, invalid: 0 },
  { name: 'temp', type: 'number', missing: 0, invalid: 0 },
];
const T0 = Date.UTC(2024, 1, 3, 6, 30);

describe('filters in words', () => {
  it('names ranges, open ends and value tests', () => {
    const t = i18next.t;
    expect(filterText(t, { column: 0, op: 'between', value: T0, to: T0 + 3_600_000 }, columns)).toBe(
      'time: 2024-02-03 06:30 – 2024-02-03 07:30',
    );
    expect(filterText(t, { column: 2, op: 'between', value: 20.5 }, columns)).toBe('temp ≥ 20.5');
    expect(filterText(t, { column: 2, op: 'between', to: 1e6 }, columns)).toBe('temp ≤ 1,000,000');
    expect(filterText(t, { column: 1, op: 'contains', value: 'A' }, columns)).toBe('line contains “A”');
    expect(filterText(t, { column: 1, op: 'blank' }, columns)).toBe('line is empty');
  });

  it('reads date/time inputs as UTC wall clock, to the second', () => {
    expect(inputToMs('2024-02-03T06:30')).toBe(T0);
    expect(inputToMs('2024-02-03T06:30:15')).toBe(T0 + 15_000);
    expect(inputToMs('')).toBeUndefined();
    expect(msToInput(T0 + 15_000)).toBe('2024-02-03T06:30:15');
  });
});

describe('the filter editor', () => {
  it('makes a range for number and date/time columns, a value test for the others, nothing when empty', () => {
    expect(draftFilter(2, 'number', 'equals', '20', '', '')).toEqual({ column: 2, op: 'between', value: 20 });
    expect(draftFilter(2, 'number', 'equals', '', 'x', '')).toBeNull();
    expect(draftFilter(0, 'datetime', 'equals', '2024-02-03T06:30', '2024-02-03T07:30', '')).toEqual({
      column: 0,
      op: 'between',
      value: T0,
      to: T0 + 3_600_000,
    });
    expect(draftFilter(1, 'category', 'contains', '', '', 'B')).toEqual({ column: 1, op: 'contains', value: 'B' });
    expect(draftFilter(1, 'category', 'notBlank', '', '', '')).toEqual({ column: 1, op: 'notBlank' });
    expect(draftFilter(1, 'category', 'equals', '', '', '')).toBeNull();
  });
});

describe('the grid and the dataset share one filter set', () => {
  const range: FilterSpec = { column: 0, op: 'between', value: T0 };
  const value: FilterSpec = { column: 1, op: 'equals', value: 'A' };
  it('shows in the grid’s menus only what they can show', () => {
    expect(toGridModel([range, value], columns)).toEqual({ c1: { filterType: 'text', type: 'equals', filter: 'A' } });
    expect(filterSpecs(toGridModel([range, value], columns))).toEqual([value]);
  });

  it('a change in the grid replaces the menu filters and keeps the ranges', () => {
    const fromGrid: FilterSpec[] = [{ column: 2, op: 'greaterThan', value: 21 }];
    expect(mergeGridFilters([range, value], fromGrid, columns)).toEqual([range, ...fromGrid]);
    expect(mergeGridFilters([range, value], [], columns)).toEqual([range]);
    expect(sameFilters([range, value], [value, range])).toBe(true);
    expect(sameFilters([range], [value])).toBe(false);
  });
});

describe('store', () => {
  it('shows the indicator for the filter set last asked for, and none for an empty set; a new table starts unfiltered', () => {
    const filters: FilterSpec[] = [{ column: 1, op: 'equals', value: 'A' }];
    const asked = { ...initialState, filters };
    const applied = { ...asked, ...transitions.filtersApplied(asked, filters, { matchCount: 3, rowCount: 10 }) };
    expect(applied.filterState).toEqual({ matchCount: 3, rowCount: 10 });
    expect(applied.filterRevision).toBe(1);
    // A reply for an older set (the user changed it meanwhile) changes nothing.
    expect(transitions.filtersApplied(asked, [], { matchCount: 10, rowCount: 10 })).toEqual({});
    const cleared = { ...applied, filters: [] };
    expect(
      { ...cleared, ...transitions.filtersApplied(cleared, cleared.filters, { matchCount: 10, rowCount: 10 }) }.filterState,
    ).toBeNull();
    const loaded = { ...applied, ...transitions.loaded(applied, { datasetId: 'd2', fileName: 'b.csv' } as OpenResult) };
    expect([loaded.filters, loaded.filterState]).toEqual([[], null]);
  });
});
