/** What one benchmark row is, and how one run of it is timed and measured (the same in a child process and in-process). */
import type { ModelDataFiles } from './modelData';
import { trackPeak } from './memory';

export interface CaseContext {
  readonly csvPath: string;
  readonly csvBytes: number;
  /** The model cases' data files (present when a model case is to run). */
  readonly models?: ModelDataFiles;
}

/** What a run reports besides its time, for the bench's cross-checks. */
export interface CaseOutput {
  /** Data rows the case saw (loading cases): every loader must see the same number. */
  readonly rows?: number;
  /** Fitted coefficients, intercept first (model cases), compared with numpy's. */
  readonly coefficients?: readonly number[];
}

export type CaseGroup = 'read' | 'load' | 'table' | 'model';

export interface BenchCase {
  readonly id: string;
  readonly label: string;
  /**
   * read: consumes the CSV file (MB/s and ratio to the baseline loader reported);
   * load: also builds a table (peak memory compared with the file size);
   * table: works on an already loaded table; model: on the 1M × 20 model data.
   */
  readonly group: CaseGroup;
  /** The numpy timing this row is compared with, if any. */
  readonly numpy?: 'lstsq' | 'logistic' | 'mlp';
  /** Another row this one is timed against (its seconds ÷ that row's are reported as a ratio). */
  readonly comparedWith?: string;
  /**
   * Untimed preparation (e.g. loading the table an aggregation works on); returns the timed work.
   * Whatever the closure holds is part of the memory baseline, not of the row's peak.
   */
  prepare(ctx: CaseContext): Promise<() => Promise<CaseOutput> | CaseOutput>;
}

export interface RunMeasurement extends CaseOutput {
  readonly seconds: number;
  /** CPU time of the whole process (user + system, all threads) during the run: steadier than wall time on a busy machine. */
  readonly cpuSeconds: number;
  /** Peak resident memory during the timed work, above the baseline taken just before it. */
  readonly peakBytes: number;
  readonly memoryMethod: 'vmhwm' | 'sampled';
}

/** Times one run of prepared work, with its peak memory. */
async function timeOnce(work: () => Promise<CaseOutput> | CaseOutput): Promise<RunMeasurement> {
  const tracker = trackPeak();
  const cpu = process.cpuUsage();
  const started = performance.now();
  let output: CaseOutput;
  try {
    output = await work();
  } catch (error) {
    tracker.stop();
    throw error;
  }
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  const memory = tracker.stop();
  return { ...output, seconds, cpuSeconds: (user + system) / 1e6, peakBytes: memory.peakBytes, memoryMethod: memory.method };
}

/**
 * Prepares the case once and times up to `runs` runs of it, stopping early (after at least one)
 * once the runs together took more than `budgetSeconds`.
 */
export async function measureRuns(
  benchCase: BenchCase,
  ctx: CaseContext,
  runs: number,
  budgetSeconds: number,
  onRun?: (m: RunMeasurement) => void,
): Promise<RunMeasurement[]> {
  const work = await benchCase.prepare(ctx);
  const measured: RunMeasurement[] = [];
  let spent = 0;
  while (measured.length < runs && (measured.length === 0 || spent <= budgetSeconds)) {
    const m = await timeOnce(work);
    measured.push(m);
    spent += m.seconds;
    onRun?.(m);
  }
  return measured;
}
