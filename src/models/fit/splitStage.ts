/**
 * Stage 2 of fitTable: which of the usable rows train and which validate. The default is a random
 * 20 % (stratified for classification), or the last 20 % in time order when the table has a
 * datetime column (a random split would leak the future into training).
 */
import { FitplotError } from '../../table/errors';
import type { Message } from '../../table/messages';
import { msg } from '../../table/messages';
import type { Table } from '../../table/types';
import type { Split } from '../split';
import { kFold, noSplit, randomSplit, stratifiedSplit, timeFolds, timeSplit } from '../split';
import { columnSplit } from './columnSplit';
import type { FitSpec, SplitRequest } from './fitSpec';

export interface ChosenSplit {
  readonly split: Split;
  readonly timeColumn?: string;
  readonly folds?: Split[];
}

export function splitStage(
  table: Table,
  spec: FitSpec,
  rows: number[],
  y: Float64Array,
  classification: boolean,
  warnings: Message[],
): ChosenSplit {
  const n = rows.length;
  const seed = spec.seed ?? 0;
  const datetime = table.columns.find((c) => c.type === 'datetime');
  const req: SplitRequest =
    spec.split ?? (datetime ? { kind: 'time', fraction: 0.2, timeColumn: datetime.name } : { kind: 'random', fraction: 0.2 });
  if (!spec.split && datetime) warnings.push(msg('model.warning.timeSplitDefault', { column: datetime.name, fraction: 0.2 }));
  switch (req.kind) {
    case 'none':
      return { split: noSplit(n) };
    case 'random': {
      const test = req.testFraction ?? 0;
      if (req.fraction === 0 && test === 0) return { split: noSplit(n) };
      return { split: classification ? stratifiedSplit(y, req.fraction, seed, test) : randomSplit(n, req.fraction, seed, test) };
    }
    case 'time': {
      const name = req.timeColumn ?? datetime?.name;
      if (!name) {
        warnings.push(msg('model.warning.timeSplitFileOrder', { fraction: req.fraction }));
        return { split: timeSplit(n, req.fraction, undefined, req.testFraction) };
      }
      return { split: timeSplit(n, req.fraction, timeOrder(table, name, rows), req.testFraction), timeColumn: name };
    }
    case 'column':
      return { split: columnSplit(table, req.column, rows, warnings) };
    case 'explicit': {
      const position = new Int32Array(table.rowCount).fill(-1);
      rows.forEach((r, p) => (position[r] = p));
      const map = (list: number[]) => list.map((r) => position[r] ?? -1).filter((p) => p >= 0);
      const train = map(req.train);
      const validation = map(req.validation);
      const lost = req.train.length + req.validation.length - train.length - validation.length;
      if (lost > 0) warnings.push(msg('model.warning.splitRowsLeftOut', { count: lost }));
      return { split: { kind: 'explicit', train, validation } };
    }
    case 'kfold': {
      if (req.timeOrdered) {
        const name = datetime?.name;
        if (!name) warnings.push(msg('model.warning.timeFoldsFileOrder', { folds: req.folds }));
        const order = name ? timeOrder(table, name, rows) : Array.from({ length: n }, (_, p) => p);
        return { split: noSplit(n), folds: timeFolds(n, req.folds, order), ...(name !== undefined && { timeColumn: name }) };
      }
      if (datetime) warnings.push(msg('model.warning.shuffledFoldsTimeSeries', { column: datetime.name, folds: req.folds }));
      return { split: noSplit(n), folds: kFold(n, req.folds, seed, classification ? y : undefined) };
    }
  }
}

/** Positions of the usable rows sorted by a datetime column (ties in file order). */
function timeOrder(table: Table, name: string, rows: readonly number[]): number[] {
  const col = table.columns.find((c) => c.name === name);
  if (!col || col.type !== 'datetime')
    throw new FitplotError({
      code: 'BAD_COLUMN_TYPE',
      key: 'model.error.notATimeColumn',
      params: { column: name },
      message: `The time column '${name}' is not a datetime column.`,
      column: name,
    });
  return Array.from({ length: rows.length }, (_, p) => p).sort((a, b) => col.values[rows[a]!]! - col.values[rows[b]!]! || a - b);
}
