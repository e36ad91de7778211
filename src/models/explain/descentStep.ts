/**
 * The first update of a descent fit, replayed from the same starting weights, row order and step
 * size the fit used (initialParams and rowsPerStep of descentOptions.ts, the seeded shuffle of
 * gradientDescent.ts): the mean gradient of the first batch and the new weights w − η·∇ (with the
 * l2 shrink or the l1 soft-threshold of the fit). A plain row loop: it is a reference, run once,
 * and must read like the formula it shows.
 */
import type { DenseMatrix } from '../../linalg';
import { SeededRandom } from '../../stats/random';
import type { DescentProblem } from '../estimatorContract';
import { initialParams, resolveDescentOptions, rowsPerStep } from '../descentOptions';
import { softThreshold } from '../losses';
import type { DescentStepExplanation } from './types';

/** Row positions listed for a batch step (the gradient still uses every row of the step). */
export const MAX_LISTED_ROWS = 32;

export function firstDescentStep(x: DenseMatrix, y: ArrayLike<number>, problem: DescentProblem): DescentStepExplanation {
  const o = resolveDescentOptions(problem.options);
  const { loss } = problem;
  const n = x.rows;
  const p = x.cols;
  const k = loss.outputs;
  const rng = new SeededRandom(o.randomState);
  const start = initialParams(o, k, p, rng);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (o.shuffle) rng.shuffle(order);
  const batch = rowsPerStep(o, n);
  const gw = new Float64Array(k * p);
  const gb = new Float64Array(k);
  const z = new Float64Array(k);
  const dz = new Float64Array(k);
  let lossSum = 0;
  for (let r = 0; r < batch; r++) {
    const off = order[r]! * p;
    for (let c = 0; c < k; c++) {
      let s = start.intercepts[c]!;
      for (let j = 0; j < p; j++) s += start.weights[c * p + j]! * x.data[off + j]!;
      z[c] = s;
    }
    lossSum += loss.row(z, y[order[r]!]!, dz);
    for (let c = 0; c < k; c++) {
      gb[c]! += dz[c]!;
      for (let j = 0; j < p; j++) gw[c * p + j]! += dz[c]! * x.data[off + j]!;
    }
  }
  for (let i = 0; i < gw.length; i++) gw[i]! /= batch;
  for (let c = 0; c < k; c++) gb[c]! /= batch;
  const eta = o.learningRate;
  const shrink = o.penalty === 'l2' ? 1 - eta * o.alpha : 1;
  const threshold = o.penalty === 'l1' ? eta * o.alpha : 0;
  const weightsAfter = Array.from(start.weights, (w, i) => {
    const v = w * shrink - eta * gw[i]!;
    return threshold > 0 ? softThreshold(v, threshold) : v;
  });
  const interceptsAfter = Array.from(start.intercepts, (b, c) => (o.fitIntercept ? b - eta * gb[c]! : b));
  const first = order[0]!;
  return {
    batchRows: batch,
    rows: Array.from(order.subarray(0, Math.min(batch, MAX_LISTED_ROWS))),
    learningRate: eta,
    penalty: o.penalty,
    alpha: o.penalty === 'none' ? 0 : o.alpha,
    outputs: k,
    weightsBefore: Array.from(start.weights),
    interceptsBefore: Array.from(start.intercepts),
    gradWeights: Array.from(gw),
    gradIntercepts: Array.from(gb),
    weightsAfter,
    interceptsAfter,
    batchLoss: lossSum / batch,
    ...(batch === 1 && {
      sample: { x: Array.from(x.data.subarray(first * p, first * p + p)), y: y[first]!, z: Array.from(z), dz: Array.from(dz) },
    }),
  };
}
