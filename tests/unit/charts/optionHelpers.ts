/** Small readers for chart options in tests. */
import type { EChartsOption } from 'echarts';

/** Every number and string leaf in the option: a bound on what it costs to send and draw. */
export function countValues(value: unknown): number {
  if (typeof value === 'number' || typeof value === 'string') return 1;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countValues(v), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + countValues(v), 0);
  return 0;
}

type Dataset = { dimensions?: unknown[]; source: unknown[][] };

export function datasets(option: EChartsOption): Dataset[] {
  const d = option.dataset as Dataset | Dataset[] | undefined;
  return d === undefined ? [] : Array.isArray(d) ? d : [d];
}

export function series(option: EChartsOption): Record<string, unknown>[] {
  return (Array.isArray(option.series) ? option.series : [option.series]) as Record<string, unknown>[];
}

export function subtitle(option: EChartsOption): string {
  return ((option.title as { subtext?: string }).subtext ?? '') as string;
}
