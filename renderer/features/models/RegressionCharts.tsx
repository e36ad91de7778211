/** Predicted vs actual and residuals vs fitted of a regression run, built in the worker from the table's rows. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo, ModelChartSet } from '../../../src/protocol/protocol';
import { EChart } from '../../components/EChart';
import type { EChartsOption } from '../../components/echarts';
import { engine } from '../../engine/EngineClient';
import { ModelError } from './ModelError';
import type { Look } from './trainingChart';

const CHART_SIZE = { width: 520, height: 360 };

export function RegressionCharts({ runId, datasetId, look }: { runId: string; datasetId: string; look: Look }) {
  const { t } = useTranslation();
  const [charts, setCharts] = useState<ModelChartSet | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  useEffect(() => {
    let live = true;
    void engine()
      .modelCharts(runId, datasetId, { ...look, ...CHART_SIZE })
      .then((outcome) => {
        if (!live) return;
        if (outcome.kind === 'ok') setCharts(outcome.value);
        else if (outcome.kind === 'error') setError(outcome.error);
      });
    return () => void (live = false);
  }, [runId, datasetId, look]);
  if (error) return <ModelError error={error} />;
  if (!charts) return <p className="muted">{t('common.loading')}</p>;
  return (
    <div className="result-charts">
      {charts.predictedActual && (
        <div className="chart-cell">
          <EChart
            option={charts.predictedActual as EChartsOption}
            theme={look.theme}
            className="result-chart"
            label={t('models.predictedActual')}
          />
        </div>
      )}
      {charts.residuals && (
        <div className="chart-cell">
          <EChart option={charts.residuals as EChartsOption} theme={look.theme} className="result-chart" label={t('models.residuals')} />
        </div>
      )}
    </div>
  );
}
