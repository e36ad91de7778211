/**
 * One descent step written out with the run's numbers: for a per-sample step the row, the model's
 * output and its error, then for each weight and intercept its gradient and the update
 * "w ← w − η·∂L/∂w = …" (with the l2 shrink or the l1 soft-threshold when the fit has a penalty).
 * Pure functions from the engine's Explanation to LaTeX strings (tested in tests/renderer).
 */
import type { DescentStepExplanation, Explanation } from '../../../../src/protocol/protocol';
import { texNumber, texOperand, texText } from './texNumbers';

export interface ParameterStep {
  /** The parameter's symbol, e.g. w_{\text{bmi}} or b. */
  readonly symbol: string;
  readonly before: number;
  readonly gradient: number;
  readonly after: number;
  /** "∂L/∂w = …" with the numbers. */
  readonly gradientTex: string;
  /** "w ← w − η·∂L/∂w = …" with the numbers. */
  readonly updateTex: string;
}

export interface StepTex {
  /** Per-sample steps: the row (inputs, target) and the output and its error; empty otherwise. */
  readonly sampleLines: string[];
  readonly parameters: ParameterStep[];
}

const partial = (symbol: string) => String.raw`\frac{\partial L}{\partial ${symbol}}`;

/** Parameter symbols: w with the column name (and the class for softmax), b for intercepts. */
export function symbols(e: Pick<Explanation, 'features'>, outputs: number): { weights: string[]; intercepts: string[] } {
  const names = e.features.map(texText);
  if (outputs === 1) return { weights: names.map((n) => `w_{${n}}`), intercepts: ['b'] };
  const k = Array.from({ length: outputs }, (_, c) => c + 1);
  return { weights: k.flatMap((c) => names.map((n) => `w_{${c},${n}}`)), intercepts: k.map((c) => `b_{${c}}`) };
}

/** The written-out update of one parameter: the penalty applies to weights, never to intercepts. */
function updateTex(
  symbol: string,
  before: number,
  gradient: number,
  after: number,
  step: DescentStepExplanation,
  isWeight: boolean,
): string {
  const eta = texNumber(step.learningRate);
  const plain = `${texNumber(before)} - ${eta} \\cdot ${texOperand(gradient)}`;
  let rhs = plain;
  if (isWeight && step.penalty === 'l2')
    rhs = String.raw`(1 - ${eta} \cdot ${texNumber(step.alpha)}) \cdot ${texOperand(before)} - ${eta} \cdot ${texOperand(gradient)}`;
  if (isWeight && step.penalty === 'l1') rhs = String.raw`S\!\left(${plain},\ ${eta} \cdot ${texNumber(step.alpha)}\right)`;
  return String.raw`${symbol} \leftarrow ${rhs} = ${texNumber(after)}`;
}

/** A per-sample step of one output: x, y, the output, and its error (ŷ − y, or p − y for logistic). */
function sampleLines(e: Explanation, step: DescentStepExplanation): string[] {
  const { sample } = step;
  if (!sample || step.outputs !== 1) return [];
  const inputs = e.features.map((f, j) => `x_{${texText(f)}} = ${texNumber(sample.x[j]!)}`);
  const z = sample.z[0]!;
  const dz = sample.dz[0]!;
  const row = `${inputs.join(',\\ ')},\\quad y = ${texNumber(sample.y)}`;
  const terms =
    e.features.length <= 3
      ? `${step.weightsBefore.map((w, j) => `${texOperand(w)} \\cdot ${texOperand(sample.x[j]!)}`).join(' + ')} + ${texOperand(step.interceptsBefore[0]!)} = `
      : '';
  if (e.family === 'logistic') {
    const p = dz + sample.y;
    return [
      row,
      String.raw`z = w^\top x + b = ${terms}${texNumber(z)},\quad p = \sigma(z) = ${texNumber(p)}`,
      String.raw`p - y = ${texNumber(p)} - ${texOperand(sample.y)} = ${texNumber(dz)}`,
    ];
  }
  return [
    row,
    String.raw`\hat y = w^\top x + b = ${terms}${texNumber(z)}`,
    String.raw`\hat y - y = ${texNumber(z)} - ${texOperand(sample.y)} = ${texNumber(dz)}`,
  ];
}

export function stepTex(e: Explanation): StepTex | undefined {
  const step = e.step;
  if (!step) return undefined;
  const { weights, intercepts } = symbols(e, step.outputs);
  const p = e.features.length;
  // A per-sample step of one output shows its gradient as (error)·x; otherwise the gradient is a mean over the batch.
  const error = step.sample && step.outputs === 1 ? step.sample.dz[0]! : undefined;
  const errorSymbol = e.family === 'logistic' ? '(p - y)' : String.raw`(\hat y - y)`;
  const weightSteps = weights.map((symbol, i): ParameterStep => {
    const gradient = step.gradWeights[i]!;
    const x = step.sample?.x[i % p];
    const worked =
      error !== undefined && x !== undefined
        ? ` = ${errorSymbol}\\, x_{${texText(e.features[i % p]!)}} = ${texOperand(error)} \\cdot ${texOperand(x)}`
        : '';
    return {
      symbol,
      before: step.weightsBefore[i]!,
      gradient,
      after: step.weightsAfter[i]!,
      gradientTex: `${partial(symbol)}${worked} = ${texNumber(gradient)}`,
      updateTex: updateTex(symbol, step.weightsBefore[i]!, gradient, step.weightsAfter[i]!, step, true),
    };
  });
  const interceptSteps = intercepts.map((symbol, c): ParameterStep => {
    const gradient = step.gradIntercepts[c]!;
    const worked = error !== undefined ? ` = ${errorSymbol}` : '';
    const [before, after] = [step.interceptsBefore[c]!, step.interceptsAfter[c]!];
    // Without an intercept (fitIntercept off) b is held where it started.
    const held = before === after && gradient !== 0;
    return {
      symbol,
      before,
      gradient,
      after,
      gradientTex: `${partial(symbol)}${worked} = ${texNumber(gradient)}`,
      updateTex: held ? `${symbol} = ${texNumber(before)}` : updateTex(symbol, before, gradient, after, step, false),
    };
  });
  return { sampleLines: sampleLines(e, step), parameters: [...weightSteps, ...interceptSteps] };
}
