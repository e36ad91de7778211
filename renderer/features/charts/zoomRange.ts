/**
 * Line-chart zoom in the preview: ECharts' zoom window (read back from the instance after a
 * `datazoom` event) becomes the `xRange` setting, so the worker re-downsamples just that range.
 */
import type { ChartOption } from '../../../src/protocol/protocol';

/** The fields of a dataZoom component's option state that ECharts fills in after each zoom. */
export interface ZoomWindow {
  /** Percent of the axis extent (the whole series: zoomed options keep it as the axis min/max). */
  readonly start?: number;
  readonly end?: number;
  /** The same window in x units (epoch ms on a time axis). */
  readonly startValue?: unknown;
  readonly endValue?: unknown;
}

export type XRange = readonly [number, number];

/** The x range the window shows, or null when it shows the whole series (or is unreadable). */
export function zoomToRange(window: ZoomWindow | undefined): XRange | null {
  if (!window) return null;
  if ((window.start ?? 0) <= 0 && (window.end ?? 100) >= 100) return null;
  const from = window.startValue;
  const to = window.endValue;
  if (typeof from !== 'number' || typeof to !== 'number' || !Number.isFinite(from) || !Number.isFinite(to) || !(from < to)) return null;
  return [from, to];
}

/**
 * Points (or min–max columns) drawn by an option's datasets, all lines together, for the preview's
 * `data-points`; the null rows that break a line at a gap are not points.
 */
export function pointCount(option: ChartOption | null): number {
  const dataset = option?.dataset;
  const list = Array.isArray(dataset) ? dataset : dataset ? [dataset] : [];
  const drawn = (source: unknown[] | undefined) => (source ?? []).filter((row) => !Array.isArray(row) || row[1] !== null).length;
  return list.reduce((n: number, d: unknown) => n + drawn((d as { source?: unknown[] }).source), 0);
}
