/**
 * The Explain region of a run's results: the method's objective, gradient and update rule as
 * typeset formulas with a sentence each, then the run's own numbers — the first descent step
 * written out, least squares' normal equations and their solution, logistic Newton's or L-BFGS's
 * first iteration, or the first coordinate-descent sweep of lasso and elastic net. Runs without an
 * explanation (the neural network) show nothing here.
 */
import { useTranslation } from 'react-i18next';
import type { Explanation } from '../../../../src/protocol/protocol';
import { CoordinateSweep } from './CoordinateSweep';
import { LbfgsStep } from './LbfgsStep';
import { NewtonStep } from './NewtonStep';
import { NormalEquations } from './NormalEquations';
import { StepWorked } from './StepWorked';
import { Tex } from './Tex';
import { formulaLines } from './formulas';
import './explain.css';

export function ExplainPanel({ explanation }: { explanation: Explanation | undefined }) {
  const { t } = useTranslation();
  if (!explanation) return null;
  return (
    <section className="panel explain" role="region" aria-label={t('models.explain.title')}>
      <h2>{t('models.explain.title')}</h2>
      <dl className="formulas">
        {formulaLines(explanation).map((line) => (
          <div key={line.part} className="formula">
            <dt>{t(`models.explain.part.${line.part}`)}</dt>
            <dd>
              <div className="tex-scroll">
                <Tex tex={line.tex} block />
              </div>
              <p className="muted">{t(line.sayKey)}</p>
            </dd>
          </div>
        ))}
      </dl>
      {explanation.step && <StepWorked explanation={explanation} />}
      {explanation.normalEquations && <NormalEquations ne={explanation.normalEquations} />}
      {explanation.newton && <NewtonStep explanation={explanation} step={explanation.newton} />}
      {explanation.lbfgs && <LbfgsStep explanation={explanation} step={explanation.lbfgs} />}
      {explanation.coordinateSweep && <CoordinateSweep explanation={explanation} sweep={explanation.coordinateSweep} />}
    </section>
  );
}
