/**
 * What the app shows of a fitted model that needs the table's rows: predictions (a preview and the
 * full CSV with prediction columns) and the per-row result charts (predicted vs actual, residuals
 * vs fitted) on the validation rows, or on every row when the split was not listed.
 */
import { buildPredictedActual, buildResiduals } from '../charts/regressionCharts';
import { predictionCsv } from '../models/predictionCsv';
import { cellValue } from '../table/cellValues';
import type { FitReport } from '../models/pipeline';
import type { ModelJSON } from '../models/modelJson';
import { predictTable } from '../models/predictTable';
import type { Predictions } from '../models/predictTable';
import type { Table } from '../table/types';
import type { ChartOption, ModelChartsLook, ModelChartSet, PredictResult } from '../protocol/protocol';

export function predictionColumns(model: ModelJSON, p: Predictions): string[] {
  return [`predicted_${model.target}`, ...(p.classes ?? []).map((c) => `probability_${c}`)];
}

export function predictPreview(model: ModelJSON, table: Table, previewRows: number, fileName?: string): PredictResult {
  const p = predictTable(model, table, fileName);
  const k = p.classes?.length ?? 0;
  const preview: string[][] = [];
  for (let r = 0; r < Math.min(previewRows, table.rowCount); r++) {
    const v = p.values[r]!;
    if (Number.isNaN(v)) preview.push(new Array<string>(1 + k).fill(''));
    else
      preview.push([
        p.classes ? (p.classes[v] ?? String(v)) : String(v),
        ...Array.from({ length: k }, (_, c) => p.probabilities![r * k + c]!.toFixed(4)),
      ]);
  }
  return { rows: table.rowCount, skippedRows: p.skippedRows, columns: predictionColumns(model, p), preview, messages: p.messages };
}

/** The table's rows as CSV fields, header first, in batches: its cells as loaded (the worker keeps no file text). */
function* tableRecords(table: Table, batchRows = 4096): Generator<string[][]> {
  yield [table.columns.map((c) => c.name)];
  for (let start = 0; start < table.rowCount; start += batchRows) {
    const batch: string[][] = [];
    for (let r = start; r < Math.min(table.rowCount, start + batchRows); r++)
      batch.push(table.columns.map((c) => String(cellValue(c, r) ?? '')));
    yield batch;
  }
}

export function predictionsCsvText(model: ModelJSON, table: Table, fileName?: string): string {
  return [
    ...predictionCsv(
      tableRecords(table),
      { delimiter: ',', decimalComma: false, header: true },
      model.target,
      predictTable(model, table, fileName),
    ),
  ].join('');
}

/** `rowFilter`: the rows the fit could read (its filter), so "all rows" without a validation split means those. */
export function regressionCharts(
  report: FitReport,
  model: ModelJSON,
  table: Table,
  look: ModelChartsLook,
  rowFilter?: Uint8Array,
): ModelChartSet {
  const target = table.columns.find((c) => c.name === model.target);
  if (report.model !== 'linear' || !target || target.type !== 'number') return {};
  const predicted = predictTable(model, table).values;
  const rows =
    report.split.validation && report.split.validation.length > 0
      ? report.split.validation
      : Array.from({ length: table.rowCount }, (_, i) => i).filter((i) => !rowFilter || rowFilter[i] === 1);
  const actual: number[] = [];
  const fitted: number[] = [];
  const residuals: number[] = [];
  for (const r of rows) {
    const a = target.values[r]!;
    const f = predicted[r]!;
    if (!Number.isFinite(a) || !Number.isFinite(f)) continue;
    actual.push(a);
    fitted.push(f);
    residuals.push(a - f);
  }
  const ko = look.locale === 'ko';
  const onRows =
    report.split.validation && report.split.validation.length > 0
      ? ko
        ? '검증 행'
        : 'validation rows'
      : rowFilter
        ? ko
          ? '필터가 남긴 모든 행'
          : 'all rows the filter keeps'
        : ko
          ? '모든 행'
          : 'all rows';
  const chartLook = { ...look, subtitle: onRows };
  return {
    predictedActual: buildPredictedActual(actual, fitted, chartLook) as unknown as ChartOption,
    residuals: buildResiduals(fitted, residuals, chartLook) as unknown as ChartOption,
  };
}
