/**
 * The bench's CSV input, cached under os.tmpdir()/fitplot-bench/ by size and seed: generating 1 GB
 * takes ~15 s, so later runs reuse it. The file is written atomically, so a file under its cache
 * name is always complete; the same size and seed always give the same bytes.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSensorCsv } from '../generate/sensorCsv';
import { writeChunksAtomic } from '../generate/writeChunksAtomic';

export function benchCacheDir(): string {
  return join(tmpdir(), 'fitplot-bench');
}

export interface SensorInput {
  readonly path: string;
  readonly bytes: number;
  /** Seconds spent generating, or 0 when the cached file was reused. */
  readonly generatedSeconds: number;
}

export function ensureSensorCsv(dir: string, targetBytes: number, seed: number): SensorInput {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `sensors-${targetBytes}-seed${seed}.csv`);
  if (existsSync(path)) return { path, bytes: statSync(path).size, generatedSeconds: 0 };
  const started = performance.now();
  const summary = writeChunksAtomic(path, generateSensorCsv({ targetBytes, seed }));
  return { path, bytes: summary.bytes, generatedSeconds: (performance.now() - started) / 1000 };
}
