import { describe, expect, it } from 'vitest';
import { BOOLEAN, CellClassifier, DATETIME, MISSING, NUMBER, OTHER } from '../../../src/io/cells/classify';
import { DatetimeScanner, daysFromCivil } from '../../../src/io/cells/datetime';
import { CODE_EXPONENT, HAS_FRACTION, LEADING_ZERO, LOSSY_INTEGER, NumberScanner, PLAIN_INTEGER } from '../../../src/io/cells/number';

describe('NumberScanner', () => {
  const dot = new NumberScanner(false);
  const comma = new NumberScanner(true);

  it.each([
    ['0', 0],
    ['-0.1', -0.1],
    ['+12', 12],
    ['.5', 0.5],
    ['5.', 5],
    ['1e5', 1e5],
    ['-2.5E-3', -0.0025],
    ['1,234.5', 1234.5],
    ['12,345,678', 12345678],
    ['Inf', Infinity],
    ['-infinity', -Infinity],
    ['NaN', NaN],
  ])('reads %j as %d', (text, value) => {
    expect(dot.scan(text)).toBe(value);
  });

  it.each(['', '-', '1.2.3', '1,23', '1,2345', '0,123', '12a', 'e5', '1e', '0x10', '1 000', '--1', 'Infinit'])('rejects %j', (text) => {
    expect(dot.scan(text)).toBeUndefined();
  });

  it('with a decimal comma: 1,5 and grouped 1.234,5 / 1 234,5; a lone dot that does not group is a decimal point', () => {
    expect(comma.scan('1,5')).toBe(1.5);
    expect(comma.scan('-1.234,5')).toBe(-1234.5);
    expect(comma.scan('1 234,5')).toBe(1234.5);
    expect(comma.scan('1.234.567')).toBe(1234567);
    expect(comma.scan('1.5')).toBe(1.5);
    expect(comma.scan('0.250')).toBe(0.25);
    expect(comma.scan('1,2,3')).toBeUndefined();
  });

  it('shape flags: leading zero, plain integer, fraction, E-code, lossy integer', () => {
    const flags = (s: string) => (dot.scan(s) === undefined ? -1 : dot.flags);
    expect(flags('007')).toBe(LEADING_ZERO | PLAIN_INTEGER);
    expect(flags('-01')).toBe(LEADING_ZERO | PLAIN_INTEGER);
    expect(flags('00.5') & LEADING_ZERO).toBe(LEADING_ZERO);
    expect(flags('0') & LEADING_ZERO).toBe(0);
    expect(flags('0.5') & LEADING_ZERO).toBe(0);
    expect(flags('-0.1') & LEADING_ZERO).toBe(0);
    expect(flags('42')).toBe(PLAIN_INTEGER);
    expect(flags('4.2')).toBe(HAS_FRACTION);
    expect(flags('1E5')).toBe(CODE_EXPONENT);
    expect(flags('1e-5')).toBe(HAS_FRACTION);
    expect(flags('9007199254740991')).toBe(PLAIN_INTEGER);
    expect(flags('9007199254740993')).toBe(PLAIN_INTEGER | LOSSY_INTEGER);
  });
});

describe('DatetimeScanner', () => {
  const dates = new DatetimeScanner();
  it.each([
    ['2024-03-01', Date.UTC(2024, 2, 1), 'YYYY-MM-DD', false],
    ['2024/03/01', Date.UTC(2024, 2, 1), 'YYYY/MM/DD', false],
    ['2024-02-29 23:59:59', Date.UTC(2024, 1, 29, 23, 59, 59), 'YYYY-MM-DD HH:mm:ss', false],
    ['2024-02-29T23:59', Date.UTC(2024, 1, 29, 23, 59), 'YYYY-MM-DDTHH:mm', false],
    ['2024-01-01T00:00:00.123456Z', Date.UTC(2024, 0, 1, 0, 0, 0, 123), 'YYYY-MM-DDTHH:mm:ss.SSSZ', true],
    ['2024-01-01T09:00:00+09:00', Date.UTC(2024, 0, 1, 0), 'YYYY-MM-DDTHH:mm:ss±HH:mm', true],
    ['2024-01-01T00:00:00-0130', Date.UTC(2024, 0, 1, 1, 30), 'YYYY-MM-DDTHH:mm:ss±HH:mm', true],
    ['1969-12-31 23:59:59.5', -500, 'YYYY-MM-DD HH:mm:ss.S', false],
  ])('%s', (text, ms, format, zone) => {
    expect(dates.scan(text)).toBe(ms);
    expect(dates.format).toBe(format);
    expect(dates.hasZone).toBe(zone);
  });

  it.each([
    '2023-02-29',
    '2024-13-01',
    '2024-00-10',
    '2024-01-32',
    '2024-1-05',
    '2024-01-01 24:00',
    '2024-01-01T10:60',
    '2024-01-01X10:00',
    '2024-01-01T10:00:00+25:00',
    '2024-01-01 10:00:00 UTC',
    '2024-01/01',
  ])('rejects %j', (text) => expect(dates.scan(text)).toBeUndefined());

  it('daysFromCivil agrees with Date.UTC over four centuries', () => {
    for (let y = 1800; y <= 2200; y += 7)
      for (let m = 1; m <= 12; m++) expect(daysFromCivil(y, m, 28) * 86_400_000).toBe(Date.UTC(y, m - 1, 28));
  });
});

describe('CellClassifier', () => {
  it('missing tokens (trimmed), booleans, numbers, datetimes, other', () => {
    const c = new CellClassifier(false);
    const kinds = [
      '',
      '  ',
      'NA',
      ' N/A ',
      'NaN',
      'null',
      'NULL',
      '-',
      'true',
      'No',
      'YES',
      '1',
      ' 2.5 ',
      '2024-01-01',
      'nan?',
      'TRUE!',
      'T',
      '1/2',
    ].map((s) => c.classify(s));
    expect(kinds).toEqual([
      MISSING,
      MISSING,
      MISSING,
      MISSING,
      MISSING,
      MISSING,
      MISSING,
      MISSING,
      BOOLEAN,
      BOOLEAN,
      BOOLEAN,
      NUMBER,
      NUMBER,
      DATETIME,
      OTHER,
      OTHER,
      OTHER,
      OTHER,
    ]);
  });

  it('configurable missing tokens: without NaN, NaN is a number (stored as NaN, so still missing in the mask)', () => {
    const c = new CellClassifier(false, ['', '?']);
    expect(c.classify('?')).toBe(MISSING);
    expect(c.classify('NA')).toBe(OTHER);
    expect(c.classify('NaN')).toBe(NUMBER);
    expect(c.value).toBeNaN();
  });
});
