/** Least squares with the run's numbers: the normal equations as matrices and their solution, or why they are not written out. */
import { useTranslation } from 'react-i18next';
import type { NormalEquationsExplanation } from '../../../../src/protocol/protocol';
import { Tex } from './Tex';
import { normalEquationsTex } from './normalEquationsTex';

export function NormalEquations({ ne }: { ne: NormalEquationsExplanation }) {
  const { t } = useTranslation();
  return (
    <section className="explain-step" aria-labelledby="explain-ne-title">
      <h3 id="explain-ne-title">{t('models.explain.normalTitle')}</h3>
      {ne.shown ? (
        <div className="tex-lines" data-testid="explain-normal-equations">
          <p className="muted">
            {t(ne.alpha !== undefined ? 'models.explain.normalRidge' : 'models.explain.normalSay', { alpha: ne.alpha })}
          </p>
          <div className="tex-scroll">
            <Tex tex={normalEquationsTex(ne).equations} block />
          </div>
          <div className="tex-scroll">
            <Tex tex={normalEquationsTex(ne).solution} block />
          </div>
        </div>
      ) : (
        <p className="muted" data-testid="explain-normal-equations">
          {t('models.explain.normalTooMany', { unknowns: ne.unknowns, max: ne.max })}
        </p>
      )}
    </section>
  );
}
