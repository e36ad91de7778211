/** The window: toolbar, sidebar of views, the current view and a status bar. */
import { lazy, Suspense, useEffect, useState } from 'react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AboutDialog, ShortcutsDialog } from '../components/ShortcutsDialog';
import { EmptyState } from '../components/EmptyState';
import { WarningsBadge, WarningsPanel } from '../components/WarningsPanel';
import { ImportView } from '../features/import/ImportView';
import { StartView } from '../features/start/StartView';
import { engine } from '../engine/EngineClient';
import { host } from '../host';
import type { MenuCommand } from '../host';
import { chooseFile, clearFilters, closeFile, pickAndChoose } from './commands';
import { useApp } from './store';
import type { View } from './store';
import { useThemeAndLanguage } from './useThemeAndLanguage';

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return bytes < 1024 ** 3 ? `${(bytes / 1024 ** 2).toFixed(1)} MB` : `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

// The grid (AG Grid) and the chart views (ECharts) are most of the bundle: load them on first use.
const DataView = lazy(() => import('../features/data/DataView').then((m) => ({ default: m.DataView })));
const StatsView = lazy(() => import('../features/stats/StatsView').then((m) => ({ default: m.StatsView })));
const ChartsView = lazy(() => import('../features/charts/ChartsView').then((m) => ({ default: m.ChartsView })));
const ModelsView = lazy(() => import('../features/models/ModelsView').then((m) => ({ default: m.ModelsView })));

const VIEWS: View[] = ['start', 'import', 'data', 'stats', 'charts', 'models'];

function runCommand(command: MenuCommand): void {
  switch (command) {
    case 'file.open':
      return void pickAndChoose();
    case 'file.close':
      return closeFile();
    case 'chart.export':
      return void import('../features/charts/exportChart').then((m) => m.exportActiveWithLastChoice());
    case 'view.theme.light':
      return useApp.setState({ theme: 'light' });
    case 'view.theme.dark':
      return useApp.setState({ theme: 'dark' });
    case 'view.theme.system':
      return useApp.setState({ theme: 'system' });
    case 'view.language.en':
      return useApp.setState({ language: 'en' });
    case 'view.language.ko':
      return useApp.setState({ language: 'ko' });
    case 'help.about':
      return useApp.setState({ showAbout: true });
    case 'help.shortcuts':
      return useApp.setState({ showShortcuts: true });
  }
}

export function App() {
  const { t } = useTranslation();
  useThemeAndLanguage();
  const view = useApp((s) => s.view);
  const file = useApp((s) => s.file);
  const dataset = useApp((s) => s.dataset);
  const theme = useApp((s) => s.theme);
  const language = useApp((s) => s.language);
  const showShortcuts = useApp((s) => s.showShortcuts);
  const showAbout = useApp((s) => s.showAbout);
  const showWarnings = useApp((s) => s.showWarnings);
  const filterState = useApp((s) => s.filterState);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const unsubscribe = host().onMenuCommand(runCommand);
    // Tells tests (and anyone curious) that the window now reacts to shortcuts and menu commands.
    document.documentElement.dataset.appReady = 'true';
    return unsubscribe;
  }, []);
  useEffect(() => host().onOpenFile(chooseFile), []);
  // A hard stop (cancel that the worker did not honour in time) restarts the worker: its tables are gone.
  useEffect(
    () => engine().subscribeRestart(() => useApp.setState((s) => (s.dataset ? { dataset: null, view: s.file ? 'import' : 'start' } : {}))),
    [],
  );

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) chooseFile(host().fromDroppedFile(dropped));
  };
  const enabled = (v: View) => v === 'start' || (v === 'import' ? file !== null : dataset !== null);

  return (
    <div
      className="shell"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-dragging={dragging || undefined}
    >
      <header className="toolbar">
        <span className="brand">{t('app.name')}</span>
        <span className="file" data-testid="file-name">
          {file?.name ?? t('common.noFile')}
        </span>
        <button onClick={() => void pickAndChoose()}>{t('common.open')}</button>
        {file && <button onClick={closeFile}>{t('common.close')}</button>}
        {dataset && <WarningsBadge count={dataset.warnings.length} onOpen={() => useApp.setState({ showWarnings: true })} />}
        <label>
          {t('common.theme')}
          <select value={theme} onChange={(e) => useApp.setState({ theme: e.target.value as typeof theme })}>
            <option value="system">{t('common.system')}</option>
            <option value="light">{t('common.light')}</option>
            <option value="dark">{t('common.dark')}</option>
          </select>
        </label>
        <label>
          {t('common.language')}
          <select
            value={language}
            onChange={(e) => useApp.setState({ language: e.target.value as typeof language })}
            data-testid="language"
          >
            <option value="en">English</option>
            <option value="ko">한국어</option>
          </select>
        </label>
      </header>
      <nav className="sidebar" aria-label={t('nav.main')}>
        {VIEWS.map((v) => (
          <button
            key={v}
            aria-current={view === v ? 'page' : undefined}
            disabled={!enabled(v)}
            onClick={() => useApp.setState({ view: v })}
            data-testid={`nav-${v}`}
          >
            {t(`nav.${v}`)}
          </button>
        ))}
      </nav>
      <main className="main">
        {view === 'start' && <StartView />}
        {view === 'import' && <ImportView />}
        <Suspense fallback={<EmptyState>…</EmptyState>}>
          {view === 'data' && <DataView />}
          {view === 'stats' && <StatsView />}
          {view === 'charts' && <ChartsView />}
          {view === 'models' && <ModelsView />}
        </Suspense>
      </main>
      <footer className="statusbar" data-testid="status">
        {dataset ? (
          <>
            <span>{t('common.rows', { n: dataset.rowCount.toLocaleString() })}</span>
            <span>{t('common.columns', { n: dataset.columns.length })}</span>
            {/* A workbook has no encoding to show: its sheet is named after the file instead. */}
            {dataset.workbook ? (
              <span data-testid="status-sheet">{t('common.sheet', { file: dataset.fileName, sheet: dataset.workbook.sheet })}</span>
            ) : (
              <span>{dataset.encoding}</span>
            )}
            <span>{t('common.memory', { size: formatBytes(dataset.memoryBytes) })}</span>
            {filterState && (
              <span className="filter-on" data-testid="filter-indicator">
                {t('filters.on', { shown: filterState.matchCount.toLocaleString(), total: filterState.rowCount.toLocaleString() })}{' '}
                <button onClick={() => void clearFilters()}>{t('filters.clear')}</button>
              </span>
            )}
          </>
        ) : (
          <span>{t('app.tagline')}</span>
        )}
      </footer>
      {showShortcuts && <ShortcutsDialog onClose={() => useApp.setState({ showShortcuts: false })} />}
      {showWarnings && dataset && (
        <WarningsPanel fileName={dataset.fileName} warnings={dataset.warnings} onClose={() => useApp.setState({ showWarnings: false })} />
      )}
      {showAbout && <AboutDialog onClose={() => useApp.setState({ showAbout: false })} />}
    </div>
  );
}
