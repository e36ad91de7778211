/**
 * Columnar slices of rows for the grid and the import preview, plus the headers' mini histograms.
 * Slices are fresh typed arrays so the worker can transfer (not copy) their buffers to the UI.
 */
import type { Column, Table } from '../types';
import type { ColumnSlice, MiniHistogram, RowsResult } from './types';
import { shownNumber } from './float32Display';
import { cellText } from './rowIndex';

function sliceColumn(column: Column, rows: Uint32Array): ColumnSlice {
  const n = rows.length;
  if (column.type === 'number' || column.type === 'datetime') {
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = column.missing[rows[i]!] ? NaN : shownNumber(column.values, rows[i]!);
    return { kind: column.type, values };
  }
  if (column.type === 'boolean') {
    const values = new Uint8Array(n);
    const missing = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      values[i] = column.values[rows[i]!]!;
      missing[i] = column.missing[rows[i]!]!;
    }
    return { kind: 'boolean', values, missing };
  }
  const values: (string | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const code = column.codes[rows[i]!]!;
    values[i] = code < 0 ? null : (column.dictionary[code] ?? null);
  }
  return { kind: 'text', values };
}

/** Rows [start, start+count) of the view given by `index` (null = file order). */
export function sliceRows(table: Table, index: Uint32Array | null, start: number, count: number): RowsResult {
  const matchCount = index ? index.length : table.rowCount;
  const from = Math.max(0, Math.min(start, matchCount));
  const to = Math.min(matchCount, from + Math.max(0, count));
  const rows = index ? index.slice(from, to) : Uint32Array.from({ length: to - from }, (_, i) => from + i);
  const rowNumbers = rows.map((row) => row + 1);
  return { start: from, matchCount, rowNumbers, columns: table.columns.map((column) => sliceColumn(column, rows)) };
}

/** The first rows as display strings (import preview). */
export function previewRows(table: Table, maxRows: number): (string | null)[][] {
  const n = Math.min(table.rowCount, maxRows);
  const rows: (string | null)[][] = [];
  for (let row = 0; row < n; row++) rows.push(table.columns.map((column) => cellText(column, row)));
  return rows;
}

/** Equal-width bin counts over [min, max] for numbers, the most frequent values for text and booleans. */
export function miniHistogram(column: Column, bins: number): MiniHistogram {
  if (column.type === 'number' || column.type === 'datetime') {
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < column.length; i++) {
      const v = column.values[i]!;
      if (column.missing[i] || !Number.isFinite(v)) continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    const counts = new Array<number>(bins).fill(0);
    if (min > max) return { kind: 'bins', counts, min: 0, max: 0 };
    const width = (max - min) / bins || 1;
    for (let i = 0; i < column.length; i++) {
      const v = column.values[i]!;
      if (column.missing[i] || !Number.isFinite(v)) continue;
      counts[Math.min(bins - 1, Math.floor((v - min) / width))]!++;
    }
    return { kind: 'bins', counts, min, max };
  }
  if (column.type === 'boolean') {
    const counts = [0, 0];
    for (let i = 0; i < column.length; i++) if (!column.missing[i]) counts[column.values[i] ? 0 : 1]!++;
    return { kind: 'top', counts, labels: ['true', 'false'], distinct: 2 };
  }
  const tally = new Float64Array(column.dictionary.length);
  for (let i = 0; i < column.length; i++) if (column.codes[i]! >= 0) tally[column.codes[i]!]!++;
  const order = Array.from(tally.keys())
    .sort((a, b) => tally[b]! - tally[a]!)
    .slice(0, bins);
  return {
    kind: 'top',
    counts: order.map((code) => tally[code]!),
    labels: order.map((code) => column.dictionary[code]!),
    distinct: column.dictionary.length,
  };
}
