/** The keyboard shortcuts (Help → Keyboard shortcuts, F1). */
import { useTranslation } from 'react-i18next';

const mod = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl';

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
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
                <td><kbd>{keys}</kbd></td>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="row" style={{ justifyContent: 'flex-end', marginTop: 12 }}>
          <button autoFocus onClick={onClose}>{t('common.dismiss')}</button>
        </div>
      </div>
    </div>
  );
}
