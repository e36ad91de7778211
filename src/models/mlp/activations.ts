/**
 * Hidden-layer activations, applied in place over a block, and their derivatives written in terms
 * of the activation's output a (as the course and scikit-learn do): σ' = a(1 − a), tanh' = 1 − a²,
 * ReLU' = [a > 0] = sign(a) (a ≥ 0).
 */
export type Activation = 'sigmoid' | 'tanh' | 'relu';
export const ACTIVATIONS: readonly Activation[] = ['sigmoid', 'tanh', 'relu'];

/**
 * The course clips z at −100 before exp (so e^(−z) cannot overflow); σ(−100) ≈ 3.7e−44 is zero for
 * every practical purpose, and the clip keeps a saturated unit finite whatever the weights.
 */
export const SIGMOID_CLIP = -100;

export function sigmoidUnit(z: number): number {
  return 1 / (1 + Math.exp(-(z < SIGMOID_CLIP ? SIGMOID_CLIP : z)));
}

/** a ← f(a) for the first `count` values. */
export function activate(kind: Activation, a: Float64Array, count: number): void {
  if (kind === 'sigmoid') for (let i = 0; i < count; i++) a[i] = sigmoidUnit(a[i]!);
  else if (kind === 'tanh') for (let i = 0; i < count; i++) a[i] = Math.tanh(a[i]!);
  // Math.max and Math.sign below compile without a data-dependent branch: about half of ReLU units
  // are off, and a mispredicted branch per unit cost more than the layer's products.
  else for (let i = 0; i < count; i++) a[i] = Math.max(a[i]!, 0);
}

/** d ← d · f'(z), with f'(z) computed from a = f(z), for the first `count` values. */
export function multiplyDerivative(kind: Activation, a: Float64Array, d: Float64Array, count: number): void {
  if (kind === 'sigmoid') for (let i = 0; i < count; i++) d[i] = d[i]! * a[i]! * (1 - a[i]!);
  else if (kind === 'tanh') for (let i = 0; i < count; i++) d[i] = d[i]! * (1 - a[i]! * a[i]!);
  else for (let i = 0; i < count; i++) d[i] = d[i]! * Math.sign(a[i]!);
}
