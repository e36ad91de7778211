/** A box showing one ECharts option (canvas). */
import { useECharts } from './useECharts';
import type { EChartsOption } from './echarts';

export function EChart({
  option,
  theme,
  className,
  label,
}: {
  option: EChartsOption | null;
  theme: 'light' | 'dark';
  className?: string;
  label: string;
}) {
  const { ref } = useECharts(option, theme);
  return <div ref={ref} className={className} role="img" aria-label={label} />;
}
