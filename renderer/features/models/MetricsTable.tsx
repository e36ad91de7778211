/**
 * The Metrics table: one row per metric, one column per split (train, validation, and test once the
 * user asked for it), and the k-fold score when there is one.
 */
import { useTranslation } from 'react-i18next';
import type { FitReport, MetricsReport } from '../../../src/protocol/protocol';
import { fmt } from './format';

const REGRESSION = ['r2', 'rmse', 'mae', 'mse', 'n'] as const;
const CLASSIFICATION = ['accuracy', 'precision', 'recall', 'f1', 'macroF1', 'logLoss', 'rocAuc', 'n'] as const;

export function MetricsTable({ report, test }: { report: FitReport; test?: MetricsReport | undefined }) {
  const { t } = useTranslation();
  const names = report.task === 'classification' ? CLASSIFICATION : REGRESSION;
  const splits = [
    ['train', report.metrics.train],
    ...(report.metrics.validation ? [['validation', report.metrics.validation] as const] : []),
    ...(test ? [['test', test] as const] : []),
  ] as const;
  const value = (m: unknown, name: string) => (m as Record<string, number | undefined>)[name];
  const cv = report.crossValidation;
  return (
    <table className="results" aria-label={t('models.metrics')}>
      <caption>{t('models.metrics')}</caption>
      <thead>
        <tr>
          <th>{t('models.metric')}</th>
          {splits.map(([split]) => (
            <th key={split}>{t(`models.splitName.${split}`)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {names.map((name) => (
          <tr key={name}>
            <th>{t(`models.metricName.${name}`)}</th>
            {splits.map(([split, m]) => (
              <td key={split}>{name === 'n' ? String(value(m, name) ?? '—') : fmt(value(m, name))}</td>
            ))}
          </tr>
        ))}
        {cv && (
          <tr>
            <th>{t('models.crossValidation', { folds: cv.folds })}</th>
            <td colSpan={splits.length}>{`${fmt(cv.mean)} ± ${fmt(cv.std)}`}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
