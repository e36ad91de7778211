/**
 * CSV output of predictions (`fitplot predict` and the app's Apply): every input record with its cells exactly as in the file (from
 * rawRecords), then the prediction columns. Written with the input's delimiter, and numbers with a
 * decimal comma when the input used one, so the file reads back as the input did.
 */
import type { Predictions } from './predictTable';

export interface CsvDialect {
  readonly delimiter: string;
  readonly decimalComma: boolean;
  readonly header: boolean;
}

/** RFC 4180 quoting: fields with the delimiter, a quote or a line break are quoted, quotes doubled. */
export function csvField(value: string, delimiter = ','): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function* predictionCsv(records: Iterable<string[][]>, dialect: CsvDialect, target: string, p: Predictions): Generator<string> {
  const { delimiter, decimalComma } = dialect;
  const classes = p.classes;
  const k = classes?.length ?? 0;
  const number = (v: number) => (decimalComma ? String(v).replace('.', ',') : String(v));
  const line = (fields: string[]) => `${fields.map((f) => csvField(f, delimiter)).join(delimiter)}\n`;
  let row = dialect.header ? -1 : 0;
  for (const batch of records) {
    let piece = '';
    for (const fields of batch) {
      if (row === -1) {
        piece += line([...fields, `predicted_${target}`, ...(classes ?? []).map((c) => `probability_${c}`)]);
      } else {
        const v = p.values[row] ?? Number.NaN;
        const added = Number.isNaN(v)
          ? new Array<string>(1 + k).fill('')
          : [
              classes ? (classes[v] ?? String(v)) : number(v),
              ...Array.from({ length: k }, (_, c) => number(p.probabilities![row * k + c]!)),
            ];
        piece += line([...fields, ...added]);
      }
      row++;
    }
    yield piece;
  }
}
