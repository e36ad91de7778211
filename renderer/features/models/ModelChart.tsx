/**
 * One model chart built in the worker from the view's data, sized to its box (the builders lay out
 * title and legend for the target size), shown with a label for assistive technology.
 */
import { useMemo, useRef } from 'react';
import type { ModelChartRequest } from '../../../src/protocol/protocol';
import { EChart } from '../../components/EChart';
import type { EChartsOption } from '../../components/echarts';
import { useBoxSize } from '../../components/useBoxSize';
import type { Look } from './trainingChart';
import { useModelChart } from './useModelChart';

interface Props {
  readonly chartId: string;
  readonly request: ModelChartRequest | null;
  readonly look: Look;
  readonly label: string;
  readonly className: string;
  /** A series id whose data the box exposes as `data-series` (JSON), so tests can read what is drawn. */
  readonly exposeSeries?: string;
}

function seriesData(option: EChartsOption | null, id: string | undefined): string | undefined {
  if (!option || !id) return undefined;
  const series = (Array.isArray(option.series) ? option.series : [option.series]) as { id?: string; data?: unknown }[];
  const found = series.find((s) => s?.id === id);
  return found ? JSON.stringify(found.data ?? []) : undefined;
}

export function ModelChart({ chartId, request, look, label, className, exposeSeries }: Props) {
  const box = useRef<HTMLDivElement | null>(null);
  const size = useBoxSize(box);
  const sized = useMemo(() => (size ? { ...look, width: size.width, height: size.height } : null), [look, size]);
  const option = useModelChart(chartId, sized ? request : null, sized ?? look);
  return (
    <div ref={box} className={className} data-series={seriesData(option, exposeSeries)}>
      <EChart option={option} theme={look.theme} className="fill" label={label} />
    </div>
  );
}
