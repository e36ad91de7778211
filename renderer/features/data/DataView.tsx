/**
 * Data: every row in AG Grid's infinite row model, pages fetched from the worker's columnar
 * table (sort and filters computed there). The infinite model keeps only a few blocks in memory,
 * and AG Grid stretches its scroll range past the browser's element-height cap, so 10 M rows scroll.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import {
  CellStyleModule,
  colorSchemeDark,
  InfiniteRowModelModule,
  ModuleRegistry,
  NumberFilterModule,
  TextFilterModule,
  themeQuartz,
} from 'ag-grid-community';
import type { ColDef, GridApi, IDatasource, ValueFormatterParams } from 'ag-grid-community';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo, MiniHistogram } from '../../../src/protocol/protocol';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useApp } from '../../app/store';
import { useEffectiveTheme } from '../../app/useThemeAndLanguage';
import { engine } from '../../engine/EngineClient';
import { ColumnHeader } from './ColumnHeader';
import { applyFilters } from '../../app/commands';
import { FilterBar } from '../filters/FilterBar';
import { field, filterSpecs, gridOps, mergeGridFilters, sameFilters, sortSpecs, toGridModel, toRows } from './gridQuery';

ModuleRegistry.registerModules([CellStyleModule, InfiniteRowModelModule, TextFilterModule, NumberFilterModule]);

const lightTheme = themeQuartz.withParams({ headerHeight: 64, rowHeight: 28, fontSize: 13 });
const darkTheme = lightTheme.withPart(colorSchemeDark);
const BLOCK = 200;
const MIN_WIDTH = { number: 100, datetime: 170, boolean: 90, category: 120, text: 160 } as const;

/** Rough header width in px at 13 px bold: Hangul and other CJK glyphs are about twice as wide as Latin ones. */
function headerTextWidth(name: string): number {
  let width = 0;
  for (const ch of name) width += ch.codePointAt(0)! >= 0x2e80 ? 14 : 8;
  return width;
}

function formatDate(p: ValueFormatterParams): string {
  return typeof p.value === 'number'
    ? new Date(p.value)
        .toISOString()
        .replace('T', ' ')
        .replace(/(\.000)?Z$/, '')
    : '';
}

