/**
 * The rows the live fit chart draws under the moving line or decision boundary: a deterministic,
 * evenly spread sample of a run's training rows (at most LIVE_POINTS_MAX, so a large table costs
 * the chart and the message the same as a small one), taken once per run. Only for the shapes the
 * chart can draw: one input for regression (any polynomial degree), two inputs for a binary
 * classification without polynomial terms (a straight boundary).
 */
import type { TrainingData } from '../models/estimatorContract';
import type { LivePoints } from '../protocol/protocol';

export const LIVE_POINTS_MAX = 2000;

/** Whether a run of this shape has a live picture (the chart's one rule; the UI says why when not). */
export function liveDrawable(inputs: number, classes: number | undefined, degree: number): boolean {
  return classes === undefined ? inputs === 1 : classes === 2 && inputs === 2 && degree === 1;
}

export function livePoints(data: TrainingData, target: string, degree: number, max = LIVE_POINTS_MAX): LivePoints | undefined {
  const { x, y, inputs, classes } = data;
  if (!liveDrawable(inputs.length, classes?.length, degree)) return undefined;
  // Rows with a value missing (kept by an imputing fit) have no place on the plot.
  const usable: number[] = [];
  for (let i = 0; i < x.rows; i++) {
    let finite = Number.isFinite(y[i]!);
    for (let j = 0; j < x.cols && finite; j++) finite = Number.isFinite(x.data[i * x.cols + j]!);
    if (finite) usable.push(i);
  }
  // Every k-th usable row at fractional steps: the same rows for the same split, spread over the file order.
  const count = Math.min(max, usable.length);
  const rows = Array.from({ length: count }, (_, k) => usable[Math.floor((k * usable.length) / count)]!);
  return {
    target,
    inputs: [...inputs],
    x: inputs.map((_, j) => rows.map((i) => x.data[i * x.cols + j]!)),
    y: rows.map((i) => y[i]!),
    ...(classes && { classes: [...classes] }),
    total: x.rows,
  };
}
