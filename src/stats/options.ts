/** Checks on user-supplied statistics options: bad values become FitplotError BAD_OPTION. */
import { FitplotError } from '../table/errors';

export function checkProbability(p: number): void {
  if (!(typeof p === 'number' && p >= 0 && p <= 1)) {
    throw new FitplotError({
      code: 'BAD_OPTION',
      message: `Quantile probability ${String(p)} is not between 0 and 1.`,
      hint: 'Give probabilities as fractions, e.g. 0.25 for the first quartile.',
    });
  }
}

export function checkBins(bins: number): void {
  if (!(Number.isInteger(bins) && bins >= 1 && bins <= 10_000)) {
    throw new FitplotError({
      code: 'BAD_OPTION',
      message: `Histogram bin count ${String(bins)} is not a whole number between 1 and 10000.`,
      hint: 'Leave it out to let the Freedman–Diaconis rule choose.',
    });
  }
}

export function checkEdges(edges: readonly number[]): void {
  let ok = edges.length >= 2;
  for (let i = 0; ok && i < edges.length; i++)
    ok = Number.isFinite(edges[i]) && (i === 0 || (edges[i] as number) > (edges[i - 1] as number));
  if (!ok)
    throw new FitplotError({
      code: 'BAD_OPTION',
      message: 'Histogram edges must be at least two finite, strictly increasing numbers.',
      hint: 'Sort the edges and remove duplicates.',
    });
}

export function checkPositiveInteger(name: string, value: number, max: number): void {
  if (!(Number.isInteger(value) && value >= 0 && value <= max)) {
    throw new FitplotError({ code: 'BAD_OPTION', message: `${name} must be a whole number between 0 and ${max}, got ${String(value)}.` });
  }
}

export function checkPositiveNumber(name: string, value: number): void {
  if (!(Number.isFinite(value) && value > 0))
    throw new FitplotError({ code: 'BAD_OPTION', message: `${name} must be a positive number, got ${String(value)}.` });
}
