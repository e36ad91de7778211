/**
 * A small hook owning one ECharts instance: init on mount, setOption on change (notMerge, so a
 * chart of another type leaves nothing behind), resize with its box, dispose on unmount. Written
 * in-house because echarts-for-react has open leak/double-render issues (docs/dependencies.md).
 */
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { echarts } from './echarts';
import type { EChartsOption } from './echarts';

export function useECharts(
  option: EChartsOption | null,
  theme: 'light' | 'dark' = 'light',
): { ref: RefObject<HTMLDivElement | null>; chart: RefObject<echarts.ECharts | null> } {
  const ref = useRef<HTMLDivElement | null>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const instance = echarts.init(element, theme === 'dark' ? 'dark' : undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => instance.resize()) : null;
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [theme]);

  useEffect(() => {
    if (chart.current && option) chart.current.setOption(option, { notMerge: true });
    else chart.current?.clear();
  }, [option, theme]);

  return { ref, chart };
}
