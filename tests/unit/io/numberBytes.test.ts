import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberBytes, parsePlainDecimal, parsed } from '../../../src/io/fast/numberBytes';
import { HAS_FRACTION, LEADING_ZERO, PLAIN_INTEGER } from '../../../src/io/cells/number';

const COMMA = 0x2c;
const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

function plain(text: string): { value: number; flags: number; end: number } | undefined {
  const bytes = bytesOf(text);
  return parsePlainDecimal(bytes, 0, bytes.length, COMMA) ? { ...parsed } : undefined;
}

function full(text: string): { value: number; flags: number; end: number } | undefined {
  const bytes = bytesOf(text);
  return parseNumberBytes(bytes, 0, bytes.length, COMMA) ? { ...parsed } : undefined;
}

describe('parsePlainDecimal (the inlined common case of the byte fast path)', () => {
  it('reads the plain shapes with their values and flags', () => {
    expect(plain('20.54')).toEqual({ value: 20.54, flags: HAS_FRACTION, end: 5 });
    expect(plain('-3.125,7')).toEqual({ value: -3.125, flags: HAS_FRACTION, end: 6 });
    expect(plain('1112')).toEqual({ value: 1112, flags: PLAIN_INTEGER, end: 4 });
    expect(plain('007')).toEqual({ value: 7, flags: PLAIN_INTEGER | LEADING_ZERO, end: 3 });
    expect(plain('-.5')).toEqual({ value: -0.5, flags: HAS_FRACTION, end: 3 });
    expect(Object.is(plain('-0.000')?.value, -0)).toBe(true);
    expect(plain('123456789012.345')?.value).toBe(123456789012.345);
  });

  it('leaves every other shape to parseNumberBytes', () => {
    for (const text of [
      '',
      '-',
      '.',
      '5.',
      '+5',
      '1e5',
      '1.5e-3',
      '1234567890123456',
      '0.1234567890123456',
      'NaN',
      '1 ',
      '1.2.3',
      '--1',
      '12a',
    ]) {
      expect(plain(text), text).toBeUndefined();
    }
  });

  it('agrees with parseNumberBytes and Number() on every cell it accepts', () => {
    const cell = fc.stringMatching(/^[-+]?[0-9]{0,18}(\.[0-9]{0,18})?([eE][-+]?[0-9]{0,3})?(,[0-9])?$/);
    fc.assert(
      fc.property(cell, (text) => {
        const fast = plain(text);
        if (fast === undefined) return;
        const reference = full(text);
        expect(reference).toBeDefined();
        expect(Object.is(fast.value, reference?.value)).toBe(true);
        expect(fast.flags).toBe(reference?.flags);
        expect(fast.end).toBe(reference?.end);
        expect(Object.is(fast.value, Number(text.slice(0, fast.end)))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });
});
