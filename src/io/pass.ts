/**
 * One pass over the source: bytes → (sniffing on the first pass) → streaming decoder → records.
 * The re-read pass for text columns runs the same code with the dialect the first pass found, so
 * both passes see identical records.
 */
import type { FitplotError } from '../table/errors';
import { Reblocker } from './blocks';
import { checkpoint, openChunks } from './chunks';
import type { ChunkReader } from './chunks';
import { createStreamDecoder } from './decoders';
import { detectDelimiter, detectNewline, fieldCounts } from './dialect';
import type { Newline } from './dialect';
import { RecordReader } from './records';
import type { RecordSink } from './records';
import { binaryReason, sniffEncoding, userEncodingDoubt } from './sniff';
import type { EncodingSource, Note } from './sniff';
import { loadError } from './loadMessages';
import type { ByteSource, Delimiter, LoadOptions } from './types';

/** Bytes looked at for encoding and dialect detection: always exactly the file's first bytes, whatever the chunking. */
export const SAMPLE_BYTES = 64 * 1024;
const PROGRESS_EVERY_MS = 100;

export interface Dialect {
  readonly encoding: string;
  readonly encodingSource: EncodingSource;
  readonly encodingDoubt: Note | undefined;
  readonly delimiter: Delimiter;
  readonly newline: Newline;
  /** The decoded first part of the file, for the memory estimate. */
  readonly sampleText: string;
  readonly sampleBytes: number;
  /** Most fields in one of the first 100 records: the width of a file without a header. */
  readonly sampleWidth: number;
}

/** Thrown when bytes after a valid-UTF-8 sample turn out not to be UTF-8; loadTable restarts with a legacy encoding. */
export class NotUtf8Error extends Error {
  constructor(
    readonly window: Uint8Array,
    /** Byte offset of the window in the file. */
    readonly offset: number,
  ) {
    super('not UTF-8');
  }
}

export interface PassHooks {
  readonly onProgress: (bytesRead: number, records: number) => void;
  readonly signal: AbortSignal | undefined;
}

export interface PassResult {
  readonly dialect: Dialect;
  readonly reader: RecordReader;
  readonly bytesRead: number;
}

export function concat(chunks: readonly Uint8Array[], limit: number): Uint8Array {
  const total = Math.min(
    limit,
    chunks.reduce((n, c) => n + c.length, 0),
  );
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    if (at >= total) break;
    const take = Math.min(c.length, total - at);
    out.set(take === c.length ? c : c.subarray(0, take), at);
    at += take;
  }
  return out;
}

/** Sniffs encoding, line break and delimiter from the first SAMPLE_BYTES bytes. */
/**
 * Reports `counters` every PROGRESS_EVERY_MS until the returned stop function is called. A timer,
 * not the chunk loop, drives progress, so it keeps coming while a slow source stalls.
 */
export function startProgress(hooks: PassHooks, counters: { readonly bytes: number; readonly records: number }): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): void => {
    timer = setTimeout(() => {
      hooks.onProgress(counters.bytes, counters.records);
      schedule();
    }, PROGRESS_EVERY_MS);
  };
  schedule();
  return () => clearTimeout(timer);
}

/** The first chunks up to SAMPLE_BYTES (the detection sample); `ended` when the file ended within them. */
export async function readHead(chunks: ChunkReader): Promise<{ head: Uint8Array[]; headBytes: number; ended: boolean }> {
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < SAMPLE_BYTES) {
    const chunk = await chunks.next();
    if (chunk === undefined) {
      ended = true;
      break;
    }
    if (chunk.length === 0) continue;
    head.push(chunk);
    headBytes += chunk.length;
  }
  return { head, headBytes, ended };
}

export function sniff(
  source: ByteSource,
  sample: Uint8Array,
  complete: boolean,
  options: LoadOptions,
  forcedEncoding: Pick<Dialect, 'encoding' | 'encodingSource' | 'encodingDoubt'> | undefined,
): Dialect {
  let encoding: Pick<Dialect, 'encoding' | 'encodingSource' | 'encodingDoubt'>;
  if (forcedEncoding) encoding = forcedEncoding;
  else if (options.encoding) {
    const binary = options.encoding.toLowerCase().includes('16') ? undefined : binaryReason(sample);
    if (binary) throw binaryError(source, binary);
    encoding = { encoding: options.encoding, encodingSource: 'user', encodingDoubt: userEncodingDoubt(sample, options.encoding) };
  } else {
    const guess = sniffEncoding(sample);
    if ('binary' in guess) throw binaryError(source, guess.binary);
    if (guess.unsupported)
      throw loadError('ENCODING', guess.unsupported.key, { file: source.name, ...guess.unsupported.params }, { file: source.name });
    encoding = { encoding: guess.encoding, encodingSource: guess.source, encodingDoubt: guess.doubt };
  }
  const sampleText = createStreamDecoder(encoding.encoding, { fatal: false, fileName: source.name }).decode(sample, complete);
  const newline = detectNewline(sampleText);
  const delimiter = options.delimiter ?? detectDelimiter(sampleText, complete);
  const sampleWidth = Math.max(1, ...fieldCounts(sampleText, delimiter, complete));
  return { ...encoding, delimiter, newline, sampleText, sampleBytes: sample.length, sampleWidth };
}

