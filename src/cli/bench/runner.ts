/**
 * Runs the benchmark: prepares the inputs (cached), runs every case `runs` times — each run in a
 * fresh child process by default — and turns the measurements into rows with medians and ratios.
 *
 * Why a child process per run: a run's peak memory must not include the previous run's garbage
 * or a heap grown by an earlier case, and a cold process is what a user opening a file gets. The
 * kernel's high-water mark (memory.ts) then gives an exact peak. `isolate: false` runs everything
 * in this process (used by the tests; peaks are then only indicative).
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { measureRuns } from './benchCase';
import type { BenchCase, CaseContext, RunMeasurement } from './benchCase';
import { ensureModelData } from './modelData';
import type { ModelDataFiles } from './modelData';
import { numpyUnavailable, runNumpy } from './numpyBaseline';
import type { NumpyTimings } from './numpyBaseline';
import { ensureSensorCsv } from './sensorInput';

export interface BenchOptions {
  readonly sizeBytes: number;
  readonly runs: number;
  /** Stop a case's further runs once its runs took this long together (at least one run always). */
  readonly caseBudgetSeconds: number;
  readonly seed: number;
  readonly modelRows: number;
  readonly modelCols: number;
  readonly cacheDir: string;
  readonly cases: readonly BenchCase[];
  /** How to start this CLI again for a child run (`[node, ...execArgv, script]`); in-process when absent. */
  readonly childCommand?: readonly string[];
  readonly numpy: boolean;
  readonly log: (line: string) => void;
}

export interface BenchRow {
  readonly id: string;
  readonly label: string;
  readonly group: BenchCase['group'];
  readonly status: 'ok' | 'failed';
  /** Why the row failed. */
  readonly reason?: string;
  /** Median over the runs made (fewer than asked when a case exceeded its time budget). */
  readonly seconds?: number;
  readonly runSeconds?: readonly number[];
  /** Median CPU seconds (user + system) over the runs. */
  readonly cpuSeconds?: number;
  /** File bytes / median seconds (rows that read the file). */
  readonly mbPerSecond?: number;
  /** Largest peak over runs (bytes above the run's baseline). */
  readonly peakMemoryBytes?: number;
  /** Peak memory / file size (rows that build a table). */
  readonly peakMemoryToFile?: number;
  /** Baseline loader's median seconds / this row's (> 1: faster than the baseline). */
  readonly speedupVsBaseline?: number;
  readonly numpySeconds?: number;
  /** numpy's median seconds / this row's (> 1: faster than numpy). */
  readonly speedupVsNumpy?: number;
  /** Largest |coefficient − numpy's| (same data, same objective). */
  readonly maxCoefficientDiffVsNumpy?: number;
  readonly rows?: number;
  /** This row's median seconds ÷ those of the row it is compared with (BenchCase.comparedWith). */
  readonly timeVsRow?: { readonly id: string; readonly ratio: number };
}

