/** Import: what the loader detected, changeable, with a live preview; then the full load with progress. */
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { EmptyState } from '../../components/EmptyState';
import { cancelLoading, loadAll } from '../../app/commands';
import { useApp } from '../../app/store';
import { ImportOptionsForm } from './ImportOptionsForm';
import { LiveStatsPanel } from './LiveStatsPanel';
import { LoadProgress } from './LoadProgress';
import { PREVIEW_ROWS, usePreview } from './usePreview';
import { PreviewTable } from './PreviewTable';
import { WarningList } from './WarningList';
import { isWorkbookName } from '../../host/dataFileTypes';
import type { WorkbookInfo } from '../../../src/protocol/protocol';

/** Whether the loaded table is of the sheet (and header row) the preview shows; always for a text file. */
function sameSheet(loaded: WorkbookInfo | undefined, previewed: WorkbookInfo | undefined): boolean {
  return loaded === undefined || (loaded.sheet === previewed?.sheet && loaded.firstRow === previewed.firstRow);
}

export function ImportView() {
  const { t } = useTranslation();
  const file = useApp((s) => s.file);
  const options = useApp((s) => s.importOptions);
  const loading = useApp((s) => s.loading);
  const loadError = useApp((s) => s.error);
  // The loaded table of this file (the store keeps the previous file's until the new one loads).
  const dataset = useApp((s) => (s.dataset && s.file && s.dataset.fileName === s.file.name ? s.dataset : null));
  const { preview, error, busy, workbook } = usePreview(file, options);
  if (!file) return <EmptyState>{t('data.noFile')}</EmptyState>;
  const isWorkbook = isWorkbookName(file.name);
  return (
    <section className="view" aria-labelledby="import-title">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1 id="import-title">{t('import.title', { name: file.name })}</h1>
        <button className="primary" onClick={() => void loadAll()} disabled={loading !== null || preview === null} data-testid="load-all">
          {t('import.load')}
        </button>
      </div>
      {loading && <LoadProgress loading={loading} onCancel={cancelLoading} />}
      {loading?.progress?.partial && <LiveStatsPanel partial={loading.progress.partial} />}
      {loadError && <ErrorBanner error={loadError} action="load" onDismiss={() => useApp.setState({ error: null })} />}
      {error && <ErrorBanner error={error} action="preview" />}
      <div className="import-grid">
        <ImportOptionsForm options={options} preview={preview} workbook={isWorkbook ? workbook : undefined} />
        <div style={{ minWidth: 0, display: 'flex', flexDirection: 'column', gap: 10, opacity: busy ? 0.6 : 1 }}>
          {preview && (
            <>
              <span className="muted">
                {t('import.preview', { count: Math.min(PREVIEW_ROWS, preview.rowCount) })} ·{' '}
                {preview.workbook
                  ? t('import.workbookSheet', {
                      sheet: preview.workbook.sheet,
                      position: preview.workbook.sheets.indexOf(preview.workbook.sheet) + 1,
                      count: preview.workbook.sheets.length,
                    })
                  : t('import.detected', { value: `${preview.encoding.toUpperCase()} (${t(`import.source.${preview.encodingSource}`)})` })}
              </span>
              <PreviewTable preview={preview} options={options} />
              {/* After a full load the whole file's warnings replace the preview's (which saw only its first rows); not once another sheet is previewed. */}
              {dataset && sameSheet(dataset.workbook, preview.workbook) ? (
                <WarningList warnings={dataset.warnings} scope="file" />
              ) : (
                <WarningList warnings={preview.warnings} />
              )}
            </>
          )}
        </div>
      </div>
    </section>
  );
}
