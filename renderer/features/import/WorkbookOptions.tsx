/** An Excel workbook's import settings: the sheet and the header row, which re-run the preview. */
import { useTranslation } from 'react-i18next';
import type { ImportOptions, WorkbookInfo } from '../../../src/protocol/protocol';
import { chooseSheet, setImportOption } from '../../app/commands';
import { headerRowFromInput, workbookChoice } from './workbookOptions';

export function WorkbookOptions({ options, workbook }: { options: ImportOptions; workbook: WorkbookInfo | null }) {
  const { t } = useTranslation();
  const choice = workbookChoice(options, workbook);
  return (
    <>
      <label>
        {t('import.sheet')}
        <select
          value={choice.sheet ?? ''}
          disabled={choice.sheets.length === 0}
          onChange={(e) => chooseSheet(e.target.value)}
          data-testid="sheet"
        >
          {choice.sheets.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label title={t('import.headerRowHint')}>
        {t('import.headerRow')}
        <input
          type="number"
          min={1}
          step={1}
          value={options.headerRow ?? ''}
          placeholder={choice.detectedRow === undefined ? t('import.auto') : t('import.headerRowDetected', { row: choice.detectedRow })}
          onChange={(e) => {
            const parsed = headerRowFromInput(e.target.value);
            if (parsed.ok) setImportOption('headerRow', parsed.value);
          }}
          data-testid="header-row"
        />
      </label>
      <p className="muted" style={{ margin: 0, fontSize: 12.5 }} data-testid="workbook-note">
        {t('import.workbookNote')}
      </p>
    </>
  );
}
