import { describe, expect, it } from 'vitest';
import { detectDelimiter, detectNewline } from '../../../src/io/dialect';
import { FitplotError } from '../../../src/table/errors';
import { columnsOf, fixtureBytes, load } from './sources';

describe('delimiter detection', () => {
  it.each([
    [',', 'a,b,c\n1,2,3\n4,5,6\n'],
    [';', 'a;b;c\n1;2;3\n4;5;6\n'],
    ['\t', 'a\tb\tc\n1\t2\t3\n4\t5\t6\n'],
    ['|', 'a|b|c\n1|2|3\n4|5|6\n'],
  ])('detects %j', async (delimiter, text) => {
    const r = await load(text);
    expect(r.delimiter).toBe(delimiter);
    expect(r.headers).toEqual(['a', 'b', 'c']);
    expect(columnsOf(r).c).toEqual([3, 6]);
  });

  it('scores field-count consistency: decimal commas in a ; file do not make it comma-separated', () => {
    expect(detectDelimiter('name;value;x\nA;1,5;2\nB;2,25;3\nC;3;4\n', true)).toBe(';');
  });

  it('is quote-aware: commas inside quotes do not count', () => {
    expect(detectDelimiter('a;b\n"x,y,z";1\n"p,q";2\n', true)).toBe(';');
    expect(detectDelimiter('a,b\n"x;y;z",1\n"p;q",2\n', true)).toBe(',');
  });

  it('a one-column file gets the default comma', async () => {
    const r = await load('value\n1\n2\n');
    expect(r.delimiter).toBe(',');
    expect(columnsOf(r)).toEqual({ value: [1, 2] });
  });

  it('the delimiter option overrides detection', async () => {
    const r = await load('a;b,c\n1;2,3\n', { delimiter: ',' });
    expect(r.headers).toEqual(['a;b', 'c']);
  });
});

describe('decimal comma', () => {
  it('is the default with ; (European export): 21,5 → 21.5 and 1.013,25 → 1013.25', async () => {
    const r = await load(fixtureBytes('semicolon-decimal-comma.csv'));
    expect(r).toMatchObject({ delimiter: ';', decimalComma: true });
    expect(columnsOf(r)).toEqual({ Messpunkt: ['A', 'B'], Temperatur: [21.5, -3.75], Druck: [1013.25, 998.5] });
  });

  it('can be switched off for ; files, and on for tab files', async () => {
    const off = await load('a;b\n1.5;2\n', { decimalComma: false });
    expect(off.decimalComma).toBe(false);
    expect(columnsOf(off).a).toEqual([1.5]);
    const offComma = await load('a;b\n1,5;2\n3,5;4\n', { decimalComma: false });
    expect(offComma.table.columns[0]?.type).not.toBe('number');
    const on = await load('a\tb\n1,5\t2\n', { decimalComma: true });
    expect(columnsOf(on).a).toEqual([1.5]);
  });
});

describe('RFC 4180 quoting and line ends', () => {
  it('delimiters, doubled quotes and line breaks inside quotes; line numbers count physical lines', async () => {
    const r = await load(fixtureBytes('quotes.csv'));
    expect(columnsOf(r)).toEqual({ id: [1, 2, 3], comment: ['Hello, world', 'She said "hi"', 'two\nlines'], score: [3, 4, 5] });
    // The quoted line break makes record 4 span lines 4–5, so a bad cell after it is on line 6.
    const bad = await load('id,comment,score\n1,"a",1\n2,"b",2\n3,"two\nlines",3\n4,"c",x\n5,d,5\n6,e,6\n7,f,7\n8,g,8\n9,h,9\n10,i,10\n');
    expect(bad.columns[2]?.invalidExamples).toEqual([{ line: 6, value: 'x' }]);
  });

  it.each([
    ['LF', 'a,b\n1,2\n3,4\n'],
    ['CRLF', 'a,b\r\n1,2\r\n3,4\r\n'],
    ['CR only', 'a,b\r1,2\r3,4\r'],
    ['no final line break', 'a,b\n1,2\n3,4'],
    ['CRLF without final line break', 'a,b\r\n1,2\r\n3,4'],
  ])('%s', async (_, text) => {
    const r = await load(text);
    expect(columnsOf(r)).toEqual({ a: [1, 3], b: [2, 4] });
    expect(r.warnings).toEqual([]);
  });

  it('detectNewline ignores line breaks inside quotes', () => {
    expect(detectNewline('"a\nb",c\r\n1,2\r\n')).toBe('\r\n');
    expect(detectNewline('a,b\r1,2\r')).toBe('\r');
  });

  it('mixed line ends: an LF file with CRLF lines and a CRLF file with bare LF lines both split right', async () => {
    expect(columnsOf(await load('a,b\n1,x\r\n2,y\n'))).toEqual({ a: [1, 2], b: ['x', 'y'] });
    const r = await load('a,b\r\n1,x\n2,"y"\r\n3,z\n');
    expect(columnsOf(r)).toEqual({ a: [1, 2, 3], b: ['x', 'y', 'z'] });
    expect(r.warnings).toEqual([]);
  });

  it('blank lines are skipped and counted with their line numbers', async () => {
    const r = await load('a,b\n\n1,2\n   \n\n3,4\n\n');
    expect(columnsOf(r)).toEqual({ a: [1, 3], b: [2, 4] });
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'BLANK_LINES', count: 4, lines: [2, 4, 5, 7] })]);
  });

  it('a closing quote followed by text ("abc"def) is reported (MALFORMED_QUOTES) with its line, since the cell runs on', async () => {
    const r = await load('a,b\n1,2\n"abc"def,1\n2,"x"\n3,4\n');
    // PapaParse reads on to the next closing quote: lines 3–4 become one cell, and that record is short.
    expect(columnsOf(r).a).toEqual(['1', 'abc"def,1\n2,"x', '3']);
    expect(r.warnings.map((w) => [w.code, w.lines])).toEqual([
      ['MALFORMED_QUOTES', [3]],
      ['RAGGED_ROWS_SHORT', [3]],
    ]);
  });

  it('an unterminated quote is UNTERMINATED_QUOTE naming the line where it opened', async () => {
    const error = await load('a,b\n1,2\n3,"oops\n5,6\n7,8\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FitplotError);
    expect(error).toMatchObject({ code: 'UNTERMINATED_QUOTE', line: 3, file: 'test.csv' });
    expect((error as FitplotError).message).toMatch(/test\.csv, line 3, character 3/);
  });
});
