/**
 * Loader warnings (invalid cells, ragged rows …) with their line numbers. `scope` says what was
 * read: the preview's first rows, or the whole file after a full load.
 */
import { useTranslation } from 'react-i18next';
import type { LoadWarning } from '../../../src/protocol/protocol';
import { WarningItem } from '../../components/WarningItem';

export function WarningList({ warnings, scope = 'preview' }: { warnings: readonly LoadWarning[]; scope?: 'preview' | 'file' }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return <p className="muted">{t(scope === 'file' ? 'warnings.noneInFile' : 'import.noWarnings')}</p>;
  return (
    <div className="warnings" data-testid="warnings">
      <strong>{scope === 'file' ? t('warnings.inFile', { count: warnings.length }) : t('import.warnings')}</strong>
      <ul>
        {warnings.map((w, i) => (
          <WarningItem key={i} warning={w} />
        ))}
      </ul>
    </div>
  );
}
