/** A model chart built in the worker from data the view holds; the latest request wins (stale replies are dropped). */
import { useEffect, useState } from 'react';
import type { ModelChartLook, ModelChartRequest } from '../../../src/protocol/protocol';
import type { EChartsOption } from '../../components/echarts';
import { engine } from '../../engine/EngineClient';

export function useModelChart(chartId: string, request: ModelChartRequest | null, look: ModelChartLook): EChartsOption | null {
  const [option, setOption] = useState<EChartsOption | null>(null);
  const key = request ? JSON.stringify(request) : null;
  useEffect(() => {
    if (!request) return setOption(null);
    let live = true;
    void engine()
      .modelChart(chartId, request, look)
      .then((outcome) => {
        if (live && outcome.kind === 'ok') setOption(outcome.value as EChartsOption);
      });
    return () => void (live = false);
    // Keyed by the request's content: a re-render with equal data does not rebuild the chart.
  }, [chartId, key, look]);
  return option;
}
