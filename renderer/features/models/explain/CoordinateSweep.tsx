/**
 * Lasso's or elastic net's first coordinate-descent sweep with the run's numbers: each weight's
 * update from z_j, the soft-threshold αρ and its denominator — written out for a few features, as
 * a table beyond MAX_WRITTEN — then the intercept from the centring.
 */
import { useTranslation } from 'react-i18next';
import type { CoordinateSweepExplanation, Explanation } from '../../../../src/protocol/protocol';
import { fmt } from '../format';
import { MAX_WRITTEN } from './ParameterTable';
import { Tex } from './Tex';
import { coordinateSweepTex } from './coordinateSweepTex';

export function CoordinateSweep({ explanation, sweep }: { explanation: Explanation; sweep: CoordinateSweepExplanation }) {
  const { t } = useTranslation();
  const worked = coordinateSweepTex(explanation, sweep);
  const skipped = sweep.skipped.map((j) => explanation.features[j]!);
  return (
    <section className="explain-step" aria-labelledby="explain-sweep-title">
      <h3 id="explain-sweep-title">{t('models.explain.sweepTitle')}</h3>
      <p className="muted">{t('models.explain.sweepSay', { threshold: fmt(sweep.threshold) })}</p>
      {skipped.length > 0 && <p className="muted">{t('models.explain.sweepSkipped', { names: skipped.join(', ') })}</p>}
      <div className="tex-lines" data-testid="explain-sweep">
        {worked.coordinates.length <= MAX_WRITTEN ? (
          worked.coordinates.map((c) => (
            <div key={c.symbol} className="tex-scroll">
              <Tex tex={c.updateTex} block />
            </div>
          ))
        ) : (
          <div className="table-wrap">
            <table className="results" aria-label={t('models.explain.sweepTable')}>
              <caption>{t('models.explain.sweepTable')}</caption>
              <thead>
                <tr>
                  <th>{t('models.explain.parameter')}</th>
                  <th>{t('models.explain.before')}</th>
                  <th>
                    <Tex tex="z_j" />
                  </th>
                  <th>
                    {t('models.explain.denominator')} <Tex tex="d_j" />
                  </th>
                  <th>{t('models.explain.after')}</th>
                </tr>
              </thead>
              <tbody>
                {worked.coordinates.map((c) => (
                  <tr key={c.symbol}>
                    <th>
                      <Tex tex={c.symbol} />
                    </th>
                    <td>{fmt(c.before)}</td>
                    <td>{c.skipped ? '—' : fmt(c.correlation)}</td>
                    <td>{fmt(c.denominator)}</td>
                    <td>{fmt(c.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {worked.intercept && (
          <div className="tex-scroll">
            <Tex tex={worked.intercept} block />
          </div>
        )}
      </div>
    </section>
  );
}
