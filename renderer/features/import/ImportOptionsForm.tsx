/**
 * The import settings: encoding, delimiter, decimal mark (a workbook: sheet and header row instead),
 * header — each with what was detected — float32 storage and the memory budget.
 */
import { DEFAULT_MEMORY_BUDGET_MB } from './memoryBudget';
import { useTranslation } from 'react-i18next';
import type { Delimiter, ImportOptions, PreviewResult, WorkbookInfo } from '../../../src/protocol/protocol';
import { setImportOption } from '../../app/commands';
import { WorkbookOptions } from './WorkbookOptions';

const ENCODINGS = ['utf-8', 'cp949', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-1'];
const DELIMITERS: { value: Delimiter; key: string }[] = [
  { value: ',', key: 'import.comma' },
  { value: ';', key: 'import.semicolon' },
  { value: '\t', key: 'import.tab' },
  { value: '|', key: 'import.pipe' },
];

interface Props {
  readonly options: ImportOptions;
  readonly preview: PreviewResult | null;
  /** Set for a workbook (.xlsx): its sheets as last seen (null until the first preview); undefined for a text file. */
  readonly workbook: WorkbookInfo | null | undefined;
}

export function ImportOptionsForm({ options, preview, workbook }: Props) {
  const { t } = useTranslation();
  return (
    <div className="form panel">
      {workbook === undefined ? (
        <TextFileOptions options={options} preview={preview} />
      ) : (
        <WorkbookOptions options={options} workbook={workbook} />
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={options.header ?? preview?.header ?? true}
          onChange={(e) => setImportOption('header', e.target.checked)}
        />
        {/* A workbook's "first row" is its header row (or the first row with data). */}
        {t(workbook === undefined ? 'import.header' : 'import.headerRowNames')}
      </label>
      <label className="check" title={t('import.float32Hint')}>
        <input
          type="checkbox"
          checked={options.float32 === true}
          onChange={(e) => setImportOption('float32', e.target.checked || undefined)}
          data-testid="float32"
        />
        {t('import.float32')}
      </label>
      <label title={t('import.memoryBudgetHint')}>
        {t('import.memoryBudget')}
        <input
          type="number"
          min={64}
          step={256}
          value={options.memoryBudgetMB ?? DEFAULT_MEMORY_BUDGET_MB}
          onChange={(e) => setImportOption('memoryBudgetMB', Number(e.target.value) >= 64 ? Number(e.target.value) : undefined)}
          data-testid="memory-budget"
        />
      </label>
    </div>
  );
}

/** Encoding, delimiter and decimal mark: a text file's, not a workbook's (its cells are typed). */
function TextFileOptions({ options, preview }: { options: ImportOptions; preview: PreviewResult | null }) {
  const { t } = useTranslation();
  const delimiterName = DELIMITERS.find((d) => d.value === preview?.delimiter)?.key;
  return (
    <>
      <label>
        {t('import.encoding')}
        <select
          value={options.encoding ?? ''}
          onChange={(e) => setImportOption('encoding', e.target.value || undefined)}
          data-testid="encoding"
        >
          <option value="">
            {t('import.auto')}
            {preview ? ` (${preview.encoding})` : ''}
          </option>
          {ENCODINGS.map((enc) => (
            <option key={enc} value={enc}>
              {enc.toUpperCase()}
            </option>
          ))}
        </select>
      </label>
      <div className="row" style={{ gap: 6, fontSize: 12.5 }}>
        <span className="muted">{t('import.koreanWrong')}</span>
        <button onClick={() => setImportOption('encoding', 'cp949')} data-testid="try-cp949">
          {t('import.tryCp949')}
        </button>
        <button onClick={() => setImportOption('encoding', 'utf-8')}>{t('import.tryUtf8')}</button>
      </div>
      <label>
        {t('import.delimiter')}
        <select
          value={options.delimiter ?? ''}
          onChange={(e) => setImportOption('delimiter', (e.target.value || undefined) as Delimiter | undefined)}
        >
          <option value="">
            {t('import.auto')}
            {delimiterName ? ` (${t(delimiterName)})` : ''}
          </option>
          {DELIMITERS.map((d) => (
            <option key={d.key} value={d.value}>
              {t(d.key)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('import.decimal')}
        <select
          value={options.decimalComma === undefined ? '' : options.decimalComma ? 'comma' : 'point'}
          onChange={(e) => setImportOption('decimalComma', e.target.value === '' ? undefined : e.target.value === 'comma')}
        >
          <option value="">
            {t('import.auto')}
            {preview ? ` (${t(preview.decimalComma ? 'import.decimalComma' : 'import.point')})` : ''}
          </option>
          <option value="point">{t('import.point')}</option>
          <option value="comma">{t('import.decimalComma')}</option>
        </select>
      </label>
    </>
  );
}
