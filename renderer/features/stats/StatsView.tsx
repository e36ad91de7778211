/**
 * Statistics of the dataset's rows (the filtered ones when a filter is on): a card per column and
 * the Pearson correlation heatmap, or the cards split by a group column; copy everything as a table.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo, GroupedDescription, TableDescription } from '../../../src/protocol/protocol';
import { EChart } from '../../components/EChart';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useApp } from '../../app/store';
import { useEffectiveTheme } from '../../app/useThemeAndLanguage';
import { engine } from '../../engine/EngineClient';
import { FilterBar } from '../filters/FilterBar';
import { ColumnCard } from './ColumnCard';
import { GroupedCards } from './GroupedCards';
import { correlationHeatmap } from '../../engine/statsCharts';
import { describeToTsv } from './describeTsv';

export function StatsView() {
  const { t } = useTranslation();
  const theme = useEffectiveTheme();
  const language = useApp((s) => s.language);
  const dataset = useApp((s) => s.dataset);
  const filterRevision = useApp((s) => s.filterRevision);
  const filtered = useApp((s) => s.filterState !== null);
  const [description, setDescription] = useState<TableDescription | null>(null);
  const [splitBy, setSplitBy] = useState<number | null>(null);
  const [grouped, setGrouped] = useState<GroupedDescription | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [toast, setToast] = useState<string | null>(null);

  useEffect(() => {
    if (!dataset) return;
    setDescription(null);
    setError(null);
    void engine()
      .describe(dataset.datasetId)
      .then((o) => {
        if (o.kind === 'ok') setDescription(o.value);
        else if (o.kind === 'error') setError(o.error);
      });
  }, [dataset, filterRevision]);

  useEffect(() => {
    setGrouped(null);
    if (!dataset || splitBy === null) return;
    void engine()
      .describeGroups(dataset.datasetId, splitBy)
      .then((o) => {
        if (o.kind === 'ok') setGrouped(o.value);
        else if (o.kind === 'error') setError(o.error);
      });
  }, [dataset, splitBy, filterRevision]);

  const heatmap = useMemo(
    () =>
      description && description.correlation.columns.length >= 2
        ? correlationHeatmap(description.correlation, { theme, locale: language, labels: true })
        : null,
    [description, theme, language],
  );
  if (!dataset) return <EmptyState>{t('stats.noFile')}</EmptyState>;

  const copy = async () => {
    if (!description) return;
    await navigator.clipboard.writeText(describeToTsv(description)).catch(() => undefined);
    setToast(t('stats.copied', { count: description.columns.length }));
    setTimeout(() => setToast(null), 2500);
  };
  const groupColumns = dataset.columns
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.type === 'category' || c.type === 'boolean' || c.type === 'text');
  const size = Math.min(760, 220 + (description?.correlation.columns.length ?? 0) * 26);
  return (
    <section className="view" aria-labelledby="stats-title">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1 id="stats-title">
          {t('stats.title')}{' '}
          <span className="muted" style={{ fontWeight: 400, fontSize: 14 }}>
            · {dataset.fileName}
          </span>
        </h1>
        <div className="row">
          <label className="row muted split-by" style={{ gap: 6 }}>
            {t('stats.splitBy')}
            <select
              value={splitBy ?? ''}
              onChange={(e) => setSplitBy(e.target.value === '' ? null : Number(e.target.value))}
              data-testid="split-by"
            >
              <option value="">{t('stats.noSplit')}</option>
              {groupColumns.map(({ c, i }) => (
                <option key={i} value={i}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <button onClick={() => void copy()} disabled={!description}>
            {t('stats.copy')}
          </button>
        </div>
      </div>
      <FilterBar />
      {filtered && (
        <p className="muted" style={{ margin: 0 }}>
          {t('filters.invalidNote')}
        </p>
      )}
      {error && <ErrorBanner action="stats" error={error} onDismiss={() => setError(null)} />}
      {!description && !error && (
        <p className="muted" role="status">
          {t('stats.computing')}
        </p>
      )}
      {splitBy !== null && grouped && <GroupedCards grouped={grouped} />}
      {splitBy === null && description && (
        <>
          <div className="stat-cards">
            {description.columns.map((column) => (
              <ColumnCard key={column.name} column={column} theme={theme} filtered={filtered} />
            ))}
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
      {toast && (
        <div className="toast" role="status">
          {toast}
        </div>
      )}
    </section>
  );
}
