/**
 * A finished run's results: warnings, diagnosis, metrics, coefficients and the model charts. Test
 * rows kept aside stay unscored on screen until the user asks (one button per run).
 */
import { useState } from 'react';
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
  // Revealed per run: a new run starts with its test score hidden again.
  const [testShownFor, setTestShownFor] = useState<string | undefined>(undefined);
  const testShown = testShownFor === result.runId && result.testMetrics !== undefined;
  const testRows = report.split.testRows ?? 0;
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
      {testRows > 0 && (
        <div className="test-part" data-testid="test-part">
          {testShown ? (
            <p className="muted">{t('models.testShown', { count: testRows })}</p>
          ) : (
            <>
              <p className="muted">{t('models.testKeptAside', { count: testRows })}</p>
              <button type="button" onClick={() => setTestShownFor(result.runId)} disabled={!result.testMetrics}>
                {t('models.evaluateTest', { count: testRows })}
              </button>
            </>
          )}
        </div>
      )}
      <div className="result-tables">
        <div className="table-wrap">
          <MetricsTable report={report} test={testShown ? result.testMetrics : undefined} />
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
