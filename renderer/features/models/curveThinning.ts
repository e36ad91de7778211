/**
 * A loss curve kept to at most MAX_CURVE_POINTS points, whatever the epoch count: a long fit
 * (200,000 epochs) would otherwise grow the run's state, and the chart request built from it, by
 * every epoch on every progress message until the page froze. Kept: the first and last epochs, the
 * best (lowest monitored loss), and every epoch on a power-of-two stride (1, 1 + s, 1 + 2s, …). The
 * stride only ever doubles, so a curve thinned again as epochs arrive keeps the same points.
 */
import type { FitEpoch } from '../../../src/protocol/protocol';

export const MAX_CURVE_POINTS = 2000;

/** The items to keep, in order; `epochOf` is 1-based, `loss` is the monitored loss (lower is better). */
export function thinCurve<T>(
  items: readonly T[],
  epochOf: (item: T) => number,
  loss: (item: T) => number,
  max = MAX_CURVE_POINTS,
): readonly T[] {
  const n = items.length;
  if (n <= max) return items;
  let best = 0;
  let lowest = Infinity;
  items.forEach((item, i) => {
    const v = loss(item);
    if (v < lowest) [lowest, best] = [v, i];
  });
  // Room for the stride's points besides first, last and best.
  let stride = 1;
  while (epochOf(items[n - 1]!) / stride > max - 4) stride *= 2;
  return items.filter((item, i) => i === 0 || i === n - 1 || i === best || (epochOf(item) - 1) % stride === 0);
}

/** The monitored loss of an epoch: validation when there is a validation curve, else training. */
const monitored = (e: FitEpoch): number => e.validationLoss ?? e.trainLoss;

/** A run's kept epochs after a progress message: bounded, so each message costs the same. */
export function appendEpochs(kept: readonly FitEpoch[], incoming: readonly FitEpoch[]): readonly FitEpoch[] {
  return incoming.length === 0 ? kept : thinCurve([...kept, ...incoming], (e) => e.epoch, monitored);
}

/** A finished run's recorded curves, thinned the same way, with the epoch of each kept value. */
export function thinLosses(
  train: readonly number[],
  validation: readonly number[] | undefined,
): { epochs: number[]; train: number[]; validation?: number[] } {
  const indices = thinCurve(
    train.map((_, i) => i),
    (i) => i + 1,
    (i) => validation?.[i] ?? train[i]!,
  );
  return {
    epochs: indices.map((i) => i + 1),
    train: indices.map((i) => train[i]!),
    ...(validation && { validation: indices.map((i) => validation[i]!) }),
  };
}
