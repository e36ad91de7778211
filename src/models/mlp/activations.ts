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
  // ReLU without a data-dependent branch (about half of the units are off, and a mispredicted
  // branch per unit cost more than the layer's products) and without Math.max, whose −0/NaN rules
  // made it 5× slower here: (v + |v|)/2 is v for v > 0 and +0 otherwise, exactly (doubling and
  // halving round nothing; only |v| > 8.9e307 would overflow, far past any finite loss).
  else
    for (let i = 0; i < count; i++) {
      const v = a[i]!;
      a[i] = (v + Math.abs(v)) * 0.5;
    }
}

/**
 * d ← d · f'(z), with f'(z) computed from a = f(z), for the first `count` values. ReLU's [a > 0] as
 * a number (no branch; Math.sign was as slow as a mispredicted branch). A NaN unit gives 0 here, not
 * NaN: the forward pass has already made the loss NaN, which stops the fit as diverged.
 */
export function multiplyDerivative(kind: Activation, a: Float64Array, d: Float64Array, count: number): void {
  if (kind === 'sigmoid') for (let i = 0; i < count; i++) d[i] = d[i]! * a[i]! * (1 - a[i]!);
  else if (kind === 'tanh') for (let i = 0; i < count; i++) d[i] = d[i]! * (1 - a[i]! * a[i]!);
  else for (let i = 0; i < count; i++) d[i] = d[i]! * +(a[i]! > 0);
}
