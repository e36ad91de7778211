/** `fitplot load FILE [--rows N|all] [--json]`: what the loader produced, for scripts and debugging. */
import { parseArgs } from 'node:util';
import { EXIT_BAD_INPUT, EXIT_OK, UsageError } from '../command';
import type { Command } from '../command';
import { rowsOf } from '../../table/cellValues';
import { cliHint } from '../cliHints';
import { LOADER_FLAGS_HELP, loadFile, loadOptionsFrom, loaderFlags } from '../loadFile';
import { formatTextTable } from '../textTable';
import { fileHeadline, sourceFields } from '../fileSummary';
import { toErrorInfo } from '../../table/errors';

const DEFAULT_ROWS = 10;

export const loadCommand: Command = {
  name: 'load',
  summary: 'Load a CSV file or an Excel sheet and print its detected settings, column types and rows',
  usage: `Usage: fitplot load FILE [--rows N|all] [--json] [--encoding E] [--delimiter D] [--decimal-comma] [--no-header] [--float32] [--sheet S] [--header-row N]

  --rows N|all      rows to print (default ${DEFAULT_ROWS})
  --json            JSON: { status, encoding, delimiter (a workbook: workbook { sheet, sheets, firstRow }), headers, columnTypes, rowCount, warnings, rows }
${LOADER_FLAGS_HELP}`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { ...loaderFlags, rows: { type: 'string' }, json: { type: 'boolean' } },
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one FILE.');
    const rowLimit = parseRows(values.rows);
    let result;
    try {
      result = await loadFile(positionals[0] as string, loadOptionsFrom(values), io);
    } catch (error) {
      if (!values.json) throw error;
      const info = toErrorInfo(error);
      const hint = cliHint(info);
      const keyed = info.key !== undefined ? { key: info.key, ...(info.params !== undefined && { params: info.params }) } : {};
      io.stdout(
        `${JSON.stringify({ status: 'error', code: info.code, ...keyed, error: info.message, ...(hint !== undefined && { hint }) }, null, 2)}\n`,
      );
      return EXIT_BAD_INPUT;
    }
    const { table } = result;
    const rows = rowsOf(table, rowLimit);
    if (values.json) {
      const output = {
        status: 'ok',
        file: result.fileName,
        ...sourceFields(result),
        header: result.header,
        headers: result.headers,
        columnTypes: Object.fromEntries(table.columns.map((c) => [c.name, c.type])),
        rowCount: table.rowCount,
        warnings: result.warnings,
        rows,
      };
      io.stdout(`${JSON.stringify(output, null, 2)}\n`);
      return EXIT_OK;
    }
    io.stdout(`${fileHeadline(result, table.rowCount, table.columns.length)}\n\n`);
    const header = table.columns.map((c) => `${c.name} (${c.type})`);
    io.stdout(`${formatTextTable([header, ...rows.map((r) => r.map((v) => (v === null ? '' : String(v))))])}\n`);
    for (const w of result.warnings) io.stdout(`warning: ${w.message}\n`);
    return EXIT_OK;
  },
};

function parseRows(text: string | undefined): number {
  if (text === undefined) return DEFAULT_ROWS;
  if (text === 'all') return Number.POSITIVE_INFINITY;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--rows takes a whole number or 'all' (got '${text}').`);
  return n;
}
