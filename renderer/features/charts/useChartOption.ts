/** Builds a chart's ECharts option in the worker whenever its settings change (stale builds dropped). */
import { useEffect, useState } from 'react';
import type { ChartOption, ErrorInfo } from '../../../src/protocol/protocol';
import { withNumberFormat } from '../../engine/chartLook';
import type { NumberFormat } from '../../engine/chartLook';
import { engine } from '../../engine/EngineClient';
import type { Settings } from './chartForm';

/** `viewRevision` changes when the dataset's rows change (a filter applied): the chart is built again. */
export function useChartOption(
  chartId: string,
  datasetId: string,
  settings: Settings | null,
  viewRevision = 0,
): { option: ChartOption | null; error: ErrorInfo | null; busy: boolean } {
  const [state, setState] = useState<{ option: ChartOption | null; error: ErrorInfo | null; busy: boolean }>({
    option: null,
    error: null,
    busy: false,
  });
  const key = settings ? JSON.stringify(settings) : null;
  useEffect(() => {
    if (key === null) return setState({ option: null, error: null, busy: false });
    setState((s) => ({ ...s, busy: true }));
    void requestChartOption(chartId, datasetId, JSON.parse(key) as Settings).then((o) => {
      if (o.kind === 'ok') setState({ option: o.value, error: null, busy: false });
      else if (o.kind === 'error') setState({ option: null, error: o.error, busy: false });
    });
  }, [chartId, datasetId, key, viewRevision]);
  return state;
}

/**
 * The engine's option for `settings`, with the tick formatter of its number format added here
 * (a function cannot come from the worker). Used by the preview and by exports at another size.
 */
export async function requestChartOption(chartId: string, datasetId: string, settings: Settings) {
  const outcome = await engine().chart(chartId, datasetId, settings);
  return outcome.kind === 'ok'
    ? { ...outcome, value: withNumberFormat(outcome.value, settings.numberFormat as NumberFormat | undefined) }
    : outcome;
}
