/**
 * User commands that involve the host or the engine (open, load, cancel, close), as plain
 * async functions over the store — the views call these, never the worker directly.
 */
import { DEFAULT_MEMORY_BUDGET_MB } from '../features/import/memoryBudget';
import type { FilterSpec, ImportOptions } from '../../src/protocol/protocol';
import { engine } from '../engine/EngineClient';
import type { Pending } from '../engine/engineConnection';
import { host } from '../host';
import type { HostFile, RecentFile, SampleInfo } from '../host';
import { act, useApp } from './store';

let running: Pending<unknown> | null = null;

function hostError(error: unknown): void {
  act('failed', {
    code: 'UNREADABLE',
    message: error instanceof Error ? error.message : String(error),
    hint: 'Check that the file still exists and try again.',
  });
}

/** Shows the import view for a file (preview first, full load on request). */
export function chooseFile(file: HostFile): void {
  closeDataset();
  act('chooseFile', file);
}

export async function pickAndChoose(): Promise<void> {
  try {
    const file = await host().pickFile();
    if (file) chooseFile(file);
  } catch (error) {
    hostError(error);
  }
}

/** Samples are known-good: load them straight away. */
export async function openSample(id: SampleInfo['id']): Promise<void> {
  try {
    const file = await host().openSample(id);
    chooseFile(file);
    await loadAll();
  } catch (error) {
    hostError(error);
  }
}

export async function openRecent(id: RecentFile['id']): Promise<void> {
  try {
    chooseFile(await host().openRecent(id));
  } catch (error) {
    hostError(error);
  }
}

/** Loads the whole chosen file with the import options; progress goes to the store. */
export async function loadAll(): Promise<void> {
  const { file, importOptions } = useApp.getState();
  if (!file) return;
  running?.cancel();
  act('startLoading', file.name);
  const pending = engine().open(file, { memoryBudgetMB: DEFAULT_MEMORY_BUDGET_MB, ...importOptions }, (progress) =>
    act('progress', progress),
  );
  running = pending;
  const outcome = await pending.result;
  if (running === pending) running = null;
  if (outcome.kind === 'ok') {
    // Re-loading with other import options replaces the table: free the old one in the worker.
    closeDataset();
    act('loaded', outcome.value);
  } else if (outcome.kind === 'error') act('failed', outcome.error);
}

export function cancelLoading(): void {
  if (!running) return;
  act('cancelling');
  running.cancel();
}

function closeDataset(): void {
  const { dataset } = useApp.getState();
  if (dataset) engine().close(dataset.datasetId);
}

export function closeFile(): void {
  running?.cancel();
  running = null;
  closeDataset();
  act('closeFile');
}

export function setImportOption<K extends keyof ImportOptions>(key: K, value: ImportOptions[K] | undefined): void {
  act('setImportOption', key, value);
}

export function chooseSheet(sheet: string): void {
  act('chooseSheet', sheet);
}

/** Sets the open dataset's filter set; statistics, charts and the grid then read the matching rows. */
export async function applyFilters(filters: readonly FilterSpec[]): Promise<void> {
  const { dataset } = useApp.getState();
  if (!dataset) return;
  useApp.setState({ filters });
  const outcome = await engine().setFilters(dataset.datasetId, filters);
  if (outcome.kind === 'ok') act('filtersApplied', filters, outcome.value);
  else if (outcome.kind === 'error') useApp.setState({ filterError: outcome.error });
}

/** Adds a filter, replacing any earlier one on the same column (one filter per column). */
export function addFilter(filter: FilterSpec): Promise<void> {
  return applyFilters([...useApp.getState().filters.filter((f) => f.column !== filter.column), filter]);
}

export function removeFilter(column: number): Promise<void> {
  return applyFilters(useApp.getState().filters.filter((f) => f.column !== column));
}

export function clearFilters(): Promise<void> {
  return applyFilters([]);
}
