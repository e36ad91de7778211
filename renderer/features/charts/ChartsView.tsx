/** Charts: several charts per dataset (kept while the app runs), each with its generated form and live preview. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartSpecs } from '../../../src/protocol/protocol';
import { EmptyState } from '../../components/EmptyState';
import { act, useApp } from '../../app/store';
import { useEffectiveTheme } from '../../app/useThemeAndLanguage';
import { engine } from '../../engine/EngineClient';
import { FilterBar } from '../filters/FilterBar';
import { ChartForm } from './ChartForm';
import { ChartPreview } from './ChartPreview';
import type { ChartKind } from './chartForm';
import { initialSettings } from './chartForm';
import { kindLabelKey } from './specKeys';

let specsCache: ChartSpecs | null = null;

export function ChartsView() {
  const { t } = useTranslation();
  const theme = useEffectiveTheme();
  const dataset = useApp((s) => s.dataset);
  const charts = useApp((s) => s.charts);
  const activeId = useApp((s) => s.activeChartId);
  const language = useApp((s) => s.language);
  const [specs, setSpecs] = useState<ChartSpecs | null>(specsCache);

  useEffect(() => {
    if (!specs)
      void engine()
        .chartSpecs()
        .then((s) => setSpecs((specsCache = s)));
  }, [specs]);

  const add = (kind: ChartKind = 'scatter') => {
    if (specs && dataset) act('addChart', initialSettings(specs.charts[kind], dataset.columns));
  };
  useEffect(() => {
    if (specs && dataset && charts.length === 0) add();
  }, [specs, dataset, charts.length]);

  if (!dataset) return <EmptyState>{t('charts.noFile')}</EmptyState>;
  if (!specs) return <EmptyState>{t('common.loading')}</EmptyState>;
  const active = charts.find((c) => c.id === activeId) ?? charts[0];
  return (
    <section className="view charts-view" aria-labelledby="charts-title">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1 id="charts-title">{t('charts.title')}</h1>
        <div className="chart-tabs" role="tablist" aria-label={t('charts.list')}>
          {charts.map((c, i) => (
            <button key={c.id} role="tab" aria-selected={c.id === active?.id} onClick={() => useApp.setState({ activeChartId: c.id })}>
              {typeof c.settings.title === 'string' && c.settings.title
                ? c.settings.title
                : `${t('charts.untitled', { n: i + 1 })} · ${t(kindLabelKey(c.settings.kind as ChartKind))}`}
            </button>
          ))}
          <button onClick={() => add()} data-testid="add-chart">
            + {t('charts.add')}
          </button>
          {active && (
            <button onClick={() => act('removeChart', active.id)} aria-label={t('charts.remove')}>
              ✕
            </button>
          )}
        </div>
      </div>
      <FilterBar />
      {active && (
        <div className="charts-layout">
          <ChartForm specs={specs} chart={active} columns={dataset.columns} onChange={(patch) => act('updateChart', active.id, patch)} />
          <ChartPreview
            key={active.id}
            chart={active}
            spec={specs.charts[active.settings.kind as ChartKind]}
            datasetId={dataset.datasetId}
            theme={theme}
            language={language}
          />
        </div>
      )}
    </section>
  );
}
