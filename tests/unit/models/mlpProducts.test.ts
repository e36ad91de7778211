/**
 * The WebAssembly SIMD products (wasmProducts.ts) against the scalar kernels (kernels.ts): the same
 * bits, product by product on odd and even shapes (pairs of units or inputs and their leftover
 * single, four-row groups and their remainder), and over whole seeded training runs.
 */
import { describe, expect, it } from 'vitest';
import { matrix } from '../../../src/linalg';
import { SeededRandom } from '../../../src/stats/random';
import type { Net } from '../../../src/models/mlp/blockPass';
import { scalarProducts } from '../../../src/models/mlp/layerProducts';
import type { LayerProducts } from '../../../src/models/mlp/layerProducts';
import { initialParameters, viewParameters } from '../../../src/models/mlp/network';
import { resolveOptions } from '../../../src/models/mlp/options';
import type { MLPOptions } from '../../../src/models/mlp/options';
import type { Head } from '../../../src/models/mlp/outputLayer';
import { trainNetwork } from '../../../src/models/mlp/train';
import { createWasmProducts } from '../../../src/models/mlp/wasmProducts';

/** The 64-bit patterns, so that −0 and +0 (and NaN payloads) count as different. */
const bits = (v: Float64Array) => Array.from(new BigUint64Array(Float64Array.from(v).buffer), String);

function filled(products: LayerProducts, values: Float64Array): Float64Array {
  const out = products.buffer(values.length);
  out.set(values);
  return out;
}

describe('WebAssembly SIMD layer products', () => {
  const shapes: [rows: number, inputs: number, units: number][] = [
    [7, 5, 3],
    [9, 20, 16],
    [4, 1, 1],
    [13, 16, 1],
    [6, 3, 19],
    [1, 2, 10],
  ];

  it.each(shapes)('give the scalar bits for %i rows, %i inputs, %i units', (rows, inputs, units) => {
    const wasm = createWasmProducts([inputs, units], rows);
    expect(wasm).not.toBeNull();
    const rng = new SeededRandom(rows * 100 + inputs * 10 + units);
    const random = (length: number) => Float64Array.from({ length }, () => rng.nextNormal());
    const layer = viewParameters([inputs, units], random(units * (inputs + 1))).layers[0]!;
    const a = random(rows * inputs);
    const d = random(rows * units);
    // A non-zero gradient to add into, as successive blocks of one batch do.
    const g0 = random(units * (inputs + 1));
    const run = (products: LayerProducts) => {
      const out = products.buffer(rows * units);
      products.affine(filled(products, a), 0, rows, layer, out);
      const g = viewParameters([inputs, units], Float64Array.from(g0)).layers[0]!;
      products.gradient(filled(products, a), 0, rows, filled(products, d), g);
      const back = products.buffer(rows * inputs);
      products.backprop(filled(products, d), rows, layer, back);
      return { out: bits(out), gw: bits(g.w), gb: bits(g.b), back: bits(back) };
    };
    const scalar = run(scalarProducts);
    expect(run(wasm!)).toEqual(scalar);
    expect(scalar.out).not.toEqual(bits(new Float64Array(rows * units)));
  });
});

describe('a seeded training run', () => {
  const rng = new SeededRandom(3);
  const n = 601;
  const p = 7;
  const x = matrix(
    n,
    p,
    Float64Array.from({ length: n * p }, () => rng.nextNormal()),
  );
  const y = Array.from({ length: n }, (_, i) => (x.data[i * p]! + 0.5 * x.data[i * p + 1]! > 0 ? (x.data[i * p + 2]! > 0 ? 2 : 1) : 0));
  const head: Head = { activation: 'softmax', loss: 'crossEntropy', outputs: 3, cut: 0 };
  const settings: [string, MLPOptions][] = [
    [
      'mini-batches of 50, shuffled, momentum, L2',
      {
        hidden: [9, 4],
        activation: 'relu',
        method: 'minibatch',
        batchSize: 50,
        momentum: 0.9,
        penalty: 'l2',
        alpha: 0.01,
        epochs: 6,
        randomState: 5,
      },
    ],
    ['full batch in file order, tanh', { hidden: [5], activation: 'tanh', method: 'gd', learningRate: 0.5, epochs: 6, randomState: 2 }],
  ];

  it.each(settings)('has the same losses and weights to the last bit on both paths: %s', (_, options) => {
    const o = resolveOptions(options);
    const train = (products: 'auto' | 'scalar') => {
      const net: Net = { params: initialParameters([p, ...o.hidden, 3], o.init, o.seed), activation: o.activation, head };
      const r = trainNetwork(net, { x, y }, o, 'accuracy', {
        products,
        validation: { x: matrix(50, p, x.data.subarray(0, 50 * p)), y: y.slice(0, 50) },
      });
      return { ...r.curves, theta: bits(net.params.theta) };
    };
    const scalar = train('scalar');
    const wasm = train('auto');
    expect(scalar.trainLoss).toHaveLength(6);
    expect(bits(Float64Array.from(wasm.trainLoss))).toEqual(bits(Float64Array.from(scalar.trainLoss)));
    expect(bits(Float64Array.from(wasm.validationLoss))).toEqual(bits(Float64Array.from(scalar.validationLoss)));
    expect(wasm.theta).toEqual(scalar.theta);
    // Training moved: the last loss is below the first.
    expect(scalar.trainLoss.at(-1)!).toBeLessThan(scalar.trainLoss[0]!);
  });
});
