/**
 * Deterministic plant-sensor CSV generator: the bench's input and the source of the bundled
 * plant_sensors samples. Pure (no I/O): it yields byte chunks; the same options and seed give the
 * same bytes (integer PRNG; Math.sin/log/exp come from V8's portable fdlibm port, identical across
 * operating systems). Layout: `timestamp` (`YYYY-MM-DD HH:MM:SS`, 1-minute steps with
 * occasional logging gaps), `line` and `status` (categories), then numeric sensors (plantProcess.ts)
 * with a fraction of empty cells. Rows are written straight into a byte buffer (asciiWriter.ts),
 * which is what lets it produce 1 GB in seconds.
 */
import iconv from 'iconv-lite';
import { SeededRandom } from '../../stats/random';
import { FitplotError } from '../../table/errors';
import { write2, writeFixed } from './asciiWriter';
import { LINE_NAMES, LINE_NAMES_KO, PlantProcess, SENSORS, STATUS_NAMES, STATUS_NAMES_KO } from './plantProcess';

export type SensorCsvEncoding = 'utf-8' | 'cp949';

export interface SensorCsvOptions {
  /** Exact number of data rows. Give this or `targetBytes` (default 5,000 rows). */
  readonly rows?: number;
  /** Stop at the last whole row that keeps the file at or below this many bytes. */
  readonly targetBytes?: number;
  /** Total columns: timestamp + line + status + (columns − 3) sensors; default 25, at least 4. */
  readonly columns?: number;
  /** Fraction of sensor cells left empty, in [0, 1); default 0.02. */
  readonly missingFraction?: number;
  readonly seed?: number;
  /** Korean column names and category labels (implied by `encoding: 'cp949'`). */
  readonly korean?: boolean;
  readonly encoding?: SensorCsvEncoding;
  /** Approximate size of each yielded chunk; default 1 MiB. */
  readonly chunkBytes?: number;
}

export interface SensorCsvSummary {
  readonly rows: number;
  readonly bytes: number;
}

export const DEFAULT_COLUMNS = 25;
export const DEFAULT_MISSING_FRACTION = 0.02;
export const DEFAULT_SEED = 1;
const DEFAULT_ROWS = 5000;
/** 2025-03-03 06:00 UTC, in minutes since the epoch: the first row's timestamp. */
const START_MINUTE = Date.UTC(2025, 2, 3, 6, 0) / 60000;
const COMMA = 0x2c;
const NEWLINE = 0x0a;
const COLON = 0x3a;

interface Resolved {
  readonly rows: number;
  readonly targetBytes: number;
  readonly sensors: number;
  readonly missingFraction: number;
  readonly seed: number;
  readonly korean: boolean;
  readonly encoding: SensorCsvEncoding;
  readonly chunkBytes: number;
}

function resolve(options: SensorCsvOptions): Resolved {
  const bad = (message: string): never => {
    throw new FitplotError({ code: 'BAD_OPTION', message, hint: 'See `fitplot generate --help`.' });
  };
  const { rows, targetBytes, columns = DEFAULT_COLUMNS, missingFraction = DEFAULT_MISSING_FRACTION, seed = DEFAULT_SEED } = options;
  if (rows !== undefined && targetBytes !== undefined) bad('Give either a row count or a target size, not both.');
  if (rows !== undefined && !(Number.isSafeInteger(rows) && rows >= 0)) bad(`The row count must be a whole number ≥ 0, got ${rows}.`);
  if (targetBytes !== undefined && !(Number.isSafeInteger(targetBytes) && targetBytes > 0))
    bad(`The target size must be a whole number of bytes > 0, got ${targetBytes}.`);
  if (!(Number.isInteger(columns) && columns >= 4 && columns <= 1000))
    bad(`Columns must be a whole number from 4 to 1000 (timestamp, line, status and at least one sensor), got ${columns}.`);
  if (!(missingFraction >= 0 && missingFraction < 1)) bad(`The missing fraction must be in [0, 1), got ${missingFraction}.`);
  if (!(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff))
    bad(`The seed must be a whole number from 0 to 4294967295, got ${seed}.`);
  const encoding = options.encoding ?? 'utf-8';
  return {
    rows: targetBytes !== undefined ? Infinity : (rows ?? DEFAULT_ROWS),
    targetBytes: targetBytes ?? Infinity,
    sensors: columns - 3,
    missingFraction,
    seed,
    korean: options.korean === true || encoding === 'cp949',
    encoding,
    chunkBytes: Math.max(4096, options.chunkBytes ?? 1 << 20),
  };
}

