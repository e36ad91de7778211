/** A finished run's results: warnings, diagnosis, metrics, coefficients and the model charts. */
import { useTranslation } from 'react-i18next';
import type { ColumnInfo, FitResult } from '../../../src/protocol/protocol';
import { ClassificationCharts } from './ClassificationCharts';
import { CoefficientsTable } from './CoefficientsTable';
import { DiagnosisCard } from './DiagnosisCard';
import { ExplainPanel } from './explain/ExplainPanel';
import { FitRows } from './FitRows';
import { MetricsTable } from './MetricsTable';
import { RegressionCharts } from './RegressionCharts';
import type { Look } from './trainingChart';
import { wordMessage } from './wording';

export function RunResults({
  result,
  datasetId,
  columns,
  look,
}: {
  result: FitResult;
  datasetId: string;
  columns: readonly ColumnInfo[];
  look: Look;
}) {
  const { t } = useTranslation();
  const { report } = result;
  return (
    <div className="run-results">
      <FitRows result={result} columns={columns} />
      {report.warnings.length > 0 && (
        <div className="warnings" role="status" data-testid="fit-warnings">
          <strong>{t('import.warnings')}</strong>
          <ul>
            {report.warnings.map((w, i) => (
              <li key={i}>{wordMessage(t, w)}</li>
            ))}
          </ul>
        </div>
      )}
      <DiagnosisCard report={report} />
      <div className="result-tables">
        <div className="table-wrap">
          <MetricsTable report={report} />
        </div>
        <div className="table-wrap">
          <CoefficientsTable report={report} />
        </div>
      </div>
      <ExplainPanel explanation={result.explanation} />
      {report.task === 'classification' ? (
        <ClassificationCharts runId={result.runId} report={report} look={look} />
      ) : (
        <RegressionCharts runId={result.runId} datasetId={datasetId} look={look} />
      )}
    </div>
  );
}