function binaryError(source: ByteSource, why: Note): FitplotError {
  return loadError('BINARY_FILE', why.key, { file: source.name, ...why.params }, { file: source.name });
}

/**
 * Runs one pass. `known` is the dialect of an earlier pass (re-read); `forcedEncoding` restarts
 * detection with a given encoding (after a late UTF-8 error). `afterSniff` may refuse the file
 * (TOO_LARGE) before the rest is read.
 */
export async function runPass(
  source: ByteSource,
  options: LoadOptions,
  sink: RecordSink,
  hooks: PassHooks,
  known: Dialect | undefined,
  forcedEncoding?: Pick<Dialect, 'encoding' | 'encodingSource' | 'encodingDoubt'>,
  afterSniff?: (dialect: Dialect) => void,
): Promise<PassResult> {
  const chunks = openChunks(source, hooks.signal);
  const counters: Counters = { bytes: 0, records: 0 };
  const stopProgress = startProgress(hooks, counters);
  try {
    return await pump(source, chunks, options, sink, hooks, counters, known, forcedEncoding, afterSniff);
  } finally {
    stopProgress();
    await chunks.close();
  }
}

/** What progress reports: bytes received so far and records parsed. */
interface Counters {
  bytes: number;
  records: number;
}

async function pump(
  source: ByteSource,
  chunks: ChunkReader,
  options: LoadOptions,
  sink: RecordSink,
  hooks: PassHooks,
  counters: Counters,
  known: Dialect | undefined,
  forcedEncoding: Pick<Dialect, 'encoding' | 'encodingSource' | 'encodingDoubt'> | undefined,
  afterSniff: ((dialect: Dialect) => void) | undefined,
): Promise<PassResult> {
  const { head, headBytes, ended } = await readHead(chunks);
  counters.bytes = headBytes;
  if (headBytes === 0) {
    throw loadError('EMPTY_FILE', 'load.emptyFile', { file: source.name }, { file: source.name });
  }
  const dialect = known ?? sniff(source, concat(head, SAMPLE_BYTES), ended && headBytes <= SAMPLE_BYTES, options, forcedEncoding);
  afterSniff?.(dialect);
  // Only a UTF-8 guess from a clean sample is checked strictly: a later invalid byte means another encoding.
  const fatal = dialect.encodingSource === 'utf-8-valid';
  const decoder = createStreamDecoder(dialect.encoding, { fatal, fileName: source.name });
  const reader = new RecordReader(dialect.delimiter, dialect.newline, source.name, sink);
  let bytesRead = 0;
  let lastChunk: Uint8Array = new Uint8Array(0);
  const feed = (chunk: Uint8Array, final: boolean): void => {
    let text: string;
    try {
      text = decoder.decode(chunk, final);
    } catch {
      if (fatal)
        throw new NotUtf8Error((chunk.length > 0 ? chunk : lastChunk).slice(), chunk.length > 0 ? bytesRead : bytesRead - lastChunk.length);
      throw loadError('ENCODING', 'load.decodeFailed', { file: source.name, encoding: dialect.encoding }, { file: source.name });
    }
    reader.push(text);
    bytesRead += chunk.length;
    counters.bytes = Math.max(counters.bytes, bytesRead);
    counters.records = reader.records;
    if (chunk.length > 0) lastChunk = chunk;
  };
  const tick = checkpoint(hooks.signal, source.name);
  // Decoding goes through fixed 64 KiB blocks, so a late UTF-8 error is examined in the same bytes whatever the chunking.
  const blocks = new Reblocker(SAMPLE_BYTES);
  const take = async (chunk: Uint8Array): Promise<void> => {
    for (const block of blocks.push(chunk)) {
      feed(block, false);
      if (reader.isStopped) return;
    }
    await tick();
  };
  for (const chunk of head) {
    await take(chunk);
    if (reader.isStopped) break;
  }
  while (!ended && !reader.isStopped) {
    const chunk = await chunks.next();
    if (chunk === undefined) break;
    await take(chunk);
  }
  if (!reader.isStopped) {
    feed(blocks.flush(), false);
    feed(new Uint8Array(0), true);
    reader.finish();
  }
  return { dialect, reader, bytesRead };
}
