/**
 * Logistic Newton's first step with the run's numbers: J at θ₀ = 0, the system H Δ = ∇J (for few
 * unknowns; softmax's large H is only described), the Armijo step length, and each parameter's
 * update θ₁ = θ₀ − tΔ — written out for a few parameters, as a table beyond MAX_WRITTEN.
 */
import { useTranslation } from 'react-i18next';
import type { Explanation, NewtonStepExplanation } from '../../../../src/protocol/protocol';
import { fmt } from '../format';
import { SolverUpdates } from './ParameterTable';
import { Tex } from './Tex';
import { newtonTex } from './solverStepTex';

export function NewtonStep({ explanation, step }: { explanation: Explanation; step: NewtonStepExplanation }) {
  const { t } = useTranslation();
  const worked = newtonTex(explanation, step);
  return (
    <section className="explain-step" aria-labelledby="explain-newton-title">
      <h3 id="explain-newton-title">{t('models.explain.newtonTitle')}</h3>
      <p className="muted">{t('models.explain.newtonSay', { loss: fmt(step.lossBefore) })}</p>
      <div className="tex-lines" data-testid="explain-newton">
        {worked.system ? (
          <div className="tex-scroll">
            <Tex tex={worked.system} block />
          </div>
        ) : (
          <p className="muted">
            {t('models.explain.newtonHessianTooMany', step.hessian.shown ? {} : { unknowns: step.hessian.unknowns, max: step.hessian.max })}
          </p>
        )}
        <p className="muted">{t('models.explain.newtonArmijo')}</p>
        <div className="tex-scroll">
          <Tex tex={worked.armijo} block />
        </div>
        <SolverUpdates caption={t('models.explain.newtonTable')} parameters={worked.parameters} />
      </div>
    </section>
  );
}
