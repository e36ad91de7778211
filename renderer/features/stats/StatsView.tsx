/** Statistics: a card per column and the Pearson correlation heatmap; copy everything as a table. */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableDescription } from '../../../src/stats/describe';
import type { ErrorInfo } from '../../../src/table/errors';
import { EChart } from '../../components/EChart';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useApp } from '../../app/store';
import { useEffectiveTheme } from '../../app/useThemeAndLanguage';
import { engine } from '../../engine/EngineClient';
import { ColumnCard } from './ColumnCard';
import { correlationOption, describeToTsv } from './statsCharts';

export function StatsView() {
  const { t } = useTranslation();
  const theme = useEffectiveTheme();
  const dataset = useApp((s) => s.dataset);
  const [description, setDescription] = useState<TableDescription | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [toast, setToast] = useState<string | null>(null);

  useEffect(() => {
    if (!dataset) return;
    setDescription(null);
    void engine().describe(dataset.datasetId).then((o) => {
      if (o.kind === 'ok') setDescription(o.value);
      else if (o.kind === 'error') setError(o.error);
    });
  }, [dataset]);

  const heatmap = useMemo(() => (description ? correlationOption(description.correlation, theme === 'dark') : null), [description, theme]);
  if (!dataset) return <EmptyState>{t('stats.noFile')}</EmptyState>;

  const copy = async () => {
    if (!description) return;
    await navigator.clipboard.writeText(describeToTsv(description)).catch(() => undefined);
    setToast(t('stats.copied', { count: description.columns.length }));
    setTimeout(() => setToast(null), 2500);
  };
  const size = Math.min(760, 220 + (description?.correlation.columns.length ?? 0) * 26);
  return (
    <section className="view" aria-labelledby="stats-title">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1 id="stats-title">{t('stats.title')} <span className="muted" style={{ fontWeight: 400, fontSize: 14 }}>· {dataset.fileName}</span></h1>
        <button onClick={() => void copy()} disabled={!description}>{t('stats.copy')}</button>
      </div>
      {error && <ErrorBanner action="stats" error={error} />}
      {!description && !error && <p className="muted" role="status">{t('stats.computing')}</p>}
      {description && (
        <>
          <div className="stat-cards">
            {description.columns.map((column) => <ColumnCard key={column.name} column={column} theme={theme} />)}
          </div>
          <div className="panel">
            <h2>{t('stats.correlation')}</h2>
            {heatmap ? (
              <div style={{ height: size, maxWidth: size + 120 }}>
                <EChart option={heatmap} theme={theme} label={t('stats.correlation')} className="fill" />
              </div>
            ) : (
              <p className="muted">{t('stats.noNumeric')}</p>
            )}
          </div>
        </>
      )}
      {toast && <div className="toast" role="status">{toast}</div>}
    </section>
  );
}
