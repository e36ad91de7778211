/**
 * Back-propagation against central finite differences of the summed data loss, for every hidden
 * activation and every output/loss pair, through two hidden layers (so the hidden-to-hidden path
 * is checked too), over 7 rows (the blocked kernels' 4-row groups and their remainder).
 */
import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../../src/stats/random';
import type { Activation } from '../../../src/models/mlp/activations';
import type { Net } from '../../../src/models/mlp/blockPass';
import { blockPass, createWorkspace } from '../../../src/models/mlp/blockPass';
import { viewParameters } from '../../../src/models/mlp/network';
import type { Head } from '../../../src/models/mlp/outputLayer';

const ROWS = 7;
const INPUTS = 5;

const heads: [string, Head][] = [
  ['identity + squared error', { activation: 'identity', loss: 'squared', outputs: 1, cut: 0 }],
  ['sigmoid + cross-entropy', { activation: 'sigmoid', loss: 'crossEntropy', outputs: 1, cut: 0 }],
  ['sigmoid + squared error', { activation: 'sigmoid', loss: 'squared', outputs: 1, cut: 0 }],
  ['softmax + cross-entropy', { activation: 'softmax', loss: 'crossEntropy', outputs: 3, cut: 0 }],
  ['softmax + squared error', { activation: 'softmax', loss: 'squared', outputs: 3, cut: 0 }],
];
const cases = (['sigmoid', 'tanh', 'relu'] as Activation[]).flatMap((activation) =>
  heads.map(([name, head]) => [activation, name, head] as const),
);

describe('MLP gradients equal central finite differences', () => {
  it.each(cases)('%s hidden units, %s', (activation, _, head) => {
    const rng = new SeededRandom(7);
    const sizes = [INPUTS, 6, 4, head.outputs];
    const params = viewParameters(sizes);
    for (let i = 0; i < params.theta.length; i++) params.theta[i] = 0.8 * rng.nextNormal();
    const x = Float64Array.from({ length: ROWS * INPUTS }, () => rng.nextNormal());
    const y = Array.from({ length: ROWS }, (_, i) =>
      head.activation === 'identity' ? rng.nextNormal() : i % (head.outputs === 1 ? 2 : head.outputs),
    );
    const net: Net = { params, activation, head };
    const ws = createWorkspace(sizes, ROWS);
    const sums = new Float64Array(2);
    const loss = () => {
      sums.fill(0);
      blockPass(net, ws, x, y, null, 0, ROWS, null, sums);
      return sums[0]!;
    };
    const grad = viewParameters(sizes);
    blockPass(net, ws, x, y, null, 0, ROWS, grad, sums);
    const h = 1e-6;
    let worst = 0;
    for (let i = 0; i < params.theta.length; i++) {
      const keep = params.theta[i]!;
      params.theta[i] = keep + h;
      const up = loss();
      params.theta[i] = keep - h;
      const down = loss();
      params.theta[i] = keep;
      const numeric = (up - down) / (2 * h);
      worst = Math.max(worst, Math.abs(numeric - grad.theta[i]!) / Math.max(1, Math.abs(numeric)));
    }
    // Central differences are exact to O(h²) ≈ 1e-12 plus rounding ε·loss/h ≈ 1e-10; a wrong term is O(1).
    expect(worst).toBeLessThan(1e-7);
    expect(grad.theta.some((g) => g !== 0)).toBe(true);
  });
});
