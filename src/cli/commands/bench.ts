/**
 * `fitplot bench`: generates (or reuses) a sensor CSV and times reading, tokenising, the baseline
 * loader, Fitplot's loader and statistics, chart aggregation and the models; prints a table and
 * writes JSON. `npm run bench` runs it after building the CLI. See README.md, "Performance".
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { EXIT_BAD_INPUT, EXIT_OK, UsageError } from '../command';
import type { CliIO, Command } from '../command';
import { measureRuns } from '../bench/benchCase';
import { BENCH_CASES } from '../bench/cases';
import { ensureModelData } from '../bench/modelData';
import { formatBenchReport } from '../bench/report';
import { runBench } from '../bench/runner';
import { benchCacheDir } from '../bench/sensorInput';
import { parseByteSize } from '../generate/byteSize';
import { parseFlags, wholeNumberFlag } from '../generate/cliFlags';
import { DEFAULT_SEED } from '../generate/sensorCsv';

const DEFAULT_SIZE = '100MB';
const DEFAULT_RUNS = 3;
/** Seconds after which a slow case stops repeating, so the quick default stays under two minutes. */
const DEFAULT_CASE_BUDGET = 20;
const DEFAULT_MODEL_ROWS = 1_000_000;
const DEFAULT_MODEL_COLS = 20;

const FLAGS = {
  size: { type: 'string' },
  runs: { type: 'string' },
  'case-budget': { type: 'string' },
  json: { type: 'string' },
  seed: { type: 'string' },
  'model-rows': { type: 'string' },
  'model-cols': { type: 'string' },
  only: { type: 'string' },
  'in-process': { type: 'boolean' },
  'no-numpy': { type: 'boolean' },
  cache: { type: 'string' },
  case: { type: 'string' },
  input: { type: 'string' },
} as const;

export const benchCommand: Command = {
  name: 'bench',
  summary: 'Time the loader, statistics, charts and models on a generated sensor CSV',
  usage: `Usage: fitplot bench [--size 100MB|1GB] [--runs N] [--json FILE] [options]

  --size SIZE        CSV size to generate (default ${DEFAULT_SIZE}; cached under ${benchCacheDir()} by size and seed)
  --runs N           runs per case; the table shows the median (default ${DEFAULT_RUNS})
  --case-budget S    no further runs of a case once its runs took S seconds together (default ${DEFAULT_CASE_BUDGET})
  --json FILE        where to write the JSON report (default bench-results/bench-<date>.json)
  --seed S           generator seed (default ${DEFAULT_SEED})
  --model-rows N     rows of the model data (default ${DEFAULT_MODEL_ROWS.toLocaleString('en-US')}); --model-cols P features (default ${DEFAULT_MODEL_COLS})
  --only IDS         comma-separated case ids: ${BENCH_CASES.map((c) => c.id).join(', ')}
  --in-process       run every case in this process (faster to start; peak memory less exact)
  --no-numpy         skip the numpy comparison
  --cache DIR        cache folder for the generated inputs
  --case ID --input FILE   run one case (--runs times) and print its measurements as JSON (what each child process does)`,
  async run(args, io) {
    const { values } = parseFlags({ args: [...args], allowPositionals: false, options: FLAGS });
    const seed = wholeNumberFlag('--seed', values.seed, DEFAULT_SEED, 0, 0xffffffff);
    const modelRows = wholeNumberFlag('--model-rows', values['model-rows'], DEFAULT_MODEL_ROWS, 1);
    const modelCols = wholeNumberFlag('--model-cols', values['model-cols'], DEFAULT_MODEL_COLS, 1, 1000);
    const cacheDir = values.cache === undefined ? benchCacheDir() : resolve(io.cwd, values.cache);
    const runs = wholeNumberFlag('--runs', values.runs, DEFAULT_RUNS, 1, 100);
    const caseBudgetSeconds = wholeNumberFlag('--case-budget', values['case-budget'], DEFAULT_CASE_BUDGET, 0);
    if (values.case !== undefined)
      return runChild(values.case, values.input, { runs, caseBudgetSeconds, seed, modelRows, modelCols, cacheDir }, io);

    const sizeBytes = parseByteSize(values.size ?? DEFAULT_SIZE);
    if (sizeBytes === undefined) throw new UsageError(`--size must be a size like 100MB or 1GB, got '${values.size}'.`);
    const only = values.only
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = only?.filter((id) => !BENCH_CASES.some((c) => c.id === id)) ?? [];
    if (unknown.length)
      throw new UsageError(`unknown case(s) ${unknown.join(', ')}; the cases are ${BENCH_CASES.map((c) => c.id).join(', ')}.`);
    const cases = only ? BENCH_CASES.filter((c) => only.includes(c.id)) : BENCH_CASES;
    const script = process.argv[1];
    const childCommand = values['in-process'] || !script ? undefined : [process.execPath, ...process.execArgv, script];

    const report = await runBench({
      sizeBytes,
      runs,
      caseBudgetSeconds,
      seed,
      modelRows,
      modelCols,
      cacheDir,
      cases,
      numpy: !values['no-numpy'],
      log: (line) => io.stderr(`${line}\n`),
      ...(childCommand && { childCommand }),
    });
    io.stdout(formatBenchReport(report));
    const jsonPath = resolve(io.cwd, values.json ?? `bench-results/bench-${report.date.slice(0, 19).replace(/:/g, '-')}.json`);
    mkdirSync(dirname(jsonPath), { recursive: true });
    writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
    io.stdout(`JSON: ${jsonPath}\n`);
    return report.rows.some((r) => r.status === 'failed') ? EXIT_BAD_INPUT : EXIT_OK;
  },
};

interface ChildSettings {
  readonly runs: number;
  readonly caseBudgetSeconds: number;
  readonly seed: number;
  readonly modelRows: number;
  readonly modelCols: number;
  readonly cacheDir: string;
}

async function runChild(id: string, input: string | undefined, settings: ChildSettings, io: CliIO): Promise<number> {
  const benchCase = BENCH_CASES.find((c) => c.id === id);
  if (!benchCase) throw new UsageError(`unknown case '${id}'.`);
  if (input === undefined) throw new UsageError('--case needs --input FILE (the CSV to run on).');
  const csvPath = resolve(io.cwd, input);
  const files =
    benchCase.group === 'model' ? ensureModelData(settings.cacheDir, settings.modelRows, settings.modelCols, settings.seed) : undefined;
  const ctx = { csvPath, csvBytes: statSync(csvPath).size, ...(files && { models: files }) };
  const measurements = await measureRuns(benchCase, ctx, settings.runs, settings.caseBudgetSeconds);
  io.stdout(`${JSON.stringify(measurements)}\n`);
  return EXIT_OK;
}
