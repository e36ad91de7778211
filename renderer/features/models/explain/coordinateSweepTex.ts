/**
 * The first coordinate-descent sweep written out with the run's numbers: for each feature its
 * update w_j ← S(z_j, αρ) / d_j with z_j, the threshold and the denominator, then the intercept
 * from the centring. Pure functions from the engine's Explanation to LaTeX strings.
 */
import type { CoordinateSweepExplanation, Explanation } from '../../../../src/protocol/protocol';
import { texNumber, texText } from './texNumbers';

export interface SweepCoordinate {
  readonly symbol: string;
  readonly before: number;
  readonly correlation: number;
  readonly denominator: number;
  readonly after: number;
  readonly skipped: boolean;
  /** "w_j ← S(z_j, αρ) / d_j = …" with the numbers. */
  readonly updateTex: string;
}

export function coordinateSweepTex(
  e: Pick<Explanation, 'features'>,
  s: CoordinateSweepExplanation,
): { coordinates: SweepCoordinate[]; intercept?: string } {
  const threshold = texNumber(s.threshold);
  const coordinates = e.features.map((name, j): SweepCoordinate => {
    const symbol = `w_{${texText(name)}}`;
    const skipped = s.skipped.includes(j);
    const [z, d, after] = [s.correlation[j]!, s.denominator[j]!, s.after[j]!];
    const updateTex = skipped
      ? String.raw`${symbol} = ${texNumber(after)}`
      : String.raw`${symbol} \leftarrow \frac{S(${texNumber(z)},\ ${threshold})}{${texNumber(d)}} = ${texNumber(after)}`;
    return { symbol, before: s.before[j]!, correlation: z, denominator: d, after, skipped, updateTex };
  });
  return {
    coordinates,
    ...(s.intercept !== undefined && { intercept: String.raw`b = \bar y - \bar x^\top w = ${texNumber(s.intercept)}` }),
  };
}
