/** `fitplot describe FILE`: every column's statistics, as a terminal table or JSON (schema in README). */
import { parseArgs } from 'node:util';
import { EXIT_OK, UsageError } from '../command';
import type { Command } from '../command';
import { LOADER_FLAGS_HELP, loadFile, loadOptionsFrom, loaderFlags } from '../loadFile';
import { describeInTwoThreads } from '../parallelDescribe';
import { bundledWorkerPath } from '../splitLoad';
import { formatTextTable } from '../textTable';
import { fileHeadline, sourceFields } from '../fileSummary';
import { writeJson } from '../jsonStream';
import { DEFAULT_CORRELATION_COLUMNS } from '../../stats/describeOptions';
import { describeTable } from '../../stats/describeTable';
import type { ColumnDescription, TableDescription } from '../../stats/descriptionSchema';

export const describeCommand: Command = {
  name: 'describe',
  summary: 'Statistics of every column: counts, moments, quantiles, histogram, normal fit, correlation',
  usage: `Usage: fitplot describe FILE [--json] [--correlation N|all] [--spearman] [--encoding E] [--delimiter D] [--decimal-comma] [--no-header] [--float32] [--sheet S] [--header-row N]

  FILE is a CSV or text file, or an Excel workbook (.xlsx, .xlsm: one sheet, the first unless --sheet).
  --json            JSON: { file, encoding, delimiter (a workbook: workbook { sheet, sheets, firstRow }), rows, columns: [...], correlation, conventions, warnings }
  --correlation N   JSON: Pearson (and Spearman) matrices over the first N number columns, or all
                    (default ${DEFAULT_CORRELATION_COLUMNS}; correlation.omitted says how many were left out)
  --spearman        also compute Spearman rank correlations
${LOADER_FLAGS_HELP}`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { ...loaderFlags, json: { type: 'boolean' }, spearman: { type: 'boolean' }, correlation: { type: 'string' } },
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one FILE.');
    const loadOptions = loadOptionsFrom(values);
    const result = await loadFile(positionals[0] as string, loadOptions, io);
    // The text table shows no correlation, so none is computed for it.
    const options = { spearman: values.spearman === true, correlationColumns: values.json ? correlationColumns(values.correlation) : 0 };
    const description =
      loadOptions.workers === 2
        ? await describeInTwoThreads(result.table, options, bundledWorkerPath())
        : describeTable(result.table, options);
    if (values.json) {
      const output = { file: result.fileName, ...sourceFields(result), ...description, warnings: result.warnings };
      writeJson(output, io.stdout);
      return EXIT_OK;
    }
    io.stdout(`${fileHeadline(result, description.rows, description.columns.length)}\n\n`);
    io.stdout(`${numericTable(description)}\n`);
    const categorical = categoryTable(description);
    if (categorical) io.stdout(`\n${categorical}\n`);
    for (const w of result.warnings) io.stdout(`warning: ${w.message}\n`);
    return EXIT_OK;
  },
};

function correlationColumns(text: string | undefined): number {
  if (text === undefined) return DEFAULT_CORRELATION_COLUMNS;
  if (text === 'all') return Number.POSITIVE_INFINITY;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--correlation takes a whole number of columns or 'all' (got '${text}').`);
  return n;
}

const fmt = (v: number | null | undefined): string => (v === null || v === undefined ? '' : formatNumber(v));

/** Up to 6 significant digits, without exponent noise for ordinary magnitudes. */
export function formatNumber(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return String(v);
  const abs = Math.abs(v);
  if (abs !== 0 && (abs >= 1e9 || abs < 1e-4)) return v.toExponential(4);
  return String(Number(v.toPrecision(6)));
}

function numericTable(d: TableDescription): string {
  const header = ['column', 'type', 'count', 'missing', 'mean', 'std', 'min', '25%', '50%', '75%', 'max', 'lag-1 r'];
  const rows = d.columns.map((c: ColumnDescription) => {
    const q = c.quantiles ?? {};
    const timeLike = c.type === 'datetime';
    const show = (v: number | null | undefined): string =>
      timeLike && v !== null && v !== undefined ? new Date(v).toISOString().replace('T', ' ').replace('.000Z', '') : fmt(v);
    return [
      c.name,
      c.type,
      fmt(c.count),
      fmt(c.missing),
      timeLike ? '' : fmt(c.mean),
      timeLike ? '' : fmt(c.std),
      show(c.min),
      show(q['0.25']),
      show(q['0.5']),
      show(q['0.75']),
      show(c.max),
      fmt(c.autocorrelation),
    ];
  });
  return formatTextTable(
    [header, ...rows],
    header.map((_, i) => i >= 2),
  );
}

function categoryTable(d: TableDescription): string | null {
  const cats = d.columns.filter((c) => c.top !== null);
  if (cats.length === 0) return null;
  const header = ['column', 'distinct', 'mode', 'top values'];
  const rows = cats.map((c) => [
    c.name,
    fmt(c.distinct),
    String(c.mode ?? ''),
    (c.top ?? [])
      .slice(0, 5)
      .map((t) => `${t.value} (${t.count})`)
      .join(', '),
  ]);
  return formatTextTable([header, ...rows], [false, true, false, false]);
}
