/** What the Runs table shows of a run, as sortable plain values (tested without React). */
import type { FitReport } from '../../../src/protocol/protocol';
import type { RunRecord } from './runsStore';

/** The options the run was given (besides target, features and split), as "name=value": what distinguishes runs. */
export function optionSummary(run: RunRecord): string {
  const { options = {}, scale, degree } = run.spec;
  return [
    ...Object.entries(options).map(([k, v]) => `${k}=${String(v)}`),
    ...(scale ? [`scale=${scale}`] : []),
    ...(degree ? [`degree=${degree}`] : []),
  ].join(' ');
}

/** The main score (R² or accuracy) of a split, NaN when absent. */
export function mainScore(report: FitReport | undefined, split: 'train' | 'validation'): number {
  const m = report?.metrics[split] as Record<string, number> | undefined;
  if (!m) return Number.NaN;
  return report!.task === 'classification' ? m.accuracy! : m.r2!;
}

/** The rows a finished run used and the file's row count; `filtered` when a row filter was on. */
export function runRows(run: RunRecord): { used: number; total: number; kept: number; filtered: boolean } | undefined {
  const rows = run.result?.report.rows;
  if (!rows) return undefined;
  return { used: rows.used, total: rows.total, kept: rows.total - rows.filteredOut, filtered: (run.result?.filters.length ?? 0) > 0 };
}

export type RunSortKey = 'number' | 'method' | 'rows' | 'train' | 'validation' | 'time';

export function sortValue(run: RunRecord, key: RunSortKey): number | string {
  switch (key) {
    case 'number':
      return run.number;
    case 'method':
      return run.spec.method ?? '';
    case 'rows':
      return runRows(run)?.used ?? Number.NaN;
    case 'train':
      return mainScore(run.result?.report, 'train');
    case 'validation':
      return mainScore(run.result?.report, 'validation');
    case 'time':
      return run.result?.report.timeMs ?? Number.NaN;
  }
}

/** Sorted copy; NaN (runs without that value) always last. */
export function sortRuns(runs: readonly RunRecord[], key: RunSortKey, direction: 'asc' | 'desc'): RunRecord[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...runs].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (typeof x === 'number' && typeof y === 'number') {
      if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : -1;
      return sign * (x - y);
    }
    return sign * String(x).localeCompare(String(y));
  });
}
