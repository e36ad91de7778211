import { describe, expect, it } from 'vitest';
import { loadTable } from '../../../src/io/loadTable';
import type { DatetimeColumn, DictionaryColumn, NumberColumn } from '../../../src/table/types';
import { bytesSource, cells, columnsOf, load } from './sources';

const csv = (header: string, values: readonly string[]) => `${header}\n${values.join('\n')}\n`;

describe('type inference over the whole column', () => {
  it('numbers: signs, exponents, Inf, quoted thousands separators', async () => {
    const r = await load('x\n-1\n+2.5\n1e3\n-Inf\nInfinity\n"1,234.5"\n');
    expect(r.table.columns[0]?.type).toBe('number');
    expect(columnsOf(r).x).toEqual([-1, 2.5, 1000, -Infinity, Infinity, 1234.5]);
  });

  it('booleans: true/false, TRUE/FALSE, yes/no', async () => {
    const r = await load('b\ntrue\nFALSE\nyes\nNo\n\n');
    expect(r.table.columns[0]?.type).toBe('boolean');
    expect(columnsOf(r).b).toEqual([true, false, true, false]);
  });

  it('datetimes: ISO with and without zone, space-separated, slashes; epoch ms UTC; layout and zone reported', async () => {
    const r = await load('t,z\n2024-01-02 03:04:05,2024-01-02T03:04:05Z\n2024-01-03 00:00:00,2024-01-02T12:04:05+09:00\n');
    const [t, z] = r.table.columns as [DatetimeColumn, DatetimeColumn];
    expect([t.type, t.format, t.hasTimeZone]).toEqual(['datetime', 'YYYY-MM-DD HH:mm:ss', false]);
    expect(Array.from(t.values)).toEqual([Date.UTC(2024, 0, 2, 3, 4, 5), Date.UTC(2024, 0, 3)]);
    expect([z.format, z.hasTimeZone]).toEqual(['ISO 8601 (mixed layouts)', true]);
    expect(Array.from(z.values)).toEqual([Date.UTC(2024, 0, 2, 3, 4, 5), Date.UTC(2024, 0, 2, 3, 4, 5)]);
    const slash = await load('d\n2024/01/31\n2024/02/01\n');
    expect((slash.table.columns[0] as DatetimeColumn).format).toBe('YYYY/MM/DD');
  });

  it('missing tokens: empty, NA, N/A, NaN, null, NULL, - (configurable)', async () => {
    const r = await load(csv('x,s', ['1,a', ',NA', 'NA,N/A', 'N/A,NaN', 'NaN,null', 'null,NULL', 'NULL,-', '-,a', '2,b']));
    expect(columnsOf(r)).toEqual({
      x: [1, null, null, null, null, null, null, null, 2],
      s: ['a', null, null, null, null, null, null, 'a', 'b'],
    });
    expect(r.columns.map((c) => [c.missing, c.invalid])).toEqual([
      [7, 0],
      [6, 0],
    ]);
    const custom = await load('x\n1\n?\nNA\n', { missingTokens: ['?'] });
    expect(custom.table.columns[0]?.type).not.toBe('number');
    expect(columnsOf(await load('x\n1\n?\n2\n', { missingTokens: ['?'] })).x).toEqual([1, null, 2]);
  });

  it('category vs text: distinct ≤ max(50, 5 % of N) and each value used twice on average', async () => {
    const repeated = await load(
      csv(
        'g',
        Array.from({ length: 200 }, (_, i) => `grp${i % 50}`),
      ),
    );
    expect(repeated.table.columns[0]?.type).toBe('category');
    const tooMany = await load(
      csv(
        'g',
        Array.from({ length: 200 }, (_, i) => `grp${i % 51}`),
      ),
    );
    expect(tooMany.table.columns[0]?.type).toBe('text');
    const unique = await load(csv('name', ['ann', 'bob', 'cy']));
    expect(unique.table.columns[0]?.type).toBe('text');
    const col = repeated.table.columns[0] as DictionaryColumn;
    expect(col.dictionary.slice(0, 3)).toEqual(['grp0', 'grp1', 'grp2']);
    expect(Array.from(col.codes.slice(49, 52))).toEqual([49, 0, 1]);
  });

  it('an all-missing column is text', async () => {
    const r = await load('a,b\n1,\n2,NA\n');
    expect(r.columns[1]).toMatchObject({ type: 'text', missing: 2, reason: 'all cells missing' });
  });

  it('a few stray text cells keep a column numeric: invalid, with examples and lines (INVALID_CELLS)', async () => {
    const values = Array.from({ length: 300 }, (_, i) => String(i));
    values[10] = 'error';
    values[200] = '#DIV/0!';
    values[250] = 'error';
    const r = await load(csv('x', values));
    const x = r.table.columns[0] as NumberColumn;
    expect(x.type).toBe('number');
    expect(x.invalidCount).toBe(3);
    expect(x.missing[10]).toBe(1);
    expect(r.columns[0]).toMatchObject({ invalid: 3, missing: 0 });
    expect(r.columns[0]?.invalidExamples).toEqual([
      { line: 12, value: 'error' },
      { line: 202, value: '#DIV/0!' },
      { line: 252, value: 'error' },
    ]);
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'INVALID_CELLS', column: 'x', count: 3, lines: [12, 202, 252] })]);
    // The user can read it as text instead.
    const asText = await load(csv('x', values), { columnTypes: { x: 'text' } });
    expect(asText.columns[0]).toMatchObject({ type: 'text', invalid: 0, reason: 'set by the columnTypes option' });
    expect(cells(asText.table.columns[0]!)[200]).toBe('#DIV/0!');
  });

  it('too many strays (over max(2, 1 %) or 20 %) make the column text', async () => {
    expect((await load(csv('x', ['1', '2', '3', 'a', 'b', 'c', '4', '5', '6', '7']))).table.columns[0]?.type).not.toBe('number');
    expect((await load(csv('x', ['1', '2', '3', 'a', '4', '5', '6', '7', '8', '9']))).table.columns[0]?.type).toBe('number');
  });

  it('the decision uses the whole column: text appearing only after 100 000 numbers still counts', async () => {
    const values = Array.from({ length: 100_000 }, (_, i) => String(i % 1000));
    for (let i = 0; i < 5000; i++) values.push(`code-${i}`);
    const r = await load(csv('x', values));
    expect(r.table.columns[0]?.type).toBe('text');
  });

  it('leading zeros keep an ID column as text/category; 0, 0.5, -0.1 are fine', async () => {
    const ids = await load(csv('id,v', ['007,0', '010,0.5', '123,-0.1', '007,0']));
    expect(ids.columns.map((c) => c.type)).toEqual(['text', 'number']);
    expect(columnsOf(ids).id).toEqual(['007', '010', '123', '007']);
    expect(ids.columns[0]?.reason).toMatch(/leading zeros \(e\.g\. "007" on line 2\)/);
  });

  it('integers beyond 2^53 stay text so no digit changes', async () => {
    const r = await load(csv('barcode', ['12345678901234567890', '12345678901234567891']));
    expect(columnsOf(r).barcode).toEqual(['12345678901234567890', '12345678901234567891']);
    expect(r.columns[0]?.reason).toMatch(/too long/);
  });

  it('E-codes among plain integers stay text; exponents in measurements are numbers', async () => {
    const codes = await load(csv('part', ['1E5', '120', '2E10', '305']));
    expect(columnsOf(codes).part).toEqual(['1E5', '120', '2E10', '305']);
    expect(codes.columns[0]?.reason).toMatch(/codes like "1E5"/);
    const measured = await load(csv('x', ['1e5', '120', '2.5', '3e-2']));
    expect(columnsOf(measured).x).toEqual([1e5, 120, 2.5, 0.03]);
  });

  it('columnTypes can force number on leading zeros, or datetime (non-dates become invalid)', async () => {
    const r = await load(csv('id,t', ['007,2024-01-01', '010,soon']), { columnTypes: { id: 'number', t: 'datetime' } });
    expect(columnsOf(r)).toEqual({ id: [7, 10], t: [Date.UTC(2024, 0, 1), null] });
    expect(r.columns[1]).toMatchObject({ invalid: 1, invalidExamples: [{ line: 3, value: 'soon' }] });
  });

  it('float32 halves number storage and reports rounding (FLOAT32_PRECISION)', async () => {
    const r = await load('x,y\n0.1,1\n0.5,2\n', { float32: true });
    const [x, y] = r.table.columns as [NumberColumn, NumberColumn];
    expect(x.values).toBeInstanceOf(Float32Array);
    expect(r.float32).toBe(true);
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'FLOAT32_PRECISION', column: 'x', count: 1 })]);
    expect(Array.from(y.values)).toEqual([1, 2]);
  });

  it('float32 stores while reading (typed mode, both paths): the same values and warning as narrowing a double load', async () => {
    // 100 000 distinct values: the columns go typed, so float32 storage starts during the read.
    const text = csv(
      'x,n,t',
      Array.from({ length: 100_000 }, (_, i) => `${(i * 0.37).toFixed(2)},${i},${i === 7 ? '' : i * 4}`),
    );
    const doubles = await load(text);
    for (const fastPath of [true, false]) {
      const r = await load(text, { float32: true, fastPath });
      const [x, n, t] = r.table.columns as [NumberColumn, NumberColumn, NumberColumn];
      for (const [narrow, wide] of [
        [x, doubles.table.columns[0]],
        [n, doubles.table.columns[1]],
        [t, doubles.table.columns[2]],
      ] as [NumberColumn, NumberColumn][]) {
        expect(narrow.values).toBeInstanceOf(Float32Array);
        expect(narrow.values).toEqual(Float32Array.from(wide.values));
        expect(narrow.missing).toEqual(wide.missing);
      }
      const wide = doubles.table.columns[0] as NumberColumn;
      let changed = 0;
      let worst = 0;
      wide.values.forEach((v) => {
        const w = Math.fround(v);
        if (w === v || v !== v) return;
        changed++;
        worst = Math.max(worst, Math.abs(w - v) / Math.abs(v));
      });
      expect(changed).toBeGreaterThan(90_000);
      expect(r.warnings).toEqual([
        expect.objectContaining({
          code: 'FLOAT32_PRECISION',
          column: 'x',
          count: changed,
          message: expect.stringContaining(worst.toPrecision(2)),
        }),
      ]);
    }
  });

  it('float32: a column that starts with numbers but is datetime is read again in doubles (epoch ms need them)', async () => {
    const dates = Array.from({ length: 100_000 }, (_, i) => new Date(Date.UTC(2024, 0, 1) + i * 61_000).toISOString().slice(0, 19));
    const numbers = Array.from({ length: 300 }, (_, i) => String(i));
    const source = bytesSource(csv('t', [...numbers, ...dates]));
    const r = await loadTable(source, { float32: true });
    const t = r.table.columns[0] as DatetimeColumn;
    expect(t.type).toBe('datetime');
    expect(t.values).toBeInstanceOf(Float64Array);
    expect(source.opens).toBe(2);
    expect(t.values[300 + 99_999]).toBe(Date.UTC(2024, 0, 1) + 99_999 * 61_000);
    expect(r.columns[0]).toMatchObject({ invalid: 300 });
  });

  it('reports the table memory', async () => {
    const r = await load('x,g\n1,a\n2,a\n3,b\n');
    // x: 3×8 values + 3 mask; g: 3×4 codes + 3 mask + 2 strings × (24 + 2)
    expect(r.memoryBytes).toBe(24 + 3 + 12 + 3 + 52);
  });
});