export interface BenchReport {
  readonly date: string;
  readonly machine: {
    readonly cpu: string;
    readonly cores: number;
    readonly node: string;
    readonly platform: string;
    readonly totalMemoryBytes: number;
    readonly loadAverage: readonly number[];
  };
  readonly settings: {
    readonly sizeBytes: number;
    readonly runs: number;
    readonly caseBudgetSeconds: number;
    readonly seed: number;
    readonly modelRows: number;
    readonly modelCols: number;
    readonly isolation: 'child-process' | 'in-process';
    readonly memoryMethod: string;
  };
  readonly input: { readonly path: string; readonly bytes: number; readonly generatedSeconds: number };
  readonly rows: readonly BenchRow[];
  readonly numpy:
    | (Omit<NumpyTimings, 'lstsqCoefficients' | 'logisticCoefficients' | 'mlpCoefficients'> & { readonly status: 'ok' })
    | { readonly status: 'skipped'; readonly reason: string };
  /** Cross-checks that failed (row counts that disagree, coefficients far from numpy's). */
  readonly warnings: readonly string[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs of one case in a fresh process: `fitplot bench --case ID --input FILE --runs N …` prints its measurements as JSON. */
function measureInChild(
  command: readonly string[],
  benchCase: BenchCase,
  ctx: CaseContext,
  runs: number,
  budgetSeconds: number,
  options: BenchOptions,
): RunMeasurement[] {
  const [exe, ...pre] = command as [string, ...string[]];
  const args = [
    ...pre,
    'bench',
    '--case',
    benchCase.id,
    '--input',
    ctx.csvPath,
    '--runs',
    String(runs),
    '--case-budget',
    String(budgetSeconds),
  ];
  args.push(
    '--seed',
    String(options.seed),
    '--model-rows',
    String(options.modelRows),
    '--model-cols',
    String(options.modelCols),
    '--cache',
    options.cacheDir,
  );
  const child = spawnSync(exe, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  const last = child.stdout?.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !last.startsWith('['))
    throw new Error((child.stderr || String(child.error ?? `exit ${child.status}`)).trim().split('\n').slice(-3).join(' '));
  return JSON.parse(last) as RunMeasurement[];
}

function maxAbsDiff(a: readonly number[], b: readonly number[]): number {
  let worst = a.length === b.length ? 0 : Infinity;
  for (let i = 0; i < Math.min(a.length, b.length); i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
  return worst;
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const { log } = options;
  log(`input: ${options.sizeBytes.toLocaleString('en-US')}-byte sensor CSV (seed ${options.seed}) in ${options.cacheDir}`);
  const input = ensureSensorCsv(options.cacheDir, options.sizeBytes, options.seed);
  if (input.generatedSeconds > 0) log(`  generated in ${input.generatedSeconds.toFixed(1)} s`);
  const needsModels = options.cases.some((c) => c.group === 'model');
  const models = needsModels ? ensureModelData(options.cacheDir, options.modelRows, options.modelCols, options.seed) : undefined;
  const ctx: CaseContext = { csvPath: input.path, csvBytes: input.bytes, ...(models && { models }) };

  const measured = new Map<string, RunMeasurement[]>();
  const rows: BenchRow[] = [];
  const warnings: string[] = [];
  let memoryMethod = 'vmhwm';
  for (const benchCase of options.cases) {
    const base = { id: benchCase.id, label: benchCase.label, group: benchCase.group };
    const runs: RunMeasurement[] = [];
    const report = (m: RunMeasurement): void => {
      if (m.memoryMethod === 'sampled') memoryMethod = 'sampled';
      runs.push(m);
      log(`${benchCase.id}: run ${runs.length}/${options.runs} ${m.seconds.toFixed(3)} s, peak +${(m.peakBytes / 1e6).toFixed(0)} MB`);
    };
    // A fresh child per run; chart rows load their table once per child and time the builder
    // every run (loading it again per run would cost far more than what is measured).
    const perChild = benchCase.group === 'table' ? options.runs : 1;
    try {
      let spent = 0;
      while (runs.length < options.runs && (runs.length === 0 || spent <= options.caseBudgetSeconds)) {
        const left = options.caseBudgetSeconds - spent;
        const batch = options.childCommand
          ? measureInChild(
              options.childCommand,
              benchCase,
              ctx,
              Math.min(perChild, options.runs - runs.length),
              Math.max(0, Math.floor(left)),
              options,
            )
          : await measureRuns(benchCase, ctx, options.runs, options.caseBudgetSeconds);
        for (const m of batch) report(m);
        spent = runs.reduce((sum, r) => sum + r.seconds, 0);
      }
      if (runs.length < options.runs)
        log(`${benchCase.id}: ${spent.toFixed(0)} s spent (budget ${options.caseBudgetSeconds} s) — median of ${runs.length} run(s)`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      log(`${benchCase.id}: FAILED — ${reason}`);
      rows.push({ ...base, status: 'failed', reason });
      continue;
    }
    measured.set(benchCase.id, runs);
    const seconds = median(runs.map((r) => r.seconds));
    const peakMemoryBytes = Math.max(...runs.map((r) => r.peakBytes));
    const readsFile = benchCase.group === 'read' || benchCase.group === 'load';
    rows.push({
      ...base,
      status: 'ok',
      seconds,
      runSeconds: runs.map((r) => r.seconds),
      cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
      ...(readsFile && { mbPerSecond: input.bytes / 1e6 / seconds }),
      peakMemoryBytes,
      ...(benchCase.group === 'load' && { peakMemoryToFile: peakMemoryBytes / input.bytes }),
      ...(runs[0]?.rows !== undefined && { rows: runs[0].rows }),
    });
  }

  const baseline = rows.find((r) => r.id === 'baseline-loader' && r.status === 'ok');
  const withRatios: BenchRow[] = rows.map((r) =>
    baseline?.seconds && r.seconds && (r.group === 'read' || r.group === 'load')
      ? { ...r, speedupVsBaseline: baseline.seconds / r.seconds }
      : r,
  );
  for (const [i, row] of withRatios.entries()) {
    const other = withRatios.find((r) => r.id === options.cases.find((c) => c.id === row.id)?.comparedWith);
    if (row.seconds && other?.seconds) withRatios[i] = { ...row, timeVsRow: { id: other.id, ratio: row.seconds / other.seconds } };
  }
  const rowCounts = new Set(withRatios.filter((r) => r.rows !== undefined).map((r) => r.rows));
  if (rowCounts.size > 1)
    warnings.push(
      `The loaders disagree on the row count: ${withRatios
        .filter((r) => r.rows !== undefined)
        .map((r) => `${r.id} ${r.rows}`)
        .join(', ')}.`,
    );

  const numpy = compareWithNumpy(options, models, measured, withRatios, warnings);
  return {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      totalMemoryBytes: totalmem(),
      loadAverage: loadavg(),
    },
    settings: {
      sizeBytes: options.sizeBytes,
      runs: options.runs,
      caseBudgetSeconds: options.caseBudgetSeconds,
      seed: options.seed,
      modelRows: options.modelRows,
      modelCols: options.modelCols,
      isolation: options.childCommand ? 'child-process' : 'in-process',
      memoryMethod,
    },
    input: { path: input.path, bytes: input.bytes, generatedSeconds: input.generatedSeconds },
    rows: withRatios,
    numpy,
    warnings,
  };
}

function compareWithNumpy(
  options: BenchOptions,
  models: ModelDataFiles | undefined,
  measured: Map<string, RunMeasurement[]>,
  rows: BenchRow[],
  warnings: string[],
): BenchReport['numpy'] {
  const modelRows = rows.filter((r) => r.group === 'model' && r.status === 'ok');
  const unavailable = !options.numpy
    ? 'not requested (--no-numpy)'
    : modelRows.length === 0 || !models
      ? 'no model row ran'
      : numpyUnavailable();
  if (unavailable || !models) {
    options.log(`numpy: skipped — ${unavailable}`);
    return { status: 'skipped', reason: unavailable ?? 'no model data' };
  }
  options.log(
    `numpy: timing lstsq, logistic descent and the MLP on ${models.rows.toLocaleString('en-US')} × ${models.cols} (up to ${options.runs} runs each, one BLAS thread)`,
  );
  const timings = runNumpy(models, options.runs, options.caseBudgetSeconds);
  for (const [i, row] of rows.entries()) {
    const kind = options.cases.find((c) => c.id === row.id)?.numpy;
    if (!kind || row.status !== 'ok' || !row.seconds) continue;
    const numpySeconds = median(timings[kind]);
    const ours = measured.get(row.id)?.[0]?.coefficients;
    const theirs = timings[`${kind}Coefficients`];
    const diff = ours ? maxAbsDiff(ours, theirs) : undefined;
    if (diff !== undefined && !(diff < 1e-6))
      warnings.push(`${row.id}: coefficients differ from numpy's by up to ${diff.toExponential(2)}.`);
    rows[i] = {
      ...row,
      numpySeconds,
      speedupVsNumpy: numpySeconds / row.seconds,
      ...(diff !== undefined && { maxCoefficientDiffVsNumpy: diff }),
    };
  }
  const { lstsqCoefficients: _l, logisticCoefficients: _g, mlpCoefficients: _m, ...rest } = timings;
  return { status: 'ok', ...rest };
}
