/**
 * The live fit chart beside the training curves: a sample of the run's training rows with the
 * model's current line (or curve, or binary decision boundary) over them, moving as the weights
 * stream in (at most as often as progress arrives), then the final model's once the run is done.
 * Shown only for runs the worker sent rows for (one input for regression, two for a binary
 * classifier); the engine builds the chart (src/charts/liveFitChart.ts).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FitLineId, ModelChartRequest } from '../../../src/protocol/protocol';
import type { RunRecord } from './runsStore';
import type { Look } from './trainingChart';
import { ModelChart } from './ModelChart';
import { finalLine } from './runCoefficients';

/** Typed as the engine's id, so the two cannot drift apart. */
const FIT_LINE: FitLineId = 'fit-line';

export function LiveFit({ run, look }: { run: RunRecord; look: Look }) {
  const { t } = useTranslation();
  const { livePoints: points, liveWeights, result } = run;
  const threshold = result?.report.threshold ?? (run.spec.options?.threshold as number | undefined);
  const request = useMemo((): ModelChartRequest | null => {
    if (!points) return null;
    // The final coefficients once there are any: with early stopping the model is the best epoch's, not the last streamed.
    const line = finalLine(result?.report) ?? liveWeights;
    return { kind: 'liveFit', fit: { points, ...(line && { line }), ...(threshold !== undefined && { threshold }) } };
  }, [points, liveWeights, result, threshold]);
  if (!request) return null;
  return (
    <ModelChart
      chartId={`live-fit-${run.id}`}
      request={request}
      look={look}
      className="training-chart live-fit-chart"
      label={t('models.live.chart')}
      exposeSeries={FIT_LINE}
    />
  );
}
