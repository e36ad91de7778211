/** One loader warning: its sentence in the UI's language, the lines (a workbook: rows) it was first seen on and example cells. */
import { useTranslation } from 'react-i18next';
import type { LoadWarning } from '../../src/protocol/protocol';
import { warningText } from './messageText';

export function WarningItem({ warning }: { warning: LoadWarning }) {
  const { t } = useTranslation();
  const text = warningText(t, warning);
  const lines = warning.lines ?? [];
  // A workbook's warnings count sheet rows, a text file's lines (src/io/loadMessages.ts inSheetRows).
  const where = warning.params.unit === 'row' ? 'import.rows' : 'import.lines';
  const examples = warning.examples ?? [];
  return (
    <li data-code={warning.code}>
      {text}
      {lines.length > 0 && examples.length === 0 && (
        <span className="muted"> ({t(where, { lines: lines.map((l) => l.toLocaleString()).join(', ') })})</span>
      )}
      {examples.length > 0 && (
        <span className="muted">
          {' '}
          {t('warnings.examples')}:{' '}
          {examples.map((value, i) => (
            <span key={i}>
              {i > 0 && ', '}
              <code>{value}</code>
              {lines[i] !== undefined && ` (${t(where, { lines: lines[i]!.toLocaleString() })})`}
            </span>
          ))}
        </span>
      )}
    </li>
  );
}
