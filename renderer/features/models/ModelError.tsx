/** A model error inline in the view, worded from its key in the UI's language (falls back to the engine's English). */
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../src/table/errors';
import { wordMessage } from './wording';

export function ModelError({ error }: { error: ErrorInfo }) {
  const { t } = useTranslation();
  const text = error.key ? wordMessage(t, { key: error.key, ...(error.params && { params: error.params }) }, error.message) : error.message;
  const hint = error.key ? t(`models.msg.${error.key}_hint`, { defaultValue: error.hint ?? '' }) : error.hint;
  return (
    <div className="error" role="alert" data-testid="model-error">
      <strong>{error.code === 'CANCELLED' ? t('models.stopped') : t('models.fitFailed')}</strong>
      <p style={{ margin: '4px 0' }}>{text}</p>
      {hint && (
        <p style={{ margin: '4px 0' }}>
          <span className="muted">{t('common.whatToDo')}: </span>
          {hint}
        </p>
      )}
    </div>
  );
}
