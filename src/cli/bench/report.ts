/** The bench's terminal table (the JSON report is the BenchReport itself). */
import { formatTextTable } from '../textTable';
import type { BenchReport, BenchRow } from './runner';

const dash = '–';

function fixed(value: number | undefined, digits: number, suffix = ''): string {
  return value === undefined || !Number.isFinite(value) ? dash : `${value.toFixed(digits)}${suffix}`;
}

function cells(row: BenchRow, settingsRuns: number): string[] {
  if (row.status !== 'ok') return [row.label, dash, dash, dash, dash, dash, dash, `${row.status}: ${row.reason ?? ''}`];
  return [
    row.label,
    fixed(row.seconds, 3),
    fixed(row.cpuSeconds, 3),
    fixed(row.mbPerSecond, 0),
    fixed(row.peakMemoryBytes === undefined ? undefined : row.peakMemoryBytes / 1e6, 0) +
      (row.peakMemoryToFile === undefined ? '' : ` (${row.peakMemoryToFile.toFixed(2)}× file)`),
    fixed(row.speedupVsBaseline, 2, '×'),
    fixed(row.speedupVsNumpy, 2, '×') + (row.numpySeconds === undefined ? '' : ` (numpy ${row.numpySeconds.toFixed(3)} s)`),
    [
      row.rows === undefined ? '' : `${row.rows.toLocaleString('en-US')} rows`,
      row.timeVsRow ? `${row.timeVsRow.ratio.toFixed(2)}× the time of ${row.timeVsRow.id}` : '',
      row.runSeconds && row.runSeconds.length < settingsRuns ? `${row.runSeconds.length} run(s): time budget` : '',
    ]
      .filter(Boolean)
      .join('; '),
  ];
}

export function formatBenchReport(report: BenchReport): string {
  const { machine, settings, input } = report;
  const head = [
    `fitplot bench — ${report.date}`,
    `machine: ${machine.cpu}, ${machine.cores} cores, ${(machine.totalMemoryBytes / 2 ** 30).toFixed(1)} GiB, Node ${machine.node}, ${machine.platform}; load average at the end ${machine.loadAverage.map((l) => l.toFixed(2)).join(' ')}`,
    `input: ${input.path} (${(input.bytes / 1e6).toFixed(1)} MB, seed ${settings.seed}); models on ${settings.modelRows.toLocaleString('en-US')} × ${settings.modelCols}`,
    `median of ${settings.runs} run(s), each in ${settings.isolation === 'child-process' ? 'a fresh child process' : 'this process'}; peak memory = resident high-water mark above the run's baseline (${settings.memoryMethod})`,
    '',
  ];
  const header = ['case', 'seconds', 'cpu s', 'MB/s', 'peak MB', 'vs baseline', 'vs numpy', 'notes'];
  const table = formatTextTable(
    [header, ...report.rows.map((r) => cells(r, settings.runs))],
    [false, true, true, true, true, true, true, false],
  );
  const numpy =
    report.numpy.status === 'ok'
      ? `numpy ${report.numpy.numpy} (Python ${report.numpy.python}), one BLAS thread`
      : `numpy: skipped — ${report.numpy.reason}`;
  const warnings = report.warnings.map((w) => `warning: ${w}`);
  return [...head, table, '', numpy, ...warnings, ''].join('\n');
}
