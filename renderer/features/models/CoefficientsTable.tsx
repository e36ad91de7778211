/**
 * The Coefficients table: per term the fitted value, in original units when features were scaled,
 * and — for least squares — standard error, t, p and the 95 % interval; odds ratios for a binary
 * logistic model (e^coefficient, in original units when scaled). Multinomial models: one column per class.
 */
import { useTranslation } from 'react-i18next';
import type { CoefficientInference, FitReport } from '../../../src/protocol/protocol';
import { fmt, fmtP } from './format';

type Named = Record<string, number>;

function isNested(c: NonNullable<FitReport['coefficients']>): c is Record<string, Named> {
  return Object.values(c).some((v) => typeof v === 'object');
}

export function CoefficientsTable({ report }: { report: FitReport }) {
  const { t } = useTranslation();
  const inference = (report.inference?.coefficients ?? undefined) as Record<string, CoefficientInference> | undefined;
  if (!report.coefficients) return null;
  if (isNested(report.coefficients)) {
    const classes = Object.keys(report.coefficients);
    const nested = report.coefficients;
    const intercepts = report.intercept as Named;
    return (
      <table className="results" aria-label={t('models.coefficients')}>
        <caption>{t('models.coefficients')}</caption>
        <thead>
          <tr>
            <th>{t('models.term')}</th>
            {classes.map((c) => (
              <th key={c}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th>{t('models.intercept')}</th>
            {classes.map((c) => (
              <td key={c}>{fmt(intercepts[c])}</td>
            ))}
          </tr>
          {report.features.map((f) => (
            <tr key={f}>
              <th>{f}</th>
              {classes.map((c) => (
                <td key={c}>{fmt(nested[c]![f])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  const coef = report.coefficients as Named;
  const original = report.coefficientsOriginalUnits as Named | undefined;
  const classifier = report.task === 'classification';
  const rows: { term: string; label: string; value: number; original?: number }[] = [
    {
      term: '(intercept)',
      label: t('models.intercept'),
      value: report.intercept as number,
      ...(report.interceptOriginalUnits !== undefined && { original: report.interceptOriginalUnits as number }),
    },
    ...report.features.map((f) => ({ term: f, label: f, value: coef[f]!, ...(original && { original: original[f]! }) })),
  ];
  return (
    <table className="results" aria-label={t('models.coefficients')}>
      <caption>{t('models.coefficients')}</caption>
      <thead>
        <tr>
          <th>{t('models.term')}</th>
          <th>{original ? t('models.coefScaled') : t('models.coefficient')}</th>
          {original && <th>{t('models.coefOriginal')}</th>}
          {inference && (
            <>
              <th>{t('models.se')}</th>
              <th>t</th>
              <th>p</th>
              <th>{t('models.ci95')}</th>
            </>
          )}
          {classifier && <th>{t('models.oddsRatio')}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const inf = inference?.[r.term];
          return (
            <tr key={r.term}>
              <th>{r.label}</th>
              <td>{fmt(r.value)}</td>
              {original && <td>{fmt(r.original)}</td>}
              {inference && (
                <>
                  <td>{fmt(inf?.standardError)}</td>
                  <td>{fmt(inf?.t)}</td>
                  <td>{fmtP(inf?.p)}</td>
                  <td>{inf ? `${fmt(inf.ciLow)} … ${fmt(inf.ciHigh)}` : '—'}</td>
                </>
              )}
              {classifier && <td>{r.term === '(intercept)' ? '—' : fmt(Math.exp(r.original ?? r.value))}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
