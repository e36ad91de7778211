/** Reads a committed model fixture (made by generate_models.py) and turns its arrays into matrices. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DenseMatrix } from '../../../src/linalg';
import { fromRows } from '../../../src/linalg';

export function loadFixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as T;
}

export function toMatrix(rows: number[][]): DenseMatrix {
  return fromRows(rows);
}

/** Rows of a matrix picked by index. */
export function pickRows(rows: number[][], idx: number[]): number[][] {
  return idx.map((i) => rows[i]!);
}