/** The header names the generator writes for these options (before encoding). */
export function sensorCsvHeaders(options: SensorCsvOptions = {}): string[] {
  const r = resolve(options);
  const names = r.korean ? ['시각', '라인', '상태'] : ['timestamp', 'line', 'status'];
  for (let i = 0; i < r.sensors; i++) {
    const spec = SENSORS[i % SENSORS.length]!;
    const base = r.korean ? spec.korean : spec.name;
    names.push(i < SENSORS.length ? base : `${base}_${Math.floor(i / SENSORS.length) + 1}`);
  }
  return names;
}

function encode(text: string, encoding: SensorCsvEncoding): Uint8Array {
  return encoding === 'cp949' ? new Uint8Array(iconv.encode(text, 'cp949')) : new TextEncoder().encode(text);
}

/**
 * Yields the CSV in chunks of about `chunkBytes` (each a fresh array the caller may keep) and
 * returns the row and byte counts.
 */
export function* generateSensorCsv(options: SensorCsvOptions = {}): Generator<Uint8Array, SensorCsvSummary, void> {
  const r = resolve(options);
  const rng = new SeededRandom(r.seed);
  const plant = new PlantProcess(rng, START_MINUTE);
  const header = encode(`${sensorCsvHeaders(options).join(',')}\n`, r.encoding);
  const lines = (r.korean ? LINE_NAMES_KO : LINE_NAMES).map((s) => encode(s, r.encoding));
  const statuses = (r.korean ? STATUS_NAMES_KO : STATUS_NAMES).map((s) => encode(s, r.encoding));
  const decimals = Int8Array.from({ length: r.sensors }, (_, i) => SENSORS[i % SENSORS.length]!.decimals);
  // Room for the longest possible row: timestamp, labels, and per sensor a sign, 10 digits, point, 5 decimals, comma.
  const maxRow = 32 + Math.max(...lines.map((b) => b.length)) + Math.max(...statuses.map((b) => b.length)) + 18 * r.sensors;

  // Missing cells: draw the gap to the next one from a geometric distribution instead of a coin per
  // cell (the same Bernoulli(p) process, ~50× fewer random draws at p = 0.02).
  const logKeep = Math.log1p(-r.missingFraction);
  const nextGap = (): number => (r.missingFraction === 0 ? Infinity : Math.floor(Math.log(1 - rng.next()) / logKeep));
  let untilMissing = nextGap();

  let total = 0;
  let rows = 0;
  let buf = new Uint8Array(Math.max(r.chunkBytes, header.length) + maxRow);
  let pos = 0;
  if (header.length > r.targetBytes) return { rows: 0, bytes: 0 };
  buf.set(header, 0);
  pos = header.length;
  let day = -1;
  const dayPrefix = new Uint8Array(11);

  while (rows < r.rows) {
    plant.next();
    const rowStart = pos;
    const minute = plant.minute;
    const today = Math.floor(minute / 1440);
    if (today !== day) {
      day = today;
      dayPrefix.set(encode(`${new Date(today * 86400000).toISOString().slice(0, 10)} `, 'utf-8'));
    }
    buf.set(dayPrefix, pos);
    pos += 11;
    const minuteOfDay = minute - today * 1440;
    pos = write2(buf, pos, Math.floor(minuteOfDay / 60));
    buf[pos++] = COLON;
    pos = write2(buf, pos, minuteOfDay % 60);
    buf[pos++] = COLON;
    pos = write2(buf, pos, 0);
    buf[pos++] = COMMA;
    const line = lines[plant.line]!;
    buf.set(line, pos);
    pos += line.length;
    buf[pos++] = COMMA;
    const status = statuses[plant.status]!;
    buf.set(status, pos);
    pos += status.length;
    const values = plant.values;
    for (let i = 0; i < r.sensors; i++) {
      buf[pos++] = COMMA;
      if (untilMissing === 0) {
        untilMissing = nextGap();
        continue;
      }
      untilMissing--;
      const d = decimals[i]!;
      // Repeated sensors (columns beyond the 22) get their own noise of ~5 units in the last digit.
      const value = i < SENSORS.length ? values[i]! : values[i % SENSORS.length]! + 5 * 10 ** -d * rng.nextNormal();
      pos = writeFixed(buf, pos, value, d);
    }
    buf[pos++] = NEWLINE;

    if (total + pos > r.targetBytes) {
      pos = rowStart;
      break;
    }
    rows++;
    if (pos >= r.chunkBytes) {
      yield buf.subarray(0, pos);
      total += pos;
      buf = new Uint8Array(r.chunkBytes + maxRow);
      pos = 0;
    }
  }
  if (pos > 0) yield buf.subarray(0, pos);
  return { rows, bytes: total + pos };
}
