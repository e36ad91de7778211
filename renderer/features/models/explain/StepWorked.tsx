/**
 * "One step with the run's numbers": which rows the first update used, then each parameter's
 * gradient and update written out. With many parameters (more than MAX_WRITTEN) the arithmetic
 * would not fit; they are listed in a table of before / gradient / after instead.
 */
import { useTranslation } from 'react-i18next';
import type { Explanation } from '../../../../src/protocol/protocol';
import { fmt } from '../format';
import { MAX_WRITTEN, ParameterTable } from './ParameterTable';
import { Tex } from './Tex';
import { stepTex } from './stepTex';

export function StepWorked({ explanation }: { explanation: Explanation }) {
  const { t } = useTranslation();
  const worked = stepTex(explanation);
  const step = explanation.step;
  if (!worked || !step) return null;
  const rows =
    step.batchRows === 1
      ? t('models.explain.stepRow', { row: step.rows[0]! + 1 })
      : t('models.explain.stepBatch', {
          count: step.batchRows,
          first: step.rows
            .slice(0, 5)
            .map((r) => r + 1)
            .join(', '),
        });
  return (
    <section className="explain-step" aria-labelledby="explain-step-title">
      <h3 id="explain-step-title">{t('models.explain.stepTitle')}</h3>
      <p className="muted">
        {rows} {t('models.explain.stepFrom', { eta: fmt(step.learningRate), loss: fmt(step.batchLoss) })}
      </p>
      <div className="tex-lines" data-testid="explain-step">
        {worked.sampleLines.map((line) => (
          <div key={line} className="tex-scroll">
            <Tex tex={line} block />
          </div>
        ))}
        {worked.parameters.length <= MAX_WRITTEN ? (
          worked.parameters.map((p) => (
            <div key={p.symbol} className="tex-pair">
              <div className="tex-scroll">
                <Tex tex={p.gradientTex} block />
              </div>
              <div className="tex-scroll">
                <Tex tex={p.updateTex} block />
              </div>
            </div>
          ))
        ) : (
          <ParameterTable caption={t('models.explain.stepTable')} parameters={worked.parameters} />
        )}
      </div>
    </section>
  );
}
