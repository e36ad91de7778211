/** The keyboard shortcuts (Help → Keyboard shortcuts, F1). */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

declare const __FITPLOT_VERSION__: string;
/** Defined by the web build; other builds (Electron's renderer config) may leave it out. */
const VERSION = typeof __FITPLOT_VERSION__ === 'undefined' ? '' : __FITPLOT_VERSION__;

const mod = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl';

/** Escape closes a dialog. */
export function useEscape(onClose: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
}

/** Help → About: what the app is and how to reach the shortcuts. */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  useEscape(onClose);
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div className="panel dialog" role="dialog" aria-modal="true" aria-label={t('about.title')} onClick={(e) => e.stopPropagation()}>
        <h2>
          {t('app.name')} {VERSION}
        </h2>
        <p>{t('app.tagline')}</p>
        <p className="muted">{t('about.body')}</p>
        <div className="row" style={{ justifyContent: 'flex-end', marginTop: 12 }}>
          <button autoFocus onClick={onClose}>
            {t('common.dismiss')}
          </button>
        </div>
      </div>
    </div>
  );
}

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  useEscape(onClose);
  const rows: [string, string][] = [
    [`${mod}+O`, t('shortcuts.open')],
    [`${mod}+Shift+E`, t('shortcuts.export')],
    [`${mod}+Shift+L / D`, t('shortcuts.theme')],
    [`${mod}+Shift+K / U`, t('shortcuts.language')],
    [`${mod}+Shift+W`, t('shortcuts.close')],
    ['F1', t('shortcuts.help')],
  ];
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div className="panel dialog" role="dialog" aria-modal="true" aria-label={t('common.shortcuts')} onClick={(e) => e.stopPropagation()}>
        <h2>{t('common.shortcuts')}</h2>
        <table>
          <tbody>
            {rows.map(([keys, what]) => (
              <tr key={keys}>
                <td>
                  <kbd>{keys}</kbd>
                </td>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="row" style={{ justifyContent: 'flex-end', marginTop: 12 }}>
          <button autoFocus onClick={onClose}>
            {t('common.dismiss')}
          </button>
        </div>
      </div>
    </div>
  );
}