describe('high-cardinality columns: strings dropped, re-read only when needed', () => {
  const many = (n: number, cell: (i: number) => string) =>
    csv(
      'x,n',
      Array.from({ length: n }, (_, i) => `${cell(i)},${i}`),
    );

  it('a numeric column with 100 000 distinct values is read in one pass', async () => {
    const source = bytesSource(many(100_000, (i) => String(i * 0.5)));
    const r = await loadTable(source);
    expect(r.columns.map((c) => c.type)).toEqual(['number', 'number']);
    expect(source.opens).toBe(1);
    expect((r.table.columns[0] as NumberColumn).values[99_999]).toBe(49_999.5);
  });

  it('a leading zero after the strings were dropped re-reads the source for that column only', async () => {
    const source = bytesSource(many(100_000, (i) => (i === 99_998 ? '0042' : String(i))));
    const r = await loadTable(source);
    expect(source.opens).toBe(2);
    expect(r.columns.map((c) => c.type)).toEqual(['text', 'number']);
    const x = cells(r.table.columns[0]!);
    expect([x[0], x[99_998], x[99_999]]).toEqual(['0', '0042', '99999']);
  });

  it('a re-read also works for ReadableStream sources and with maxRows', async () => {
    const source = bytesSource(
      many(100_000, (i) => (i === 80_000 ? '0042' : String(i))),
      { stream: true },
    );
    const r = await loadTable(source, { maxRows: 90_000 });
    expect(r).toMatchObject({ truncated: true });
    expect(r.table.rowCount).toBe(90_000);
    expect(cells(r.table.columns[0]!)[80_000]).toBe('0042');
  });
});
