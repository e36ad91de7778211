/**
 * The model workbench's session state: the fit form, and every run of the session (live epochs
 * while it trains, then its report and model) for the Runs table and comparisons. Plain data;
 * the fitted models themselves also stay in the engine worker by run id.
 */
import { create } from 'zustand';
import type {
  ErrorInfo,
  FitEpoch,
  FitProgress,
  FitResult,
  FitSpec,
  LivePoints,
  LiveWeights,
  Message,
} from '../../../src/protocol/protocol';
import type { FitFormState } from './fitForm';
import { appendEpochs } from './curveThinning';

export type RunStatus = 'running' | 'done' | 'stopped' | 'failed';

export interface RunRecord {
  readonly id: string;
  /** 1-based number in the session, shown as "Run 3". */
  readonly number: number;
  readonly datasetId: string;
  readonly fileName: string;
  readonly spec: FitSpec;
  /** The method's name (its MODEL_SPECS label key), for the Runs table and legends. */
  readonly methodLabel: Message;
  readonly status: RunStatus;
  /** The epochs received, thinned to a bounded number (first, last, best and a stride: curveThinning.ts). */
  readonly epochs: readonly FitEpoch[];
  /** The sample of training rows the live fit chart draws (a run it can draw), and the latest weights. */
  readonly livePoints?: LivePoints;
  readonly liveWeights?: LiveWeights;
  readonly startedAt: number;
  readonly result?: FitResult;
  readonly error?: ErrorInfo;
}

export interface ModelsState {
  readonly form: FitFormState | null;
  /** The dataset the form was made for (a new file resets the form). */
  readonly formDataset: string | null;
  readonly runs: readonly RunRecord[];
  readonly activeRunId: string | null;
  /** Runs ticked in the Runs table for comparison. */
  readonly compare: readonly string[];
}

export const initialModels: ModelsState = { form: null, formDataset: null, runs: [], activeRunId: null, compare: [] };

export const useModels = create<ModelsState>()(() => initialModels);

const update = (s: ModelsState, id: string, patch: (r: RunRecord) => Partial<RunRecord>): Partial<ModelsState> => ({
  runs: s.runs.map((r) => (r.id === id ? { ...r, ...patch(r) } : r)),
});

/** State transitions as plain functions (tested without React). */
export const runTransitions = {
  started: (s: ModelsState, run: Omit<RunRecord, 'number' | 'status' | 'epochs'>): Partial<ModelsState> => ({
    runs: [...s.runs, { ...run, number: s.runs.length + 1, status: 'running', epochs: [] }],
    activeRunId: run.id,
  }),
  progress: (s: ModelsState, id: string, event: Omit<FitProgress, 'runId'>): Partial<ModelsState> =>
    update(s, id, (r) => ({
      epochs: appendEpochs(r.epochs, event.epochs),
      ...(event.weights && { liveWeights: event.weights }),
      ...(event.points && { livePoints: event.points }),
    })),
  finished: (s: ModelsState, id: string, result: FitResult): Partial<ModelsState> =>
    update(s, id, () => ({ status: result.stopped ? 'stopped' : 'done', result })),
  failed: (s: ModelsState, id: string, error: ErrorInfo): Partial<ModelsState> => update(s, id, () => ({ status: 'failed', error })),
  toggleCompare: (s: ModelsState, id: string): Partial<ModelsState> => ({
    compare: s.compare.includes(id) ? s.compare.filter((c) => c !== id) : [...s.compare, id],
  }),
  remove: (s: ModelsState, id: string): Partial<ModelsState> => ({
    runs: s.runs.filter((r) => r.id !== id),
    compare: s.compare.filter((c) => c !== id),
    activeRunId: s.activeRunId === id ? null : s.activeRunId,
  }),
};

type Transitions = typeof runTransitions;
export function actModels<K extends keyof Transitions>(
  name: K,
  ...args: Transitions[K] extends (s: ModelsState, ...rest: infer A) => Partial<ModelsState> ? A : never
): void {
  const fn = runTransitions[name] as (s: ModelsState, ...rest: unknown[]) => Partial<ModelsState>;
  useModels.setState((s) => fn(s, ...args));
}

export function activeRun(s: ModelsState): RunRecord | undefined {
  return s.runs.find((r) => r.id === s.activeRunId);
}
