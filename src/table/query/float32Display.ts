/**
 * Float32 columns (the import's "numbers as 32-bit floats", LoadOptions.float32) as the user typed
 * them: a float32 read back as a double shows its binary rounding (20.54 → 20.540000915527344), so
 * the grid shows, and filters compare against, the shortest decimal that is the same float32.
 */

const MIN_NORMAL_FLOAT32 = 2 ** -126;

/** The shortest decimal (as a double) that reads back as the float32 `v`: 20.540000915527344 → 20.54. */
export function shortestFloat32(v: number): number {
  if (!Number.isFinite(v) || v === 0) return v;
  // Six significant digits are coarser than a normal float32's resolution (24 bits, about 7.2
  // digits), so a shorter decimal, if one names v, is what toPrecision(6) gives; nine always
  // suffice. Subnormals have fewer bits: their search starts at one digit.
  for (let digits = Math.abs(v) < MIN_NORMAL_FLOAT32 ? 1 : 6; digits < 9; digits++) {
    const d = Number(v.toPrecision(digits));
    if (Math.fround(d) === v) return d;
  }
  return Number(v.toPrecision(9));
}

/** A number column's cell as shown: float32 storage through shortestFloat32. */
export function shownNumber(values: Float64Array | Float32Array, row: number): number {
  const v = values[row] as number;
  return values instanceof Float32Array ? shortestFloat32(v) : v;
}

/** A filter's number as the column stores it, so `= 20.54` finds the float32 20.54. */
export function storedOperand(values: Float64Array | Float32Array, value: number): number {
  return values instanceof Float32Array ? Math.fround(value) : value;
}
