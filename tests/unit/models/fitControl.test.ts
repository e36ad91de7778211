/** FitControl: live progress per epoch, a stop that keeps the current (or best) weights, and the app's row filter. */
import { describe, expect, it } from 'vitest';
import { categoryColumn, makeTable, numberColumn } from '../../../src/table/build';
import { fitTable } from '../../../src/models/pipeline';
import type { EpochProgress } from '../../../src/models/estimatorContract';

const n = 60;
const xs = Array.from({ length: n }, (_, i) => (i % 12) - 6 + (i % 5) * 0.3);
const table = makeTable([
  numberColumn('x', xs),
  numberColumn(
    'y',
    xs.map((v, i) => 2 * v + 1 + ((i * 7) % 5) * 0.1),
  ),
  categoryColumn(
    'c',
    xs.map((v, i) => (v + ((i * 3) % 4) - 1.5 > 0 ? 'yes' : 'no')),
  ),
]);

function stopAfter(epochs: number) {
  const seen: EpochProgress[] = [];
  return { seen, control: { onEpoch: (p: EpochProgress) => seen.push(p), shouldStop: () => seen.length >= epochs } };
}

describe('fitTable with a FitControl', () => {
  it('gradient descent: one progress report per epoch; stop after 3 keeps epoch 3 and says stopped', () => {
    const { seen, control } = stopAfter(3);
    const { report } = fitTable(
      table,
      { model: 'linear', target: 'y', features: ['x'], method: 'gd', options: { epochs: 100, learningRate: 0.01 } },
      control,
    );
    expect(seen.map((p) => p.epoch)).toEqual([1, 2, 3]);
    expect(seen[0]).toMatchObject({ epochs: 100 });
    expect(seen[2]!.validationLoss).toBe(report.curves!.validationLoss[2]);
    expect(report).toMatchObject({ stopReason: 'stopped', epochsRun: 3, epochsRequested: 100 });
    expect(report.warnings).toContainEqual({ key: 'model.warning.stopped', params: { epoch: 3, epochs: 100 } });
  });

  it('with early stopping on, a stop keeps the best epoch’s weights', () => {
    const { control } = stopAfter(40);
    const { report } = fitTable(
      table,
      {
        model: 'linear',
        target: 'y',
        features: ['x'],
        method: 'sgd',
        options: { epochs: 500, learningRate: 0.05, earlyStopping: true, patience: 100 },
      },
      control,
    );
    expect(report.stopReason).toBe('stopped');
    const best = report.bestEpoch!;
    expect((report.metrics.validation as { r2: number }).r2).toBeCloseTo(report.curves!.validationMetric[best - 1]!, 12);
  });

  it('logistic Newton reports each iteration and stops on request; coordinate descent reports each sweep', () => {
    const { seen, control } = stopAfter(2);
    const { report } = fitTable(table, { model: 'logistic', target: 'c', features: ['x'], options: { penalty: 'none' } }, control);
    expect(seen.length).toBe(2);
    expect(report).toMatchObject({ stopReason: 'stopped', epochsRun: 2 });
    const lasso = stopAfter(1000);
    const l = fitTable(
      table,
      { model: 'linear', target: 'y', features: ['x'], method: 'lasso', options: { alpha: 0.001 } },
      lasso.control,
    ).report;
    expect(l.stopReason).toBe('converged');
    expect(lasso.seen.length).toBe(l.epochsRun);
  });

  it('closed forms report no epochs', () => {
    const { seen, control } = stopAfter(1);
    const { report } = fitTable(table, { model: 'linear', target: 'y', features: ['x'] }, control);
    expect(seen).toEqual([]);
    expect(report.stopReason).toBeUndefined();
    expect(report.curves).toBeUndefined();
  });

  it('the row filter leaves rows out, counted and reported', () => {
    const rowFilter = new Uint8Array(n).fill(1);
    rowFilter.fill(0, 0, 20);
    const { report } = fitTable(table, { model: 'linear', target: 'y', features: ['x'], split: { kind: 'none' } }, { rowFilter });
    expect(report.rows).toMatchObject({ total: 60, used: 40, filteredOut: 20 });
    expect(report.split.train![0]).toBe(20);
    expect(report.warnings).toContainEqual({ key: 'model.warning.filteredOut', params: { count: 20 } });
  });
});
