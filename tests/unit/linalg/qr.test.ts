import { describe, expect, it } from 'vitest';
import { fromRows, leastSquaresQR, qrDecompose, applyQTranspose, upperR } from '../../../src/linalg';
import { expectClose } from '../../helpers/expectClose';

describe('qrDecompose', () => {
  it('reproduces A·P = Q·R (checked through QᵀA·P = R) with a non-increasing diagonal', () => {
    const a = fromRows([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 10],
      [1, 0, 1],
    ]);
    const f = qrDecompose(a);
    expect(f.rank).toBe(3);
    const r = upperR(f, 3);
    for (let j = 0; j < 3; j++) {
      const col = [0, 1, 2, 3].map((i) => a.data[i * 3 + f.perm[j]!]!);
      const qtc = applyQTranspose(f, col);
      expectClose(
        Array.from(qtc.subarray(0, 3)),
        [0, 1, 2].map((i) => (i <= j ? r[i * 3 + j]! : 0)),
        { atol: 1e-12 },
        `column ${j}`,
      );
      expectClose(Array.from(qtc.subarray(3)), [0], { atol: 1e-12 });
    }
    expect(Math.abs(r[0]!)).toBeGreaterThanOrEqual(Math.abs(r[4]!));
    expect(Math.abs(r[4]!)).toBeGreaterThanOrEqual(Math.abs(r[8]!));
  });
});

describe('leastSquaresQR', () => {
  it('solves an exactly consistent system (y = 1 + 2x₁ − 3x₂)', () => {
    const x = fromRows([
      [1, 0, 1],
      [1, 1, 0],
      [1, 2, 5],
      [1, 3, 2],
      [1, 4, 4],
    ]);
    const y = [0, 1, 2, 3, 4].map((i) => 1 + 2 * x.data[i * 3 + 1]! - 3 * x.data[i * 3 + 2]!);
    const s = leastSquaresQR(x, y);
    expectClose(s.coefficients, [1, 2, -3], { rtol: 1e-12, atol: 1e-12 });
    expectClose(s.residualSumOfSquares, 0, { atol: 1e-20 });
    expect(s.dropped).toEqual([]);
  });

  it('fits a line by hand: x = 0,1,2,3, y = 1,3,2,5 → b = 1.1, 1.1 (normal equations), RSS = 2.7', () => {
    // Sxx = 5, Sxy = 5.5 → slope 1.1; intercept 2.75 − 1.1·1.5 = 1.1; residuals −0.1, 0.8, −1.3, 0.6.
    const x = fromRows([
      [1, 0],
      [1, 1],
      [1, 2],
      [1, 3],
    ]);
    const s = leastSquaresQR(x, [1, 3, 2, 5]);
    expectClose(s.coefficients, [1.1, 1.1], { rtol: 1e-12 });
    expectClose(s.residualSumOfSquares, 2.7, { rtol: 1e-12 });
    // (XᵀX)⁻¹ = [[14, 6],[6, 4]]⁻¹ = [[0.7, −0.3],[−0.3, 0.2]] → diagonal 0.7, 0.2.
    expectClose(s.inverseGramDiagonal, [0.7, 0.2], { rtol: 1e-12 });
  });

  it('detects an exactly collinear column and names it among the dropped', () => {
    // Column 3 = column 1 + column 2.
    const x = fromRows([
      [1, 1, 2, 3],
      [1, 2, 1, 3],
      [1, 3, 5, 8],
      [1, 4, 3, 7],
      [1, 0, 1, 1],
    ]);
    const s = leastSquaresQR(x, [1, 2, 3, 4, 5]);
    expect(s.rank).toBe(3);
    expect(s.dropped.length).toBe(1);
    expect([1, 2, 3]).toContain(s.dropped[0]);
    expect(s.coefficients[s.dropped[0]!]).toBe(0);
  });
});