export function DataView() {
  const { t } = useTranslation();
  const theme = useEffectiveTheme();
  const dataset = useApp((s) => s.dataset);
  const filters = useApp((s) => s.filters);
  const filterRevision = useApp((s) => s.filterRevision);
  const [histograms, setHistograms] = useState<readonly MiniHistogram[]>([]);
  const [matchCount, setMatchCount] = useState<number | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const apiRef = useRef<GridApi | null>(null);
  const revision = useRef(0);
  const lastQuery = useRef('');

  useEffect(() => {
    if (!dataset) return;
    void engine()
      .histograms(dataset.datasetId, 16)
      .then((o) => o.kind === 'ok' && setHistograms(o.value));
  }, [dataset, filterRevision]);

  // The dataset's filter set, set from the filter bar or elsewhere, shown in the grid's menus (which
  // refetch the rows); filters the menus cannot show (ranges) still apply through getRows.
  useEffect(() => {
    const api = apiRef.current;
    if (!api || !dataset) return;
    const gridNow = filterSpecs(api.getFilterModel() as Record<string, { type?: string; filter?: string | number }>);
    const wanted = toGridModel(filters, dataset.columns);
    if (!sameFilters(gridNow, filterSpecs(wanted))) api.setFilterModel(wanted);
    else api.purgeInfiniteCache();
  }, [filters, dataset]);

  const columnDefs = useMemo<ColDef[]>(() => {
    if (!dataset) return [];
    const fill = dataset.columns.length <= 8;
    const rowCol: ColDef = {
      field: 'row',
      headerName: t('data.rowNumber'),
      width: 40 + 8 * dataset.rowCount.toLocaleString().length,
      flex: 0,
      pinned: 'left',
      sortable: false,
      cellClass: 'muted',
      valueFormatter: (p) => (typeof p.value === 'number' ? p.value.toLocaleString() : ''),
    };
    return [
      rowCol,
      ...dataset.columns.map((column, i): ColDef => {
        const numeric = column.type === 'number' || column.type === 'datetime';
        return {
          field: field(i),
          headerName: column.name,
          sortable: true,
          filter: column.type === 'number' ? 'agNumberColumnFilter' : 'agTextColumnFilter',
          filterParams: { filterOptions: gridOps(column.type), maxNumConditions: 1, buttons: ['apply', 'reset'], closeOnApply: true },
          headerComponent: ColumnHeader,
          headerComponentParams: { type: column.type, histogram: histograms[i] },
          cellClass: numeric ? 'num' : undefined,
          suppressHeaderFilterButton: false,
          ...(column.type === 'datetime' && { valueFormatter: formatDate }),
          // Wide enough for the header and the type's usual values; few columns stretch to fill the grid.
          width: Math.min(280, Math.max(MIN_WIDTH[column.type], 52 + headerTextWidth(column.name))),
          minWidth: 80,
          ...(fill && { flex: 1 }),
        };
      }),
    ];
  }, [dataset, histograms, t]);

  const datasource = useMemo<IDatasource | null>(() => {
    if (!dataset) return null;
    return {
      getRows: (params) => {
        const sort = sortSpecs(params.sortModel);
        // The grid's menus plus the dataset's filters they cannot show: the same set the statistics and charts use.
        const fromGrid = filterSpecs(params.filterModel as Record<string, { type?: string; filter?: string | number }>);
        const filters = mergeGridFilters(useApp.getState().filters, fromGrid, dataset.columns);
        const key = JSON.stringify([sort, filters]);
        if (key !== lastQuery.current) {
          lastQuery.current = key;
          revision.current++;
        }
        const query = { datasetId: dataset.datasetId, start: params.startRow, count: params.endRow - params.startRow, sort, filters };
        void engine()
          .rows(query, revision.current)
          .then((outcome) => {
            if (outcome.kind === 'stale') return params.failCallback();
            if (outcome.kind === 'error') {
              setError(outcome.error);
              return params.failCallback();
            }
            setMatchCount(outcome.value.matchCount);
            params.successCallback(toRows(outcome.value), outcome.value.matchCount);
          });
      },
    };
  }, [dataset]);

  if (!dataset || !datasource) return <EmptyState>{t('data.noFile')}</EmptyState>;
  const goToLast = () => apiRef.current?.ensureIndexVisible(Math.max(0, (matchCount ?? dataset.rowCount) - 1), 'bottom');
  return (
    <section className="view" aria-labelledby="data-title" style={{ height: '100%' }}>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1 id="data-title">{t('data.title')}</h1>
        <span className="muted" data-testid="match-count">
          {t('data.shown', { shown: (matchCount ?? dataset.rowCount).toLocaleString(), total: dataset.rowCount.toLocaleString() })}
        </span>
        <div className="row">
          <button onClick={() => apiRef.current?.ensureIndexVisible(0, 'top')} aria-label={t('data.first')} title={t('data.first')}>
            ⤒
          </button>
          <button onClick={goToLast} data-testid="go-last" aria-label={t('data.last')} title={t('data.last')}>
            ⤓
          </button>
        </div>
      </div>
      <FilterBar />
      {error && <ErrorBanner action="rows" error={error} onDismiss={() => setError(null)} />}
      <div className="grid-host" data-testid="grid">
        <AgGridReact
          theme={theme === 'dark' ? darkTheme : lightTheme}
          rowModelType="infinite"
          datasource={datasource}
          columnDefs={columnDefs}
          cacheBlockSize={BLOCK}
          maxBlocksInCache={50}
          infiniteInitialRowCount={Math.min(dataset.rowCount, BLOCK)}
          onGridReady={(e) => {
            apiRef.current = e.api;
            const model = toGridModel(useApp.getState().filters, dataset.columns);
            if (Object.keys(model).length > 0) e.api.setFilterModel(model);
          }}
          onFilterChanged={(e) => {
            // A change the user made in a column's menu becomes the dataset's filter set.
            if (e.source === 'api') return;
            const fromGrid = filterSpecs(e.api.getFilterModel() as Record<string, { type?: string; filter?: string | number }>);
            const current = useApp.getState().filters;
            const merged = mergeGridFilters(current, fromGrid, dataset.columns);
            if (!sameFilters(merged, current)) void applyFilters(merged);
          }}
        />
      </div>
    </section>
  );
}
