/** Float32 columns in the grid: cells shown, and filters compared, as the decimals the file held. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadTable } from '../../../src/io/loadTable';
import type { NumberColumn } from '../../../src/table/types';
import { shortestFloat32 } from '../../../src/table/query/float32Display';
import { buildRowIndex } from '../../../src/table/query/rowIndex';
import { previewRows, sliceRows } from '../../../src/table/query/slices';
import { bytesSource } from '../io/sources';

describe('shortestFloat32', () => {
  it('gives the decimal a float32 was read from', () => {
    expect(shortestFloat32(Math.fround(20.54))).toBe(20.54);
    expect(shortestFloat32(Math.fround(0.1))).toBe(0.1);
    expect(shortestFloat32(Math.fround(-1112.6))).toBe(-1112.6);
    expect(shortestFloat32(Math.fround(16777217))).toBe(16777216);
    expect([0, -0, NaN, Infinity].map(shortestFloat32)).toEqual([0, -0, NaN, Infinity]);
  });

  it('is the same float32 and no shorter decimal is', () => {
    fc.assert(
      fc.property(fc.float({ noNaN: true, noDefaultInfinity: true }), (f) => {
        const s = shortestFloat32(f);
        expect(Math.fround(s)).toBe(f);
        const digits = s === 0 ? 1 : s.toExponential().split('e')[0]!.replace(/[-.]/g, '').length;
        for (let d = 1; d < digits; d++) expect(Math.fround(Number(f.toPrecision(d)))).not.toBe(f);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('a table loaded with float32', () => {
  it('shows and filters its numbers as typed in the file', async () => {
    const { table } = await loadTable(bytesSource('t,x\n1,20.54\n2,0.1\n3,\n4,-7.35\n'), { float32: true });
    const x = table.columns[1] as NumberColumn;
    expect(x.values).toBeInstanceOf(Float32Array);
    expect(x.values[0]).not.toBe(20.54);
    expect(Array.from(sliceRows(table, null, 0, 4).columns[1]!.values as Float64Array)).toEqual([20.54, 0.1, NaN, -7.35]);
    expect(previewRows(table, 4)[0]).toContain('20.54');
    expect([...buildRowIndex(table, [], [{ column: 1, op: 'equals', value: 20.54 }])!]).toEqual([0]);
    expect([...buildRowIndex(table, [], [{ column: 1, op: 'greaterThan', value: 20.54 }])!]).toEqual([]);
    expect([...buildRowIndex(table, [], [{ column: 1, op: 'lessThan', value: 0.1 }])!]).toEqual([3]);
    expect([...buildRowIndex(table, [], [{ column: 1, op: 'contains', value: '0.54' }])!]).toEqual([0]);
  });
});
