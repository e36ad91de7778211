/**
 * A model error inline in the view. Errors with a message key are worded in the UI's language (the
 * wording says what to do); others — file and engine errors — show the engine's text and hint.
 */
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../src/protocol/protocol';
import { wordMessage } from './wording';

export function ModelError({ error }: { error: ErrorInfo }) {
  const { t } = useTranslation();
  const worded = error.key ? wordMessage(t, { key: error.key, ...(error.params && { params: error.params }) }, '') : '';
  return (
    <div className="error" role="alert" data-testid="model-error">
      <strong>{error.code === 'CANCELLED' ? t('models.stopped') : t('models.fitFailed')}</strong>
      <p style={{ margin: '4px 0' }}>{worded || error.message}</p>
      {!worded && error.hint && (
        <p style={{ margin: '4px 0' }}>
          <span className="muted">{t('common.whatToDo')}: </span>
          {error.hint}
        </p>
      )}
    </div>
  );
}
