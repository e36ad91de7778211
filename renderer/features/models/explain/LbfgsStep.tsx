/**
 * L-BFGS's first step with the run's numbers: with no curvature pairs stored yet it goes along
 * −∇J, θ₁ = θ₀ − s∇J; the later steps' inverse-Hessian estimate is never formed as a matrix, so
 * the panel says so instead of showing one.
 */
import { useTranslation } from 'react-i18next';
import type { Explanation, LbfgsStepExplanation } from '../../../../src/protocol/protocol';
import { SolverUpdates } from './ParameterTable';
import { Tex } from './Tex';
import { lbfgsTex } from './solverStepTex';

export function LbfgsStep({ explanation, step }: { explanation: Explanation; step: LbfgsStepExplanation }) {
  const { t } = useTranslation();
  const worked = lbfgsTex(explanation, step);
  return (
    <section className="explain-step" aria-labelledby="explain-lbfgs-title">
      <h3 id="explain-lbfgs-title">{t('models.explain.lbfgsTitle')}</h3>
      <p className="muted">{t('models.explain.lbfgsSay')}</p>
      <div className="tex-lines" data-testid="explain-lbfgs">
        <div className="tex-scroll">
          <Tex tex={worked.step} block />
        </div>
        <SolverUpdates caption={t('models.explain.lbfgsTable')} parameters={worked.parameters} />
      </div>
    </section>
  );
}
