/** CSV output for `fitplot predict`: the input's columns as loaded, then the prediction columns. */
import { cellValue } from '../cellValues';
import type { Table } from '../../table/types';
import type { Predictions } from '../../models/predictTable';

/** RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const cellText = (v: ReturnType<typeof cellValue>): string => (v === null ? '' : String(v));

export function* predictionCsv(table: Table, target: string, p: Predictions, rowsPerPiece = 4096): Generator<string> {
  const classes = p.classes;
  const header = table.columns.map((c) => c.name);
  header.push(`predicted_${target}`);
  if (classes) for (const c of classes) header.push(`probability_${c}`);
  yield `${header.map(csvField).join(',')}\n`;
  const k = classes?.length ?? 0;
  let piece = '';
  for (let r = 0; r < table.rowCount; r++) {
    const fields = table.columns.map((c) => csvField(cellText(cellValue(c, r))));
    const v = p.values[r]!;
    if (Number.isNaN(v)) {
      fields.push('');
      for (let c = 0; c < k; c++) fields.push('');
    } else {
      fields.push(classes ? csvField(classes[v] ?? String(v)) : String(v));
      for (let c = 0; c < k; c++) fields.push(String(p.probabilities![r * k + c]));
    }
    piece += `${fields.join(',')}\n`;
    if ((r + 1) % rowsPerPiece === 0) {
      yield piece;
      piece = '';
    }
  }
  if (piece) yield piece;
}
