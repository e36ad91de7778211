/**
 * The pieces behind certified least squares: double-double residuals, Q·v, the condition number of
 * a triangular factor, and what equilibration plus refinement change (the NIST StRD table itself is
 * in tests/golden/nist).
 */
import { describe, expect, it } from 'vitest';
import {
  applyQ,
  applyQTranspose,
  compensatedResiduals,
  compensatedTransposeProduct,
  fromRows,
  leastSquaresQR,
  matrix,
  qrDecompose,
  triangularConditionNumber,
} from '../../../src/linalg';
import { expectClose } from '../../helpers/expectClose';

describe('compensated products', () => {
  it('y − X·b keeps what plain doubles cancel: 1e16 + 1 − 1e16 is 1, not 0 or 2', () => {
    const x = fromRows([[1e16, 1, -1e16]]);
    expect(1 - (1e16 * 1 + 1 * 1 + -1e16 * 1)).toBe(1); // plain: 1e16 + 1 rounds away the 1
    expect(Array.from(compensatedResiduals(x, [1], [1, 1, 1]))).toEqual([0]);
    // A product whose low half matters: (1 + 2⁻³⁰)² = 1 + 2⁻²⁹ + 2⁻⁶⁰.
    const a = 1 + 2 ** -30;
    expect(compensatedResiduals(fromRows([[a]]), [1 + 2 ** -29], [a])[0]).toBe(-(2 ** -60));
    expect(compensatedResiduals(fromRows([[a]]), [1], [a], [-(2 ** -29)])[0]).toBe(-(2 ** -60));
  });

  it('Xᵀv accumulates each column in double-double', () => {
    const x = fromRows([
      [1e16, 1],
      [1, 1],
      [-1e16, 1],
    ]);
    expect(Array.from(compensatedTransposeProduct(x, [1, 1, 1]))).toEqual([1, 3]);
  });
});

describe('QR helpers', () => {
  it('Q·(Qᵀ·v) gives v back', () => {
    const f = qrDecompose(
      fromRows([
        [1, 2],
        [3, 4],
        [5, 7],
        [1, 0],
      ]),
    );
    const v = [0.3, -1, 2, 5];
    expectClose(Array.from(applyQ(f, applyQTranspose(f, v))), v, { atol: 1e-14 });
  });

  it('scaleColumns factorises X·D⁻¹ with D the column norms', () => {
    const f = qrDecompose(
      fromRows([
        [3, 0],
        [4, 0],
        [0, 2],
      ]),
      { scaleColumns: true },
    );
    expect(Array.from(f.scale)).toEqual([5, 2]);
    expect(f.rank).toBe(2);
  });
});

describe('triangularConditionNumber', () => {
  it('is max/min of a diagonal and σmax/σmin of a 2×2 (singular values from the closed form)', () => {
    expectClose(triangularConditionNumber(Float64Array.of(4, 0, 0, 0, 1, 0, 0, 0, 0.01), 3), 400, { rtol: 1e-6 });
    // R = [[1, 1], [0, 1]]: σ² = (3 ± √5)/2, so cond = (3 + √5)/2 = φ².
    expectClose(triangularConditionNumber(Float64Array.of(1, 1, 0, 1), 2), (3 + Math.sqrt(5)) / 2, { rtol: 1e-4 });
    expect(triangularConditionNumber(Float64Array.of(1, 1, 0, 0), 2)).toBe(Infinity);
  });
});

describe('leastSquaresQR on ill-conditioned and exact data', () => {
  // A cubic in x = 1000…1010 (raw powers up to 10⁹, all exact in doubles): badly scaled and
  // ill-conditioned, not dependent. Unscaled, the smallest |Rₖₖ|/|R₀₀| is 2·10⁻¹⁷; scaled, 7·10⁻⁹.
  const powers = [0, 1, 2, 3];
  const xs = Array.from({ length: 21 }, (_, i) => 1000 + i / 2);
  const design = matrix(21, 4, Float64Array.from(xs.flatMap((x) => powers.map((k) => x ** k))));
  const y = xs.map((x) => powers.reduce((s, k) => s + x ** k, 0));

  it('keeps every column, recovers the exact coefficients 1 to 12+ digits and a zero residual', () => {
    const s = leastSquaresQR(design, y);
    expect(s.dropped).toEqual([]);
    expectClose(s.coefficients, [1, 1, 1, 1], { rtol: 1e-12 });
    expect(s.residualSumOfSquares).toBe(0);
    expect(s.conditionNumber).toBeGreaterThan(1e6);
  });

  it('without equilibration the same columns fall under the rank tolerance (why it is on by default)', () => {
    expect(leastSquaresQR(design, y, { scaleColumns: false }).dropped.length).toBeGreaterThan(0);
  });
});
