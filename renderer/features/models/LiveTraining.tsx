/**
 * The active run while it trains (and after): epoch, elapsed, time left, best epoch, its loss curves
 * drawn live and, beside them, its line or decision boundary over the training rows (LiveFit).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fmt, fmtDuration } from './format';
import type { RunRecord } from './runsStore';
import type { Look } from './trainingChart';
import { bestEpoch, runLosses, trainingRequest } from './trainingChart';
import { ModelChart } from './ModelChart';
import { LiveFit } from './LiveFit';

export function LiveTraining({ run, look }: { run: RunRecord; look: Look }) {
  const { t } = useTranslation();
  const last = run.epochs.at(-1);
  const request = useMemo(() => trainingRequest([run], () => t('models.runName', { n: run.number })), [run, t]);
  const losses = runLosses(run);
  const best = last?.bestEpoch ?? (losses ? bestEpoch(losses) : undefined);
  const elapsed = run.result?.report.timeMs ?? last?.elapsedMs;
  const stopReason = run.result?.report.stopReason;
  const left = last && run.status === 'running' && last.epoch > 0 ? (last.elapsedMs / last.epoch) * (last.epochs - last.epoch) : undefined;
  return (
    <section className="panel live-training" aria-label={t('models.training')}>
      <div className="row training-facts" data-testid="training-facts">
        <strong>{t('models.runName', { n: run.number })}</strong>
        <span data-testid="run-status">{t(`models.status.${run.status}`)}</span>
        {last && <span>{t('models.epochOf', { epoch: last.epoch, epochs: last.epochs })}</span>}
        {elapsed !== undefined && <span>{t('models.elapsed', { time: fmtDuration(elapsed) })}</span>}
        {left !== undefined && <span>{t('models.timeLeft', { time: fmtDuration(left) })}</span>}
        {best !== undefined && <span>{t('models.bestEpoch', { epoch: best })}</span>}
        {stopReason && <span data-testid="stop-reason">{t(`models.stopReason.${stopReason}`)}</span>}
        {last && <span>{t('models.trainLoss', { value: fmt(last.trainLoss) })}</span>}
        {last?.validationLoss !== undefined && <span>{t('models.validationLoss', { value: fmt(last.validationLoss) })}</span>}
      </div>
      <div className="live-charts">
        {request ? (
          <ModelChart
            chartId={`training-${run.id}`}
            request={request}
            look={look}
            className="training-chart"
            label={t('models.trainingCurves')}
          />
        ) : run.status === 'running' ? (
          <p className="muted">{t('models.fitting')}</p>
        ) : (
          <p className="muted">{t('models.closedForm')}</p>
        )}
        <LiveFit run={run} look={look} />
      </div>
    </section>
  );
}
