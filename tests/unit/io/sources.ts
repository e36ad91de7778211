/** Test byte sources: in-memory bytes served as an AsyncIterable or a ReadableStream, cut where a test says. */
import { readFileSync } from 'node:fs';
import { registerNodeDecoders } from '../../../src/node/nodeDecoders';
import { loadTable } from '../../../src/io/loadTable';
import type { ByteSource, LoadOptions, LoadResult } from '../../../src/io/types';
import type { Column } from '../../../src/table/types';
import { isDictionary } from '../../../src/table/types';

registerNodeDecoders();

export const FIXTURES = new URL('../../fixtures/io/', import.meta.url);

export function fixtureBytes(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(new URL(name, FIXTURES)));
}

export interface SourceOptions {
  /** Byte offsets where chunks are cut (sorted, within the data). */
  readonly cuts?: readonly number[];
  /** Fixed chunk size when no cuts are given (default 64 KiB). */
  readonly chunkSize?: number;
  /** Serve as a ReadableStream (Blob.stream()/fetch style) instead of an AsyncIterable. */
  readonly stream?: boolean;
  readonly name?: string;
}

function pieces(bytes: Uint8Array, options: SourceOptions): Uint8Array[] {
  const cuts = options.cuts ?? [];
  const out: Uint8Array[] = [];
  if (cuts.length > 0) {
    let from = 0;
    for (const cut of [...cuts, bytes.length]) {
      out.push(bytes.slice(from, cut));
      from = cut;
    }
    return out;
  }
  const size = options.chunkSize ?? 64 * 1024;
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.slice(i, i + size));
  return out;
}

export function bytesSource(data: Uint8Array | string, options: SourceOptions = {}): ByteSource & { opens: number } {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const source = {
    name: options.name ?? 'test.csv',
    size: bytes.length,
    opens: 0,
    open(): AsyncIterable<Uint8Array> | ReadableStream<Uint8Array> {
      source.opens++;
      const parts = pieces(bytes, options);
      if (options.stream) {
        return new ReadableStream<Uint8Array>({
          pull(controller) {
            const next = parts.shift();
            if (next === undefined) controller.close();
            else controller.enqueue(next);
          },
        });
      }
      return (async function* () {
        yield* parts;
      })();
    },
  };
  return source;
}

export function load(data: Uint8Array | string, options: LoadOptions = {}, source: SourceOptions = {}): Promise<LoadResult> {
  return loadTable(bytesSource(data, source), options);
}

/** A column's cells as plain values (null for missing), for readable assertions. */
export function cells(column: Column): (number | string | boolean | null)[] {
  const out: (number | string | boolean | null)[] = [];
  for (let i = 0; i < column.length; i++) {
    if (column.missing[i]) out.push(null);
    else if (isDictionary(column)) out.push(column.dictionary[column.codes[i] as number] as string);
    else if (column.type === 'boolean') out.push(column.values[i] === 1);
    else out.push(column.values[i] as number);
  }
  return out;
}

export function columnsOf(result: LoadResult): Record<string, (number | string | boolean | null)[]> {
  return Object.fromEntries(result.table.columns.map((c) => [c.name, cells(c)]));
}
