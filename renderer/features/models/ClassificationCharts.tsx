/** ROC, precision–recall and the confusion matrix of a classifier, with a threshold slider that updates the matrix and its metrics. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassificationReport, FitReport, ModelChartRequest } from '../../../src/protocol/protocol';
import { fmt } from './format';
import { atThreshold } from './threshold';
import type { Look } from './trainingChart';
import { ModelChart } from './ModelChart';

export function ClassificationCharts({ runId, report, look }: { runId: string; report: FitReport; look: Look }) {
  const { t } = useTranslation();
  const m = (report.metrics.validation ?? report.metrics.train) as ClassificationReport;
  const [threshold, setThreshold] = useState(report.threshold ?? 0.5);
  const classes = report.classes ?? [];
  const positive = report.positiveClass ?? classes[1] ?? '';
  const at = useMemo(
    () => (classes.length === 2 && m.roc ? atThreshold(m.roc, m.confusion, threshold) : null),
    [classes.length, m, threshold],
  );
  const confusion: ModelChartRequest = { kind: 'confusion', input: { labels: classes, matrix: at ? at.confusion : m.confusion } };
  const roc: ModelChartRequest | null = m.roc
    ? { kind: 'roc', curves: [{ name: positive, fpr: m.roc.x, tpr: m.roc.y, ...(m.rocAuc !== undefined && { auc: m.rocAuc }) }] }
    : null;
  const pr: ModelChartRequest | null = m.precisionRecall
    ? { kind: 'pr', curves: [{ name: positive, recall: m.precisionRecall.x, precision: m.precisionRecall.y }] }
    : null;
  const rows = t(report.metrics.validation ? 'models.onValidation' : 'models.onTrain');
  return (
    <div className="result-charts">
      <div className="chart-cell">
        <p className="muted chart-note">
          {rows}
          {at && ` · ${t('models.thresholdIs', { value: threshold.toFixed(2) })}`}
        </p>
        <ModelChart chartId={`confusion-${runId}`} request={confusion} look={look} className="result-chart" label={t('models.confusion')} />
        {at && (
          <div className="threshold">
            <label>
              {t('models.threshold')} <output>{threshold.toFixed(2)}</output>
              <input
                type="range"
                min={0.01}
                max={0.99}
                step={0.01}
                value={threshold}
                onChange={(e) => setThreshold(Number(e.target.value))}
              />
            </label>
            <p className="muted" data-testid="threshold-metrics">
              {t('models.metricName.accuracy')} {fmt(at.accuracy)} · {t('models.metricName.precision')} {fmt(at.precision)} ·{' '}
              {t('models.metricName.recall')} {fmt(at.recall)} · {t('models.metricName.f1')} {fmt(at.f1)}
            </p>
          </div>
        )}
      </div>
      {roc && (
        <div className="chart-cell">
          <p className="muted chart-note">{rows}</p>
          <ModelChart chartId={`roc-${runId}`} request={roc} look={look} className="result-chart" label={t('models.roc')} />
        </div>
      )}
      {pr && (
        <div className="chart-cell">
          <p className="muted chart-note">{rows}</p>
          <ModelChart chartId={`pr-${runId}`} request={pr} look={look} className="result-chart" label={t('models.pr')} />
        </div>
      )}
    </div>
  );
}
