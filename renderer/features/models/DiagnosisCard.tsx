/** The Diagnosis region: the over-/underfitting verdict, the numbers behind it, and what to do — in the UI's language. */
import { useTranslation } from 'react-i18next';
import type { FitReport } from '../../../src/protocol/protocol';
import { verdictMessage, wordMessage } from './wording';

export function DiagnosisCard({ report }: { report: FitReport }) {
  const { t } = useTranslation();
  const d = report.diagnosis;
  return (
    <section className={`panel diagnosis verdict-${d.verdict.replace(' ', '-')}`} role="region" aria-label={t('models.diagnosis')}>
      <h2>
        {t('models.diagnosis')}: <span data-testid="verdict">{wordMessage(t, verdictMessage(d.verdict))}</span>
      </h2>
      <ul>
        {d.reasons.map((r, i) => (
          <li key={i}>{wordMessage(t, r)}</li>
        ))}
      </ul>
      {d.advice.length > 0 && (
        <>
          <p className="muted advice-title">{t('models.suggestion')}</p>
          <ul>
            {d.advice.map((a, i) => (
              <li key={i}>{wordMessage(t, a)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
