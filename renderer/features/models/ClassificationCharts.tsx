/** ROC, precision–recall and the confusion matrix of a classifier, with a threshold slider that updates the matrix and its metrics. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildConfusionMatrix, buildPrecisionRecall, buildRoc } from '../../../src/charts/modelCharts';
import type { FitReport } from '../../../src/models/pipeline';
import type { ClassificationReport } from '../../../src/models/report';
import { EChart } from '../../components/EChart';
import type { EChartsOption } from '../../components/echarts';
import { fmt } from './format';
import { atThreshold } from './threshold';
import type { Look } from './trainingChart';

export function ClassificationCharts({ report, look }: { report: FitReport; look: Look }) {
  const { t } = useTranslation();
  const onValidation = report.metrics.validation !== undefined;
  const m = (report.metrics.validation ?? report.metrics.train) as ClassificationReport;
  const [threshold, setThreshold] = useState(report.threshold ?? 0.5);
  const classes = report.classes ?? [];
  const binary = classes.length === 2 && m.roc !== undefined;
  const at = useMemo(() => (binary ? atThreshold(m.roc!, m.confusion, threshold) : null), [binary, m, threshold]);
  const subtitle = t(onValidation ? 'models.onValidation' : 'models.onTrain');
  const options = useMemo(() => {
    const l = { ...look, subtitle };
    const confusion = buildConfusionMatrix({ labels: classes, matrix: at ? at.confusion : m.confusion }, { ...l, subtitle: at ? `${subtitle} · ${t('models.thresholdIs', { value: threshold.toFixed(2) })}` : subtitle }) as EChartsOption;
    if (!binary) return { confusion };
    return {
      confusion,
      roc: buildRoc([{ name: report.positiveClass ?? classes[1]!, fpr: m.roc!.x, tpr: m.roc!.y, ...(m.rocAuc !== undefined && { auc: m.rocAuc }) }], l) as EChartsOption,
      pr: m.precisionRecall ? (buildPrecisionRecall([{ name: report.positiveClass ?? classes[1]!, recall: m.precisionRecall.x, precision: m.precisionRecall.y }], l) as EChartsOption) : null,
    };
  }, [look, subtitle, classes, at, m, binary, report.positiveClass, threshold, t]);
  return (
    <div className="result-charts">
      <div className="chart-cell">
        <EChart option={options.confusion} theme={look.theme} className="result-chart" label={t('models.confusion')} />
        {at && (
          <div className="threshold">
            <label>
              {t('models.threshold')} <output>{threshold.toFixed(2)}</output>
              <input type="range" min={0.01} max={0.99} step={0.01} value={threshold} onChange={(e) => setThreshold(Number(e.target.value))} />
            </label>
            <p className="muted" data-testid="threshold-metrics">
              {t('models.metricName.accuracy')} {fmt(at.accuracy)} · {t('models.metricName.precision')} {fmt(at.precision)} · {t('models.metricName.recall')} {fmt(at.recall)} · {t('models.metricName.f1')} {fmt(at.f1)}
            </p>
          </div>
        )}
      </div>
      {'roc' in options && options.roc && <div className="chart-cell"><EChart option={options.roc} theme={look.theme} className="result-chart" label={t('models.roc')} /></div>}
      {'pr' in options && options.pr && <div className="chart-cell"><EChart option={options.pr} theme={look.theme} className="result-chart" label={t('models.pr')} /></div>}
    </div>
  );
}
