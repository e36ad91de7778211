/** One loader warning: its sentence in the UI's language, the lines it was first seen on and example cells. */
import { useTranslation } from 'react-i18next';
import type { LoadWarning } from '../../src/io/types';
import { warningText } from './messageText';

export function WarningItem({ warning }: { warning: LoadWarning }) {
  const { t } = useTranslation();
  const text = warningText(t, warning);
  const lines = warning.lines ?? [];
  const examples = warning.examples ?? [];
  return (
    <li data-code={warning.code}>
      {text}
      {lines.length > 0 && examples.length === 0 && <span className="muted"> ({t('import.lines', { lines: lines.map((l) => l.toLocaleString()).join(', ') })})</span>}
      {examples.length > 0 && (
        <span className="muted">
          {' '}
          {t('warnings.examples')}:{' '}
          {examples.map((value, i) => (
            <span key={i}>
              {i > 0 && ', '}
              <code>{value}</code>
              {lines[i] !== undefined && ` (${t('import.lines', { lines: lines[i]!.toLocaleString() })})`}
            </span>
          ))}
        </span>
      )}
    </li>
  );
}
