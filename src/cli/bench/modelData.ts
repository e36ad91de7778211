/**
 * The models' benchmark data: n × p standard-normal features (row-major, as src/linalg's
 * DenseMatrix), a linear target y = 2 + X·β + ε (β_j = (−1)^j·(1 + j/p), ε ~ N(0, 0.5²)) and a
 * 0/1 target drawn from a logistic model with the same direction (coefficients scaled by 0.5 and an
 * intercept of −0.3, so neither class is rare). Generated once from the seed and cached as raw
 * float64 files, which is also how the numpy comparison reads the very same numbers.
 */
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SeededRandom } from '../../stats/random';
import { writeChunksAtomic } from '../generate/writeChunksAtomic';

export interface ModelDataFiles {
  readonly rows: number;
  readonly cols: number;
  /** Row-major n × p float64 (little-endian, native on every platform Node supports). */
  readonly xPath: string;
  readonly yLinearPath: string;
  readonly yLogisticPath: string;
}

export interface ModelData {
  readonly rows: number;
  readonly cols: number;
  readonly x: Float64Array;
  readonly yLinear: Float64Array;
  readonly yLogistic: Float64Array;
}

export function generateModelData(rows: number, cols: number, seed: number): ModelData {
  const rng = new SeededRandom(seed);
  const x = new Float64Array(rows * cols);
  const yLinear = new Float64Array(rows);
  const yLogistic = new Float64Array(rows);
  const beta = Float64Array.from({ length: cols }, (_, j) => (j % 2 === 0 ? 1 : -1) * (1 + j / cols));
  for (let i = 0; i < rows; i++) {
    let z = 0;
    for (let j = 0; j < cols; j++) {
      const v = rng.nextNormal();
      x[i * cols + j] = v;
      z += beta[j]! * v;
    }
    yLinear[i] = 2 + z + 0.5 * rng.nextNormal();
    const p = 1 / (1 + Math.exp(-(0.5 * z - 0.3)));
    yLogistic[i] = rng.next() < p ? 1 : 0;
  }
  return { rows, cols, x, yLinear, yLogistic };
}

function* bytesOf(array: Float64Array): Generator<Uint8Array, void, void> {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  for (let offset = 0; offset < bytes.length; offset += 1 << 22) yield bytes.subarray(offset, offset + (1 << 22));
}

/** Writes the data under `dir` unless an identical (same n, p, seed) copy is already there. */
export function ensureModelData(dir: string, rows: number, cols: number, seed: number): ModelDataFiles {
  mkdirSync(dir, { recursive: true });
  const stem = join(dir, `models-${rows}x${cols}-seed${seed}`);
  const files = { rows, cols, xPath: `${stem}.x.f64`, yLinearPath: `${stem}.ylinear.f64`, yLogisticPath: `${stem}.ylogistic.f64` };
  const complete = (path: string, values: number): boolean => existsSync(path) && statSync(path).size === values * 8;
  if (complete(files.xPath, rows * cols) && complete(files.yLinearPath, rows) && complete(files.yLogisticPath, rows)) return files;
  const data = generateModelData(rows, cols, seed);
  writeChunksAtomic(files.yLinearPath, bytesOf(data.yLinear));
  writeChunksAtomic(files.yLogisticPath, bytesOf(data.yLogistic));
  writeChunksAtomic(files.xPath, bytesOf(data.x));
  return files;
}

/** Reads straight into the Float64Array's memory: no transient copy to inflate the run's memory baseline. */
function readFloat64(path: string): Float64Array {
  const out = new Float64Array(statSync(path).size / 8);
  const bytes = new Uint8Array(out.buffer);
  const fd = openSync(path, 'r');
  try {
    for (let offset = 0; offset < bytes.length;) {
      const read = readSync(fd, bytes, offset, Math.min(1 << 26, bytes.length - offset), offset);
      if (read === 0) throw new Error(`${path} ended early`);
      offset += read;
    }
  } finally {
    closeSync(fd);
  }
  return out;
}

export function readModelData(files: ModelDataFiles): ModelData {
  return {
    rows: files.rows,
    cols: files.cols,
    x: readFloat64(files.xPath),
    yLinear: readFloat64(files.yLinearPath),
    yLogistic: readFloat64(files.yLogisticPath),
  };
}
