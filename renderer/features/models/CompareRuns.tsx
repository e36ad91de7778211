/**
 * Two or more runs side by side: their training curves overlaid (a closed-form run as the level
 * descent converges to), coefficients in original units where scaled, and the main scores.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fmt } from './format';
import { wordMessage } from './wording';
import type { RunRecord } from './runsStore';
import { mainScore } from './runSummary';
import type { Look } from './trainingChart';
import { trainingRequest } from './trainingChart';
import { ModelChart } from './ModelChart';
import { coefficientsOf } from './runCoefficients';

export function CompareRuns({ runs, look }: { runs: readonly RunRecord[]; look: Look }) {
  const { t } = useTranslation();
  const name = (run: RunRecord) => `${t('models.runName', { n: run.number })} · ${wordMessage(t, run.methodLabel)}`;
  const request = useMemo(() => trainingRequest(runs, name), [runs, t]);
  const coefficients = runs.map((r) => coefficientsOf(r.result?.report));
  const terms = [...new Set(coefficients.flatMap((c) => (c ? Object.keys(c) : [])))];
  return (
    <section className="panel compare" aria-label={t('models.comparison')}>
      <h2>{t('models.comparison')}</h2>
      {request && (
        <ModelChart chartId="compare" request={request} look={look} className="training-chart" label={t('models.compareCurves')} />
      )}
      <table className="results" aria-label={t('models.compareCoefficients')}>
        <caption>{t('models.compareCoefficients')}</caption>
        <thead>
          <tr>
            <th>{t('models.term')}</th>
            {runs.map((r) => (
              <th key={r.id}>{name(r)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {terms.map((term) => (
            <tr key={term}>
              <th>{term === '(intercept)' ? t('models.intercept') : term}</th>
              {coefficients.map((c, i) => (
                <td key={runs[i]!.id}>{fmt(c?.[term])}</td>
              ))}
            </tr>
          ))}
          {(['train', 'validation'] as const).map((split) => (
            <tr key={split} className="score-row">
              <th>{t(`models.scoreOf.${split}`)}</th>
              {runs.map((r) => (
                <td key={r.id}>{fmt(mainScore(r.result?.report, split))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
