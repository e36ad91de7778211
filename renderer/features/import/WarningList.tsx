/** Loader warnings (invalid cells, ragged rows …) with their line numbers. */
import { useTranslation } from 'react-i18next';
import type { LoadWarning } from '../../../src/io/types';

export function WarningList({ warnings }: { warnings: readonly LoadWarning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return <p className="muted">{t('import.noWarnings')}</p>;
  return (
    <div className="warnings" data-testid="warnings">
      <strong>{t('import.warnings')}</strong>
      <ul>
        {warnings.map((w, i) => (
          <li key={i}>
            {w.message}
            {w.lines && w.lines.some((line) => !w.message.includes(String(line))) && <span className="muted"> ({t('import.lines', { lines: w.lines.join(', ') })})</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
