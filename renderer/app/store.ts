/**
 * The app's view state: plain serialisable data plus the chosen file's handle. Typed arrays never
 * live here (they stay in the worker); the grid, statistics and charts fetch what they show.
 */
import { create } from 'zustand';
import type { ErrorInfo, FilterSpec, FilterState, ImportOptions, OpenResult, ProgressEvent } from '../../src/protocol/protocol';
import type { HostFile } from '../host/HostApi';
import type { Language } from './i18n';
import { withSheet } from '../features/import/workbookOptions';

export type View = 'start' | 'import' | 'data' | 'stats' | 'charts' | 'models';
export type ThemePreference = 'light' | 'dark' | 'system';

export interface LoadingState {
  readonly fileName: string;
  readonly progress: ProgressEvent | null;
  readonly cancelling: boolean;
}

export interface ChartState {
  readonly id: string;
  /** Chart settings as src/charts reads them (kind, roles, options, title …). */
  readonly settings: Readonly<Record<string, unknown>>;
  readonly palette: string;
}

/** A file's charts, set aside while another file is open ("several charts per dataset, kept while the app runs"). */
export interface SavedCharts {
  readonly charts: readonly ChartState[];
  readonly activeChartId: string | null;
  readonly nextChart: number;
}

export interface AppState {
  readonly view: View;
  readonly theme: ThemePreference;
  readonly language: Language;
  readonly file: HostFile | null;
  readonly importOptions: ImportOptions;
  readonly loading: LoadingState | null;
  readonly dataset: OpenResult | null;
  readonly error: ErrorInfo | null;
  readonly charts: readonly ChartState[];
  readonly activeChartId: string | null;
  readonly nextChart: number;
  /** Charts of other files opened in this session, by file name. */
  readonly savedCharts: Readonly<Record<string, SavedCharts>>;
  readonly showShortcuts: boolean;
  readonly showAbout: boolean;
  /** The warnings panel (the toolbar's badge opens it from any view). */
  readonly showWarnings: boolean;
  /** The open dataset's filter set (at most one per column) as last asked for. */
  readonly filters: readonly FilterSpec[];
  /** Rows the applied filter set keeps; null while no filter is applied. */
  readonly filterState: FilterState | null;
  /** Counts applied filter sets: views that read the filtered rows fetch again when it changes. */
  readonly filterRevision: number;
  readonly filterError: ErrorInfo | null;
}

export const initialState: AppState = {
  view: 'start',
  theme: 'system',
  language: 'en',
  file: null,
  importOptions: {},
  loading: null,
  dataset: null,
  error: null,
  charts: [],
  activeChartId: null,
  nextChart: 1,
  savedCharts: {},
  showShortcuts: false,
  showAbout: false,
  showWarnings: false,
  filters: [],
  filterState: null,
  filterRevision: 0,
  filterError: null,
};

/** A new table (or none) starts without filters. */
const NO_FILTERS = { filters: [], filterState: null, filterError: null } as const;

export const useApp = create<AppState>()(() => initialState);

/** Charts are filed by file and, for a workbook, sheet: another sheet has other columns. */
export function chartsKey(dataset: Pick<OpenResult, 'fileName' | 'workbook'>): string {
  return dataset.workbook ? `${dataset.fileName}\u0000${dataset.workbook.sheet}` : dataset.fileName;
}

/** The open dataset's charts filed under its key, with the others set aside earlier. */
function setAside(s: AppState): Record<string, SavedCharts> {
  if (!s.dataset || s.charts.length === 0) return { ...s.savedCharts };
  return { ...s.savedCharts, [chartsKey(s.dataset)]: { charts: s.charts, activeChartId: s.activeChartId, nextChart: s.nextChart } };
}

/** State transitions as plain functions of the state (testable without React). */
export const transitions = {
  chooseFile: (s: AppState, file: HostFile): Partial<AppState> => ({ file, importOptions: {}, view: 'import', error: null, ...NO_FILTERS }),
  setImportOption: <K extends keyof ImportOptions>(s: AppState, key: K, value: ImportOptions[K] | undefined): Partial<AppState> => {
    const next: Record<string, unknown> = { ...s.importOptions };
    if (value === undefined) delete next[key];
    else next[key] = value;
    return { importOptions: next as ImportOptions };
  },
  /** Another sheet of a workbook (its header row is found again: ../features/import/workbookOptions.ts). */
  chooseSheet: (s: AppState, sheet: string): Partial<AppState> => ({ importOptions: withSheet(s.importOptions, sheet) }),
  startLoading: (s: AppState, fileName: string): Partial<AppState> => ({
    loading: { fileName, progress: null, cancelling: false },
    error: null,
  }),
  progress: (s: AppState, progress: ProgressEvent): Partial<AppState> => (s.loading ? { loading: { ...s.loading, progress } } : {}),
  cancelling: (s: AppState): Partial<AppState> => (s.loading ? { loading: { ...s.loading, cancelling: true } } : {}),
  /** Shows the new table's statistics; its charts from earlier in the session come back. */
  loaded: (s: AppState, dataset: OpenResult): Partial<AppState> => {
    const savedCharts = setAside(s);
    const { [chartsKey(dataset)]: restored, ...others } = savedCharts;
    return {
      dataset,
      loading: null,
      view: 'stats',
      savedCharts: others,
      ...NO_FILTERS,
      filterRevision: s.filterRevision + 1,
      ...(restored ?? { charts: [], activeChartId: null, nextChart: 1 }),
    };
  },
  failed: (s: AppState, error: ErrorInfo): Partial<AppState> => ({ error, loading: null }),
  closeFile: (s: AppState): Partial<AppState> => ({
    file: null,
    dataset: null,
    loading: null,
    view: 'start',
    charts: [],
    activeChartId: null,
    nextChart: 1,
    error: null,
    savedCharts: setAside(s),
    ...NO_FILTERS,
  }),
  /** The worker applied `filters`: no filter (an empty set) shows no indicator. */
  filtersApplied: (s: AppState, filters: readonly FilterSpec[], state: FilterState): Partial<AppState> =>
    s.filters === filters
      ? { filterState: filters.length > 0 ? state : null, filterRevision: s.filterRevision + 1, filterError: null }
      : {},
  addChart: (s: AppState, settings: Readonly<Record<string, unknown>>): Partial<AppState> => {
    const id = `chart-${s.nextChart}`;
    return { charts: [...s.charts, { id, settings, palette: 'default' }], activeChartId: id, nextChart: s.nextChart + 1 };
  },
  updateChart: (s: AppState, id: string, patch: Partial<Omit<ChartState, 'id'>>): Partial<AppState> => ({
    charts: s.charts.map((chart) => (chart.id === id ? { ...chart, ...patch } : chart)),
  }),
  removeChart: (s: AppState, id: string): Partial<AppState> => {
    const charts = s.charts.filter((chart) => chart.id !== id);
    return { charts, activeChartId: s.activeChartId === id ? (charts.at(-1)?.id ?? null) : s.activeChartId };
  },
};

type Transition = typeof transitions;
/** Applies a named transition to the store. */
export function act<K extends keyof Transition>(
  name: K,
  ...args: Transition[K] extends (s: AppState, ...rest: infer A) => Partial<AppState> ? A : never
): void {
  const fn = transitions[name] as (s: AppState, ...rest: unknown[]) => Partial<AppState>;
  useApp.setState((s) => fn(s, ...args));
}
