/** An engine or host error in plain words: what failed, why, where, and what to do about it. */
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../src/protocol/protocol';
import { errorHeading, errorHint, errorText } from './messageText';
import type { FailedAction } from './messageText';

export function ErrorBanner({ error, onDismiss, action }: { error: ErrorInfo; onDismiss?: () => void; action?: FailedAction }) {
  const { t } = useTranslation();
  const message = errorText(t, error);
  const hint = errorHint(t, error);
  // Where it happened, unless the message already says it.
  const where = [error.file, error.line !== undefined ? t('error.line', { line: error.line }) : undefined, error.column]
    .filter((part): part is string => part !== undefined && !message.includes(part))
    .join(' · ');
  return (
    <div className="error" role="alert" data-testid="error">
      <strong>{errorHeading(t, error, action)}</strong>
      <p style={{ margin: '4px 0' }}>{message}</p>
      {where && (
        <p className="muted" style={{ margin: '4px 0' }}>
          {where}
        </p>
      )}
      {hint && (
        <p style={{ margin: '4px 0' }}>
          <span className="muted">{t('common.whatToDo')}: </span>
          {hint}
        </p>
      )}
      {onDismiss && <button onClick={onDismiss}>{t('common.dismiss')}</button>}
    </div>
  );
}
