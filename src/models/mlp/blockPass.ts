/**
 * One pass of a network over a block of rows: forward through every layer, the output loss, and
 * (when a gradient is asked for) back-propagation accumulating Σ over the block's rows of the
 * weight and bias gradients. All buffers live in a Workspace made once per fit, sized for the
 * largest block, so no pass allocates.
 */
import type { Activation } from './activations';
import { activate, multiplyDerivative } from './activations';
import type { LayerProducts, ProductsChoice } from './layerProducts';
import { layerProducts } from './layerProducts';
import type { Parameters } from './network';
import type { Head } from './outputLayer';
import { outputBlock } from './outputLayer';

export interface Net {
  readonly params: Parameters;
  readonly activation: Activation;
  readonly head: Head;
}

export interface Workspace {
  readonly blockRows: number;
  /** The matrix products (WebAssembly SIMD or scalar); the buffers below come from it. */
  readonly products: LayerProducts;
  /** The block's rows gathered from a shuffled order, or copied for products that read only their own buffers (blockRows × inputs). */
  readonly input: Float64Array;
  /** Per layer (blockRows × units): hidden activations, and for the last layer the output pre-activations z. */
  readonly acts: Float64Array[];
  /** Per layer: ∂loss/∂(pre-activation). */
  readonly deltas: Float64Array[];
  /** The block's targets. */
  readonly y: Float64Array;
}

export function createWorkspace(sizes: readonly number[], blockRows: number, choice: ProductsChoice = 'auto'): Workspace {
  const products = layerProducts(sizes, blockRows, choice);
  const perLayer = () => sizes.slice(1).map((units) => products.buffer(blockRows * units));
  return {
    blockRows,
    products,
    input: products.buffer(blockRows * sizes[0]!),
    acts: perLayer(),
    deltas: perLayer(),
    y: products.buffer(blockRows),
  };
}

/**
 * Forward pass over rows first‥first+rows of x (n × inputs, row-major), or over order[first‥] when an
 * order is given; leaves the output pre-activations in ws.acts[last]. Returns the offset of the
 * block's first input value in the returned array (x itself, or ws.input after gathering).
 */
export function forwardBlock(
  net: Net,
  ws: Workspace,
  x: Float64Array,
  order: Int32Array | null,
  first: number,
  rows: number,
): { input: Float64Array; at: number } {
  const p = net.params.sizes[0]!;
  let input = x;
  let at = first * p;
  if (order !== null) {
    const gathered = ws.input;
    for (let r = 0; r < rows; r++) {
      const from = order[first + r]! * p;
      for (let j = 0; j < p; j++) gathered[r * p + j] = x[from + j]!;
    }
    input = ws.input;
    at = 0;
  } else if (!ws.products.readsAnyInput) {
    ws.input.set(x.subarray(at, at + rows * p));
    input = ws.input;
    at = 0;
  }
  const layers = net.params.layers;
  for (let l = 0; l < layers.length; l++) {
    const out = ws.acts[l]!;
    if (l === 0) ws.products.affine(input, at, rows, layers[l]!, out);
    else ws.products.affine(ws.acts[l - 1]!, 0, rows, layers[l]!, out);
    if (l < layers.length - 1) activate(net.activation, out, rows * layers[l]!.units);
  }
  return { input, at };
}

/**
 * Forward pass, output loss added to sums when given (sums[0] += Σ loss, sums[1] += correct
 * predictions) and, when grad is given, Σ of the rows' gradients added into grad (same layout as
 * the parameters).
 */
export function blockPass(
  net: Net,
  ws: Workspace,
  x: Float64Array,
  y: ArrayLike<number>,
  order: Int32Array | null,
  first: number,
  rows: number,
  grad: Parameters | null,
  sums: Float64Array | null,
): void {
  const { input, at } = forwardBlock(net, ws, x, order, first, rows);
  for (let r = 0; r < rows; r++) ws.y[r] = y[order === null ? first + r : order[first + r]!]!;
  const layers = net.params.layers;
  const last = layers.length - 1;
  outputBlock(net.head, ws.acts[last]!, rows, ws.y, grad ? ws.deltas[last]! : null, sums);
  if (!grad) return;
  for (let l = last; l >= 0; l--) {
    const layer = layers[l]!;
    const g = grad.layers[l]!;
    const d = ws.deltas[l]!;
    if (l === 0) ws.products.gradient(input, at, rows, d, g);
    else {
      ws.products.gradient(ws.acts[l - 1]!, 0, rows, d, g);
      ws.products.backprop(d, rows, layer, ws.deltas[l - 1]!);
      multiplyDerivative(net.activation, ws.acts[l - 1]!, ws.deltas[l - 1]!, rows * layer.inputs);
    }
  }
}
