import { describe, expect, it } from 'vitest';
import { cholesky, choleskySolve, choleskyInverseDiagonal, crossProducts, columnMeans, fromRows, solveLower, solveLowerTransposed } from '../../../src/linalg';
import { expectClose } from '../../helpers/expectClose';

describe('cholesky', () => {
  // A = [[4, 2], [2, 3]] = L·Lᵀ with L = [[2, 0], [1, √2]].
  const a = new Float64Array([4, 2, 2, 3]);
  it('factors a 2×2 SPD matrix by hand', () => {
    const f = cholesky(a, 2)!;
    expectClose(f.l, [2, 0, 1, Math.SQRT2], { rtol: 1e-15 });
    expectClose(f.conditionEstimate, 2, { rtol: 1e-15 }); // (2/√2)²
  });
  it('solves and gives diag(A⁻¹) without inverting: A⁻¹ = [[3, −2], [−2, 4]]/8', () => {
    const f = cholesky(a, 2)!;
    expectClose(choleskySolve(f, [8, 8]), [1, 2], { rtol: 1e-15 });
    expectClose(choleskyInverseDiagonal(f), [3 / 8, 4 / 8], { rtol: 1e-15 });
    expectClose(solveLower(f.l, 2, [2, 1 + Math.SQRT2]), [1, 1], { rtol: 1e-15 });
    expectClose(solveLowerTransposed(f.l, 2, [3, Math.SQRT2]), [1, 1], { rtol: 1e-15 });
  });
  it('refuses a singular matrix', () => {
    expect(cholesky(new Float64Array([1, 1, 1, 1]), 2)).toBeNull();
  });
});

describe('crossProducts', () => {
  it('matches hand-computed XᵀX, Xᵀy and centred versions', () => {
    const x = fromRows([[1, 2], [3, 4], [5, 6]]);
    const y = [1, 0, 2];
    const cp = crossProducts(x, y);
    expectClose(cp.xtx, [35, 44, 44, 56], { rtol: 1e-15 });
    expectClose(cp.xty, [11, 14], { rtol: 1e-15 });
    expectClose(cp.yty, 5, { rtol: 1e-15 });
    const m = columnMeans(x);
    expectClose(m, [3, 4], { rtol: 1e-15 });
    const c = crossProducts(x, y, m, 1);
    expectClose(c.xtx, [8, 8, 8, 8], { rtol: 1e-15 });
    expectClose(c.xty, [2, 2], { rtol: 1e-15 }); // (−2)(0) + 0(−1) + 2(1)
    expectClose(c.yty, 2, { rtol: 1e-15 });
  });
});
