import { expect } from 'vitest';

export interface Tolerance {
  /** Relative tolerance, as numpy.isclose's rtol. */
  rtol?: number;
  /** Absolute tolerance, as numpy.isclose's atol. */
  atol?: number;
}

/**
 * numpy.isclose semantics: |a − e| ≤ atol + rtol·|e|, element-wise, with NaN equal to NaN and
 * matching infinities equal. `toBeCloseTo(x, digits)` is easy to misuse (digits, not a tolerance).
 */
export function expectClose(
  actual: number | ArrayLike<number> | null | undefined,
  expected: number | ArrayLike<number> | null,
  { rtol = 1e-9, atol = 0 }: Tolerance = {},
  label = 'value',
): void {
  if (expected === null) {
    expect(actual ?? null, label).toBeNull();
    return;
  }
  if (typeof expected === 'number') {
    expect(typeof actual, `${label}: expected a number`).toBe('number');
    checkOne(actual as number, expected, rtol, atol, label);
    return;
  }
  expect(actual, `${label}: expected an array`).toBeTruthy();
  const a = actual as ArrayLike<number>;
  expect(a.length, `${label}: length`).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) checkOne(a[i] as number, expected[i] as number, rtol, atol, `${label}[${i}]`);
}

function checkOne(a: number, e: number, rtol: number, atol: number, label: string): void {
  if (Number.isNaN(e)) {
    expect(Number.isNaN(a), `${label}: expected NaN, got ${a}`).toBe(true);
    return;
  }
  if (!Number.isFinite(e)) {
    expect(a, label).toBe(e);
    return;
  }
  const ok = Math.abs(a - e) <= atol + rtol * Math.abs(e);
  expect(ok, `${label}: got ${a}, expected ${e} (rtol ${rtol}, atol ${atol}, diff ${Math.abs(a - e)})`).toBe(true);
}
