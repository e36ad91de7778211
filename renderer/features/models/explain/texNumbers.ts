/**
 * Numbers and names written into LaTeX: a run's real numbers rounded to 5 significant digits
 * (enough to follow the arithmetic, short enough to read), powers of ten for very large or small
 * values, and column names as escaped text.
 */

export const SIGNIFICANT = 5;

/** A number as LaTeX: 5 significant digits, trailing zeros dropped, a × 10ᵏ outside [1e-4, 1e6). */
export function texNumber(value: number): string {
  if (Number.isNaN(value)) return String.raw`\text{NaN}`;
  if (!Number.isFinite(value)) return value > 0 ? String.raw`\infty` : String.raw`-\infty`;
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e6 || abs < 1e-4) {
    const [mantissa, exponent] = value.toExponential(SIGNIFICANT - 1).split('e') as [string, string];
    return String.raw`${trimZeros(mantissa)} \times 10^{${Number(exponent)}}`;
  }
  return trimZeros(value.toPrecision(SIGNIFICANT));
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** A number that follows an operator: negative values in parentheses, so "1 − 1·(−9.2506)" reads right. */
export function texOperand(value: number): string {
  const tex = texNumber(value);
  return tex.startsWith('-') ? `(${tex})` : tex;
}

/**
 * Entries of a matrix that are rounding noise next to its largest entry (below 1e-10 of it: the
 * off-diagonal −9.9e-14 of a centred column's XᵀX) are shown as 0, so the matrix shows its structure.
 */
export function texMatrixEntry(value: number, largest: number): string {
  return Math.abs(value) < 1e-10 * largest ? '0' : texNumber(value);
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '\\': String.raw`\textbackslash{}`,
  '{': String.raw`\{`,
  '}': String.raw`\}`,
  $: String.raw`\$`,
  '&': String.raw`\&`,
  '#': String.raw`\#`,
  _: String.raw`\_`,
  '%': String.raw`\%`,
  '^': String.raw`\textasciicircum{}`,
  '~': String.raw`\textasciitilde{}`,
};

/** A column name as upright LaTeX text (any character the user's header holds). */
export function texText(name: string): string {
  return String.raw`\text{${name.replace(/[\\{}$&#_%^~]/g, (c) => TEXT_ESCAPES[c]!)}}`;
}
