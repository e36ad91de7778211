import { describe, expect, it } from 'vitest';
import {
  cholesky,
  choleskySolve,
  choleskyInverseDiagonal,
  crossProducts,
  columnMeans,
  fromRows,
  solveLower,
  solveLowerTransposed,
  weightedGramWithIntercept,
} from '../../../src/linalg';
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
    const x = fromRows([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
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

describe('crossProducts blocking', () => {
  it('the 4-row blocked loop equals the naive sums (n = 11: two blocks and a remainder of 3)', () => {
    const n = 11;
    const p = 3;
    const rows = Array.from({ length: n }, (_, i) => [i % 5, ((i * 3) % 7) - 2, i === 4 ? 10 : 1]);
    const y = rows.map((_, i) => i * 0.5 - 1);
    const c = [2, 0.5, 1];
    const cp = crossProducts(fromRows(rows), y, c, 0.25);
    for (let j = 0; j < p; j++) {
      for (let k = 0; k < p; k++) {
        const naive = rows.reduce((s, r) => s + (r[j]! - c[j]!) * (r[k]! - c[k]!), 0);
        expectClose(cp.xtx[j * p + k]!, naive, { rtol: 1e-14, atol: 1e-13 }, `xtx[${j},${k}]`);
      }
      expectClose(
        cp.xty[j]!,
        rows.reduce((s, r, i) => s + (r[j]! - c[j]!) * (y[i]! - 0.25), 0),
        { rtol: 1e-14, atol: 1e-13 },
      );
    }
    expectClose(
      cp.yty,
      y.reduce((s, v) => s + (v - 0.25) ** 2, 0),
      { rtol: 1e-14 },
    );
  });
});

describe('weightedGramWithIntercept', () => {
  it('equals [1 X]ᵀ diag(h) [1 X] computed naively (n = 6: one block and a remainder)', () => {
    const rows = [
      [1, 2],
      [0, -1],
      [3, 1],
      [2, 2],
      [-1, 0],
      [4, 5],
    ];
    const h = [0.5, 1, 0.25, 2, 1, 0.1];
    const g = weightedGramWithIntercept(fromRows(rows), h);
    const aug = rows.map((r) => [1, ...r]);
    for (let j = 0; j < 3; j++) {
      for (let k = 0; k < 3; k++) {
        const naive = aug.reduce((s, r, i) => s + h[i]! * r[j]! * r[k]!, 0);
        expectClose(g[j * 3 + k]!, naive, { rtol: 1e-14 }, `g[${j},${k}]`);
      }
    }
  });
});
