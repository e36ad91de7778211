/** AG Grid sort/filter models → protocol specs, and worker slices → grid rows. */
import { describe, expect, it } from 'vitest';
import { filterSpecs, sortSpecs, toRows } from '../../renderer/features/data/gridQuery';

describe('gridQuery', () => {
  it('maps sort models by positional field, skipping the row-number column', () => {
    expect(
      sortSpecs([
        { colId: 'c2', sort: 'desc' },
        { colId: 'row', sort: 'asc' },
        { colId: 'c0', sort: 'asc' },
      ]),
    ).toEqual([
      { column: 2, direction: 'desc' },
      { column: 0, direction: 'asc' },
    ]);
  });

  it('maps simple filters and ignores empty or unsupported ones', () => {
    expect(
      filterSpecs({
        c1: { filterType: 'text', type: 'contains', filter: 'seo' },
        c3: { filterType: 'number', type: 'greaterThan', filter: 5 },
        c4: { filterType: 'text', type: 'blank' },
        c5: { filterType: 'text', type: 'contains', filter: '' },
        c6: { filterType: 'text', type: 'startsWith', filter: 'a' },
      }),
    ).toEqual([
      { column: 1, op: 'contains', value: 'seo' },
      { column: 3, op: 'greaterThan', value: 5 },
      { column: 4, op: 'blank' },
    ]);
    expect(filterSpecs(null)).toEqual([]);
  });

  it('turns columnar slices into row objects with null for missing cells', () => {
    const rows = toRows({
      start: 0,
      matchCount: 2,
      rowNumbers: Uint32Array.of(7, 9),
      columns: [
        { kind: 'number', values: Float64Array.of(1.5, NaN) },
        { kind: 'text', values: ['a', null] },
        { kind: 'boolean', values: Uint8Array.of(1, 0), missing: Uint8Array.of(0, 1) },
      ],
    });
    expect(rows).toEqual([
      { row: 7, c0: 1.5, c1: 'a', c2: true },
      { row: 9, c0: null, c1: null, c2: null },
    ]);
  });
});
