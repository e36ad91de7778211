/** The Diagnosis region: the over-/underfitting verdict, the numbers behind it, and what to do — in the UI's language. */
import { useTranslation } from 'react-i18next';
import type { FitReport } from '../../../src/models/pipeline';
import type { Message } from '../../../src/table/messages';
import { wordMessage } from './wording';

export function DiagnosisCard({ report }: { report: FitReport }) {
  const { t } = useTranslation();
  const d = report.diagnosis;
  const say = (m: Message | string) => (typeof m === 'string' ? m : wordMessage(t, m));
  return (
    <section className={`panel diagnosis verdict-${d.verdict.replace(' ', '-')}`} role="region" aria-label={t('models.diagnosis')}>
      <h2>{t('models.diagnosis')}: <span data-testid="verdict">{t(`models.verdict.${d.verdict.replace(' ', '')}`)}</span></h2>
      <ul>
        {d.reasons.map((r, i) => <li key={i}>{say(r)}</li>)}
      </ul>
      <p><span className="muted">{t('models.suggestion')}: </span>{say(d.suggestion)}</p>
      {d.bestEpoch !== undefined && <p className="muted">{t('models.bestEpoch', { epoch: d.bestEpoch })}</p>}
    </section>
  );
}
