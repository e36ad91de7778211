/**
 * Bubble sizes: AREA proportional to the value (diameter ∝ √value), the convention readers
 * judge correctly (Tufte; Cleveland & McGill 1984), and a legend of reference circles drawn with
 * plain `graphic` elements so the option stays data.
 */
import type { EChartsOption } from 'echarts';
import { formatNumber } from './format';
import type { Theme } from './theme';

/**
 * Largest bubble diameter in pixels for `points` bubbles: 48 px for up to 50 bubbles, shrinking
 * as 1/√n (constant total ink) down to 12 px, so hundreds of bubbles do not merge into one blob.
 */
export function maxBubbleDiameter(points: number): number {
  return Math.max(12, Math.min(48, 48 * Math.sqrt(50 / Math.max(points, 1))));
}

/** Diameter in pixels for value v when the largest value vmax gets `maxDiameter`. */
export function bubbleDiameter(v: number, vmax: number, maxDiameter: number): number {
  return vmax > 0 ? maxDiameter * Math.sqrt(Math.max(v, 0) / vmax) : 0;
}

/**
 * The largest d × 10^k (d = 1…9) at or below v: a round reference value for the legend that stays
 * close to the data (47.8 → 40, not 20, so the largest reference circle resembles the largest bubbles).
 */
export function roundDown(v: number): number {
  if (!(v > 0)) return 0;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  // The epsilon keeps exact multiples (40 / 10 = 3.9999… in binary) on their own digit.
  return Math.floor(v / p + 1e-9) * p;
}

/** Reference circles (largest first) stacked at the right edge of a chart `width` px wide. */
export function sizeLegend(
  vmax: number,
  maxDiameter: number,
  title: string,
  theme: Theme,
  width: number,
  top: number,
): EChartsOption['graphic'] {
  const values = [...new Set([roundDown(vmax), roundDown(vmax / 4), roundDown(vmax / 16)])].filter((v) => v > 0);
  const cx = width - 58;
  const children: Record<string, unknown>[] = [
    { type: 'text', x: cx, y: top, style: { text: title, fill: theme.text, fontSize: 12, align: 'center' } },
  ];
  let y = top + 24;
  for (const v of values) {
    const r = bubbleDiameter(v, vmax, maxDiameter) / 2;
    children.push({ type: 'circle', shape: { cx, cy: y + r, r }, style: { fill: 'none', stroke: theme.subtext, lineWidth: 1 } });
    children.push({
      type: 'text',
      x: cx + maxDiameter / 2 + 6,
      y: y + r - 6,
      style: { text: formatNumber(v), fill: theme.subtext, fontSize: 11 },
    });
    y += 2 * r + 10;
  }
  return { elements: children } as EChartsOption['graphic'];
}
