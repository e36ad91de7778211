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

type Named = Record<string, number>;

/** Binary/regression coefficients by term, intercept first, in original units when the run was scaled. */
function coefficientsOf(run: RunRecord): Named | null {
  const r = run.result?.report;
  if (!r?.coefficients || Object.values(r.coefficients).some((v) => typeof v === 'object')) return null;
  const coef = (r.coefficientsOriginalUnits ?? r.coefficients) as Named;
  const intercept = (r.interceptOriginalUnits ?? r.intercept) as number;
  return { '(intercept)': intercept, ...coef };
}

export function CompareRuns({ runs, look }: { runs: readonly RunRecord[]; look: Look }) {
  const { t } = useTranslation();
  const name = (run: RunRecord) => `${t('models.runName', { n: run.number })} · ${wordMessage(t, run.methodLabel)}`;
  const request = useMemo(() => trainingRequest(runs, name), [runs, t]);
  const coefficients = runs.map(coefficientsOf);
  const terms = [...new Set(coefficients.flatMap((c) => (c ? Object.keys(c) : [])))];
  return (
    <section className="panel compare" aria-label={t('models.comparison')}>
      <h2>{t('models.comparison')}</h2>
      {request && <ModelChart chartId="compare" request={request} look={look} className="training-chart" label={t('models.compareCurves')} />}
      <table className="results" aria-label={t('models.compareCoefficients')}>
        <caption>{t('models.compareCoefficients')}</caption>
        <thead><tr><th>{t('models.term')}</th>{runs.map((r) => <th key={r.id}>{name(r)}</th>)}</tr></thead>
        <tbody>
          {terms.map((term) => (
            <tr key={term}>
              <th>{term === '(intercept)' ? t('models.intercept') : term}</th>
              {coefficients.map((c, i) => <td key={runs[i]!.id}>{fmt(c?.[term])}</td>)}
            </tr>
          ))}
          {(['train', 'validation'] as const).map((split) => (
            <tr key={split} className="score-row">
              <th>{t(`models.scoreOf.${split}`)}</th>
              {runs.map((r) => <td key={r.id}>{fmt(mainScore(r.result?.report, split))}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
