/** `fitplot generate sensors …`: writes a deterministic plant-sensor CSV (the bench's input, the samples' source). */
import { resolve } from 'node:path';
import { EXIT_OK, UsageError } from '../command';
import type { Command } from '../command';
import { createProgressBar } from '../progressBar';
import { formatByteSize, parseByteSize } from '../generate/byteSize';
import { parseFlags, wholeNumberFlag } from '../generate/cliFlags';
import { DEFAULT_COLUMNS, DEFAULT_MISSING_FRACTION, DEFAULT_SEED, generateSensorCsv } from '../generate/sensorCsv';
import type { SensorCsvOptions } from '../generate/sensorCsv';
import { writeChunksAtomic } from '../generate/writeChunksAtomic';
import { FitplotError } from '../../table/errors';

const FLAGS = {
  rows: { type: 'string' },
  size: { type: 'string' },
  out: { type: 'string' },
  seed: { type: 'string' },
  columns: { type: 'string' },
  missing: { type: 'string' },
  korean: { type: 'boolean' },
  encoding: { type: 'string' },
} as const;

export const generateCommand: Command = {
  name: 'generate',
  summary: 'Write a deterministic plant-sensor CSV (for benchmarks and demos)',
  usage: `Usage: fitplot generate sensors (--rows N | --size SIZE) --out FILE [options]

  --rows N            exactly N data rows
  --size SIZE         as many whole rows as fit in SIZE: 100MB, 1GB, 512MiB, … (KB/MB/GB = 10^3/10^6/10^9)
  --out FILE          where to write (atomically: a temporary file, then a rename)
  --seed S            random seed, 0–4294967295 (default ${DEFAULT_SEED}); the same seed gives the same bytes
  --columns N         total columns: timestamp, line, status and N − 3 sensors (default ${DEFAULT_COLUMNS}, at least 4)
  --missing F         fraction of sensor cells left empty (default ${DEFAULT_MISSING_FRACTION})
  --korean            Korean column names and labels (시각, 라인, 상태, 온도_입구, …)
  --encoding E        utf-8 (default) or cp949 (implies --korean, as Korean Excel exports)`,
  async run(args, io) {
    const { values, positionals } = parseFlags({ args: [...args], allowPositionals: true, options: FLAGS });
    if (positionals.length !== 1 || positionals[0] !== 'sensors')
      throw new UsageError(`the only generator is 'sensors' (got ${positionals.length ? `'${positionals.join(' ')}'` : 'none'}).`);
    if (values.out === undefined) throw new UsageError('--out FILE is required.');
    if ((values.rows === undefined) === (values.size === undefined)) throw new UsageError('give exactly one of --rows N or --size SIZE.');
    const options: SensorCsvOptions = {
      ...(values.rows !== undefined && { rows: wholeNumberFlag('--rows', values.rows, 0, 0) }),
      ...(values.size !== undefined && { targetBytes: size(values.size) }),
      ...(values.seed !== undefined && { seed: wholeNumberFlag('--seed', values.seed, DEFAULT_SEED, 0, 0xffffffff) }),
      ...(values.columns !== undefined && { columns: wholeNumberFlag('--columns', values.columns, DEFAULT_COLUMNS, 4, 1000) }),
      ...(values.missing !== undefined && { missingFraction: fraction(values.missing) }),
      korean: values.korean === true,
      encoding: encoding(values.encoding),
    };
    const out = resolve(io.cwd, values.out);
    const started = performance.now();
    const bar = createProgressBar(io, 'generate');
    let summary;
    try {
      summary = writeChunksAtomic(out, generateSensorCsv(options), (bytesRead) =>
        bar.update({ bytesRead, totalBytes: options.targetBytes, rows: 0, elapsedMs: performance.now() - started, truncated: false }),
      );
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === undefined) throw error;
      throw new FitplotError({
        code: 'UNREADABLE',
        message: `Cannot write ${values.out} (${code}).`,
        file: values.out,
        hint: 'Check that the folder exists and is writable, and that the disk has room.',
      });
    } finally {
      bar.done();
    }
    const seconds = (performance.now() - started) / 1000;
    io.stdout(`${values.out}: ${summary.rows.toLocaleString('en-US')} rows, ${formatByteSize(summary.bytes)} in ${seconds.toFixed(1)} s\n`);
    return EXIT_OK;
  },
};

function size(text: string): number {
  const bytes = parseByteSize(text);
  if (bytes === undefined) throw new UsageError(`--size must be a size like 100MB or 1GB, got '${text}'.`);
  return bytes;
}

function fraction(text: string): number {
  const f = Number(text);
  if (text.trim() === '' || !(f >= 0 && f < 1)) throw new UsageError(`--missing must be a fraction in [0, 1), e.g. 0.02, got '${text}'.`);
  return f;
}

function encoding(text: string | undefined): 'utf-8' | 'cp949' {
  const label = (text ?? 'utf-8').toLowerCase();
  if (label === 'utf-8' || label === 'utf8') return 'utf-8';
  if (label === 'cp949') return 'cp949';
  throw new UsageError(`--encoding must be utf-8 or cp949, got '${text}'.`);
}
