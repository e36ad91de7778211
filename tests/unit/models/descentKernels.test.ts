/**
 * The fast row loops of gradient descent against plain reference loops: the WebAssembly SIMD
 * kernels (wasmRows.ts), their scalar fallback (scalarRows.ts) and the fits large enough to use
 * them (≥ 65,536 values of X), so the 1 M-row benchmark path is covered by tests, not only the
 * small data sets of the other tests.
 */
import { describe, expect, it } from 'vitest';
import { matrix } from '../../../src/linalg';
import { GradientDescentRegressor } from '../../../src/models/GradientDescentRegressor';
import { LogisticRegression } from '../../../src/models/LogisticRegression';
import { createWasmRows } from '../../../src/models/wasmRows';
import { createScalarRows } from '../../../src/models/scalarRows';
import { SeededRandom } from '../../../src/stats/random';
import { expectClose } from '../../helpers/expectClose';

function normals(count: number, seed: number): Float64Array {
  const rng = new SeededRandom(seed);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = rng.nextNormal();
  return out;
}

describe('createWasmRows', () => {
  // Every remainder of p modulo 4 (the kernels step four columns, then a pair, then one column).
  for (const p of [1, 2, 3, 4, 5, 6, 7, 20, 21]) {
    it(`p = ${p}: z = b + X·w to rounding, gw += Xᵀd bit for bit in row order`, () => {
      const n = 300;
      const x = normals(n * p, p);
      const k = createWasmRows(x, n, p, 128);
      expect(k).not.toBeNull();
      if (!k) return;
      const w = normals(p, 100 + p);
      k.w.set(w);
      const first = 37;
      const rows = 101; // odd: pairs of rows, then a single one
      k.dot(first, rows, 0.25);
      const z = new Float64Array(rows);
      for (let r = 0; r < rows; r++) {
        let s = 0.25;
        for (let j = 0; j < p; j++) s += x[(first + r) * p + j]! * w[j]!;
        z[r] = s;
      }
      expectClose(k.z.subarray(0, rows), z, { rtol: 1e-13, atol: 1e-13 });
      const d = normals(rows, 200 + p);
      k.d.set(d);
      k.gw.fill(0);
      k.grad(first, rows);
      const gw = new Float64Array(p);
      for (let r = 0; r < rows; r++) for (let j = 0; j < p; j++) gw[j]! += d[r]! * x[(first + r) * p + j]!;
      expect(Array.from(k.gw)).toEqual(Array.from(gw));
    });
  }
});

describe('createScalarRows (the fallback where wasm is refused)', () => {
  it('z and gw equal a row-at-a-time loop bit for bit (four-row steps, ragged tail)', () => {
    const n = 50;
    const p = 7;
    const x = normals(n * p, 11);
    const k = createScalarRows(x, p, 64);
    const w = normals(p, 12);
    k.w.set(w);
    const first = 3;
    const rows = 43;
    k.dot(first, rows, -0.5);
    const d = normals(rows, 13);
    const gw = new Float64Array(p);
    for (let r = 0; r < rows; r++) {
      let z = -0.5;
      for (let j = 0; j < p; j++) z += x[(first + r) * p + j]! * w[j]!;
      expect(k.z[r]).toBe(z);
      for (let j = 0; j < p; j++) gw[j]! += d[r]! * x[(first + r) * p + j]!;
    }
    k.d.set(d);
    k.grad(first, rows);
    expect(Array.from(k.gw)).toEqual(Array.from(gw));
  });
});

/** Plain batch descent on the mean logistic loss, written out directly: weights and per-epoch loss. */
function referenceLogistic(x: Float64Array, y: Float64Array, n: number, p: number, eta: number, epochs: number) {
  const w = new Float64Array(p);
  let b = 0;
  const losses: number[] = [];
  for (let e = 0; e <= epochs; e++) {
    const gw = new Float64Array(p);
    let gb = 0;
    let loss = 0;
    for (let i = 0; i < n; i++) {
      let z = b;
      for (let j = 0; j < p; j++) z += x[i * p + j]! * w[j]!;
      loss += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - y[i]! * z;
      const d = 1 / (1 + Math.exp(-z)) - y[i]!;
      gb += d;
      for (let j = 0; j < p; j++) gw[j]! += d * x[i * p + j]!;
    }
    losses.push(loss / n);
    if (e === epochs) break;
    for (let j = 0; j < p; j++) w[j]! -= (eta * gw[j]!) / n;
    b -= (eta * gb) / n;
  }
  return { w, b, losses: losses.slice(1) };
}

describe('gradient descent on data large enough for the SIMD loops', () => {
  const n = 4001; // odd, so the last block is ragged
  const p = 20;
  const x = normals(n * p, 7);
  const rng = new SeededRandom(8);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let z = 0.3;
    for (let j = 0; j < p; j++) z += (x[i * p + j]! * ((j % 5) - 2)) / 4;
    y[i] = rng.next() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
  }

  it('binary logistic: weights and every epoch loss match a plain loop to 1e-12', () => {
    const epochs = 30;
    const m = new LogisticRegression({ solver: 'gd', penalty: 'none', learningRate: 0.5, epochs, init: 'zeros' }).fit(matrix(n, p, x), y);
    const ref = referenceLogistic(x, y, n, p, 0.5, epochs);
    expectClose(m.coef, ref.w, { rtol: 1e-12, atol: 1e-14 });
    expectClose(m.intercept[0]!, ref.b, { rtol: 1e-12, atol: 1e-14 });
    expectClose(m.curves!.trainLoss, ref.losses, { rtol: 1e-12, atol: 0 });
  });

  it('squared loss: the regressor matches a plain loop to 1e-12', () => {
    const target = new Float64Array(n);
    for (let i = 0; i < n; i++) target[i] = x[i * p]! - 2 * x[i * p + 3]! + 0.5;
    const epochs = 20;
    const m = new GradientDescentRegressor({ learningRate: 0.1, epochs }).fit(matrix(n, p, x), target);
    const w = new Float64Array(p);
    let b = 0;
    for (let e = 0; e < epochs; e++) {
      const gw = new Float64Array(p);
      let gb = 0;
      for (let i = 0; i < n; i++) {
        let z = b;
        for (let j = 0; j < p; j++) z += x[i * p + j]! * w[j]!;
        const d = z - target[i]!;
        gb += d;
        for (let j = 0; j < p; j++) gw[j]! += d * x[i * p + j]!;
      }
      for (let j = 0; j < p; j++) w[j]! -= (0.1 * gw[j]!) / n;
      b -= (0.1 * gb) / n;
    }
    expectClose(m.coef, w, { rtol: 1e-12, atol: 1e-14 });
    expectClose(m.intercept, b, { rtol: 1e-12, atol: 1e-14 });
  });
});
