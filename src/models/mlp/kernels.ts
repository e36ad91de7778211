/**
 * The three dense products of a multilayer perceptron, over a block of rows held row-major in
 * Float64Array. Weights are stored unit-major (W is units × inputs, row k = unit k's incoming
 * weights) so that the forward product is a dot product over contiguous memory per (row, unit).
 *
 * Four rows share each loaded weight, and the forward product takes two units at a time (register blocking): in plain JavaScript the loop cost is in
 * loads and bounds checks, and four independent accumulators also hide the add latency. Every
 * output still sums its terms in index order (b, then j = 0, 1, …), and gradients add the rows'
 * terms in row order, so results do not depend on the blocking.
 */

/**
 * out[r·m + k] = b[k] + Σ_j a[aAt + r·n + j] · w[k·n + j] for r < rows: the pre-activations of a
 * layer of m units over `rows` rows of n inputs.
 */
export function affineRows(
  a: Float64Array,
  aAt: number,
  rows: number,
  n: number,
  w: Float64Array,
  b: Float64Array,
  m: number,
  out: Float64Array,
): void {
  let r = 0;
  for (; r + 3 < rows; r += 4) {
    const o0 = aAt + r * n;
    const o1 = o0 + n;
    const o2 = o1 + n;
    const o3 = o2 + n;
    const q = r * m;
    let k = 0;
    // Two units × four rows: eight accumulators, six loads per eight multiply-adds.
    for (; k + 1 < m; k += 2) {
      const wk = k * n;
      const wl = wk + n;
      const bk = b[k]!;
      const bl = b[k + 1]!;
      let z0 = bk;
      let z1 = bk;
      let z2 = bk;
      let z3 = bk;
      let u0 = bl;
      let u1 = bl;
      let u2 = bl;
      let u3 = bl;
      for (let j = 0; j < n; j++) {
        const wj = w[wk + j]!;
        const vj = w[wl + j]!;
        const a0 = a[o0 + j]!;
        const a1 = a[o1 + j]!;
        const a2 = a[o2 + j]!;
        const a3 = a[o3 + j]!;
        z0 += a0 * wj;
        z1 += a1 * wj;
        z2 += a2 * wj;
        z3 += a3 * wj;
        u0 += a0 * vj;
        u1 += a1 * vj;
        u2 += a2 * vj;
        u3 += a3 * vj;
      }
      out[q + k] = z0;
      out[q + m + k] = z1;
      out[q + 2 * m + k] = z2;
      out[q + 3 * m + k] = z3;
      out[q + k + 1] = u0;
      out[q + m + k + 1] = u1;
      out[q + 2 * m + k + 1] = u2;
      out[q + 3 * m + k + 1] = u3;
    }
    if (k < m) {
      const wk = k * n;
      const bk = b[k]!;
      let z0 = bk;
      let z1 = bk;
      let z2 = bk;
      let z3 = bk;
      for (let j = 0; j < n; j++) {
        const wj = w[wk + j]!;
        z0 += a[o0 + j]! * wj;
        z1 += a[o1 + j]! * wj;
        z2 += a[o2 + j]! * wj;
        z3 += a[o3 + j]! * wj;
      }
      out[q + k] = z0;
      out[q + m + k] = z1;
      out[q + 2 * m + k] = z2;
      out[q + 3 * m + k] = z3;
    }
  }
  for (; r < rows; r++) {
    const o = aAt + r * n;
    for (let k = 0; k < m; k++) {
      const wk = k * n;
      let z = b[k]!;
      for (let j = 0; j < n; j++) z += a[o + j]! * w[wk + j]!;
      out[r * m + k] = z;
    }
  }
}

/**
 * gw[k·n + j] += Σ_r d[r·m + k] · a[aAt + r·n + j] and gb[k] += Σ_r d[r·m + k]: the weight and bias
 * gradients of a layer from its deltas d (rows × m) and its inputs a (rows × n).
 */
export function accumulateGradient(
  a: Float64Array,
  aAt: number,
  rows: number,
  n: number,
  d: Float64Array,
  m: number,
  gw: Float64Array,
  gb: Float64Array,
): void {
  let r = 0;
  for (; r + 3 < rows; r += 4) {
    const o0 = aAt + r * n;
    const o1 = o0 + n;
    const o2 = o1 + n;
    const o3 = o2 + n;
    const q = r * m;
    let k = 0;
    for (; k + 1 < m; k += 2) {
      const d0 = d[q + k]!;
      const d1 = d[q + m + k]!;
      const d2 = d[q + 2 * m + k]!;
      const d3 = d[q + 3 * m + k]!;
      const e0 = d[q + k + 1]!;
      const e1 = d[q + m + k + 1]!;
      const e2 = d[q + 2 * m + k + 1]!;
      const e3 = d[q + 3 * m + k + 1]!;
      gb[k] = gb[k]! + d0 + d1 + d2 + d3;
      gb[k + 1] = gb[k + 1]! + e0 + e1 + e2 + e3;
      const wk = k * n;
      const wl = wk + n;
      for (let j = 0; j < n; j++) {
        const a0 = a[o0 + j]!;
        const a1 = a[o1 + j]!;
        const a2 = a[o2 + j]!;
        const a3 = a[o3 + j]!;
        gw[wk + j] = gw[wk + j]! + d0 * a0 + d1 * a1 + d2 * a2 + d3 * a3;
        gw[wl + j] = gw[wl + j]! + e0 * a0 + e1 * a1 + e2 * a2 + e3 * a3;
      }
    }
    if (k < m) {
      const d0 = d[q + k]!;
      const d1 = d[q + m + k]!;
      const d2 = d[q + 2 * m + k]!;
      const d3 = d[q + 3 * m + k]!;
      gb[k] = gb[k]! + d0 + d1 + d2 + d3;
      const wk = k * n;
      for (let j = 0; j < n; j++) gw[wk + j] = gw[wk + j]! + d0 * a[o0 + j]! + d1 * a[o1 + j]! + d2 * a[o2 + j]! + d3 * a[o3 + j]!;
    }
  }
  for (; r < rows; r++) {
    const o = aAt + r * n;
    for (let k = 0; k < m; k++) {
      const dk = d[r * m + k]!;
      gb[k]! += dk;
      const wk = k * n;
      for (let j = 0; j < n; j++) gw[wk + j]! += dk * a[o + j]!;
    }
  }
}

/** back[r·n + j] = Σ_k d[r·m + k] · w[k·n + j]: a layer's deltas carried back to its n inputs (before the activation's derivative). */
export function backpropRows(d: Float64Array, rows: number, m: number, w: Float64Array, n: number, back: Float64Array): void {
  for (let r = 0; r < rows; r++) {
    const o = r * n;
    for (let j = 0; j < n; j++) back[o + j] = 0;
    for (let k = 0; k < m; k++) {
      const dk = d[r * m + k]!;
      const wk = k * n;
      for (let j = 0; j < n; j++) back[o + j]! += dk * w[wk + j]!;
    }
  }
}
