/**
 * The dataset's filter set as a row mask for model fits. A fit reads the whole table with this mask
 * (the pipeline's `rowFilter`) rather than a filtered copy, so its split and the Python export
 * name rows of the file, and the mask costs one byte a row.
 */
import type { Table } from '../types';
import type { FilterSpec } from './types';
import { buildRowIndex } from './rowIndex';

/** 1 for each row every filter keeps; undefined when no filter is on. */
export function filterMask(table: Table, filters: readonly FilterSpec[]): Uint8Array | undefined {
  const index = buildRowIndex(table, [], filters);
  if (!index) return undefined;
  const mask = new Uint8Array(table.rowCount);
  for (let i = 0; i < index.length; i++) mask[index[i]!] = 1;
  return mask;
}
