/**
 * Every warning of the open dataset's full load, reachable from any view (the toolbar's badge):
 * ragged rows, invalid cells by column with examples and lines, rounding, encoding doubts.
 */
import { useTranslation } from 'react-i18next';
import type { LoadWarning } from '../../src/protocol/protocol';
import { useEscape } from './ShortcutsDialog';
import { WarningItem } from './WarningItem';

export function WarningsPanel({
  fileName,
  warnings,
  onClose,
}: {
  fileName: string;
  warnings: readonly LoadWarning[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  useEscape(onClose);
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div
        className="panel dialog warnings-dialog"
        role="dialog"
        aria-modal="true"
        aria-label={t('warnings.title')}
        onClick={(e) => e.stopPropagation()}
        data-testid="warnings-panel"
      >
        <h2>
          {t('warnings.title')}{' '}
          <span className="muted" style={{ fontWeight: 400 }}>
            · {fileName}
          </span>
        </h2>
        {warnings.length === 0 ? (
          <p className="muted">{t('warnings.noneInFile')}</p>
        ) : (
          <>
            <p className="muted" style={{ marginTop: 0 }}>
              {t('warnings.intro', { count: warnings.length })}
            </p>
            <ul className="warning-items">
              {warnings.map((w, i) => (
                <WarningItem key={i} warning={w} />
              ))}
            </ul>
          </>
        )}
        <div className="row" style={{ justifyContent: 'flex-end', marginTop: 12 }}>
          <button autoFocus onClick={onClose}>
            {t('common.dismiss')}
          </button>
        </div>
      </div>
    </div>
  );
}

/** The toolbar's count badge; it opens the panel. Hidden until a file is fully loaded. */
export function WarningsBadge({ count, onOpen }: { count: number; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      className={`warnings-badge${count > 0 ? ' has-warnings' : ''}`}
      onClick={onOpen}
      data-testid="warnings-badge"
      aria-label={t('warnings.badge', { count })}
    >
      {count > 0 ? '⚠' : '✓'} {t('warnings.short')} <span className="badge-count">{count}</span>
    </button>
  );
}
