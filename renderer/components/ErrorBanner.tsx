/** An engine or host error in plain words, with what to do about it. */
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../src/table/errors';

export function ErrorBanner({ error, onDismiss }: { error: ErrorInfo; onDismiss?: () => void }) {
  const { t } = useTranslation();
  // Where it happened, unless the message already says it.
  const where = [error.file, error.line !== undefined ? `line ${error.line}` : undefined, error.column]
    .filter((part): part is string => part !== undefined && !error.message.includes(part))
    .join(' · ');
  return (
    <div className="error" role="alert" data-testid="error">
      <strong>{error.code === 'CANCELLED' ? t('error.cancelled') : t('error.title')}</strong>
      <p style={{ margin: '4px 0' }}>{error.message}</p>
      {where && <p className="muted" style={{ margin: '4px 0' }}>{where}</p>}
      {error.hint && (
        <p style={{ margin: '4px 0' }}>
          <span className="muted">{t('common.whatToDo')}: </span>
          {error.hint}
        </p>
      )}
      {onDismiss && <button onClick={onDismiss}>{t('common.dismiss')}</button>}
    </div>
  );
}
