/**
 * The records of a CSV file as the text of their cells, exactly as written (after decoding and
 * unquoting), read synchronously chunk by chunk: `fitplot predict` copies the input's cells from
 * here instead of re-formatting the parsed values (a local time stays as written, `2.460` stays
 * `2.460`). Blank lines are skipped, as the loader skips them, so record k+header is table row k.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { createStreamDecoder } from '../../io/decoders';
import { detectNewline } from '../../io/dialect';
import { RecordReader } from '../../io/records';
import type { Delimiter } from '../../io/types';

const CHUNK = 1 << 20;

/** Yields batches of records (each an array of cell texts) in file order. */
export function* rawRecords(path: string, cwd: string, encoding: string, delimiter: Delimiter): Generator<string[][]> {
  const fd = openSync(resolve(cwd, path), 'r');
  try {
    const decoder = createStreamDecoder(encoding, { fatal: false, fileName: path });
    const buffer = new Uint8Array(CHUNK);
    let batch: string[][] = [];
    let reader: RecordReader | undefined;
    const sink = (fields: string[]) => {
      batch.push(fields);
      return true;
    };
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK, null);
      const text = decoder.decode(buffer.subarray(0, read), read === 0);
      reader ??= text.length > 0 ? new RecordReader(delimiter, detectNewline(text), path, sink) : undefined;
      reader?.push(text);
      if (read === 0) {
        reader?.finish();
        if (batch.length > 0) yield batch;
        return;
      }
      if (batch.length > 0) {
        yield batch;
        batch = [];
      }
    }
  } finally {
    closeSync(fd);
  }
}
