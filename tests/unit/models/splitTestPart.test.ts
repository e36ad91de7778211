/** A split given by a column of the table, and a test part kept aside (never fitted on; scored only when asked). */
import { describe, expect, it } from 'vitest';
import { categoryColumn, makeTable, numberColumn } from '../../../src/table/build';
import { fitTable } from '../../../src/models/pipeline';
import { randomSplit, stratifiedSplit, timeSplit } from '../../../src/models/split';
import type { RegressionMetrics } from '../../../src/models/metrics/regression';
import { regressionMetrics } from '../../../src/models/metrics/regression';
import type { FitplotError } from '../../../src/table/errors';
import { expectClose } from '../../helpers/expectClose';

// y = 2 + 3·a − b + a deterministic wobble, so each subset of rows gives different least-squares coefficients.
const n = 40;
const a = Array.from({ length: n }, (_, i) => i / 4);
const b = Array.from({ length: n }, (_, i) => (i * 7) % 11);
const y = a.map((v, i) => 2 + 3 * v - b[i]! + Math.sin(i * 1.7));
const marks = Array.from({ length: n }, (_, i) => (i % 5 === 0 ? 'Validation' : i % 5 === 1 ? 'TEST' : i % 5 === 2 ? 'training' : 'train'));
const table = (part: readonly (string | null)[]) =>
  makeTable([numberColumn('a', a), numberColumn('b', b), categoryColumn('part', part), numberColumn('y', y)]);
const rowsWhere = (test: (i: number) => boolean) => Array.from({ length: n }, (_, i) => i).filter(test);

function thrown(fn: () => unknown): FitplotError {
  try {
    fn();
  } catch (error) {
    return error as FitplotError;
  }
  throw new Error('expected an error');
}

describe('split by a column', () => {
  it('reads train/validation/test marks case-insensitively with their aliases, and the column is never a feature', () => {
    const { report } = fitTable(table(marks), { model: 'linear', target: 'y', split: { kind: 'column', column: 'part' } });
    expect(report.features).toEqual(['a', 'b']);
    expect(report.split).toMatchObject({ kind: 'column', column: 'part', trainRows: 24, validationRows: 8, testRows: 8 });
    expect(report.split.validation).toEqual(rowsWhere((i) => i % 5 === 0));
    expect(report.split.test).toEqual(rowsWhere((i) => i % 5 === 1));
    expect(report.split.train).toEqual(rowsWhere((i) => i % 5 > 1));
    expect(report.metrics.test).toBeUndefined();
  });

  it('accepts val, valid and testing too', () => {
    const other = marks.map((m, i) => (m === 'Validation' ? (i % 2 ? 'val' : 'valid') : m === 'TEST' ? 'Testing' : m));
    const { report } = fitTable(table(other), { model: 'linear', target: 'y', split: { kind: 'column', column: 'part' } });
    expect([report.split.trainRows, report.split.validationRows, report.split.testRows]).toEqual([24, 8, 8]);
  });

  it('refuses other values, naming the column, the values and their rows', () => {
    const bad = marks.map((m, i) => (i === 3 ? 'holdout' : i === 17 ? 'dev' : m));
    const e = thrown(() => fitTable(table(bad), { model: 'linear', target: 'y', split: { kind: 'column', column: 'part' } }));
    expect(e.key).toBe('model.error.badSplitValues');
    expect(e.params).toEqual({ column: 'part', values: ['holdout', 'dev'], rows: [3, 17], count: 2 });
    expect(e.message).toContain("'holdout'");
  });

  it('leaves out rows with an empty mark, with a warning that counts them', () => {
    const holes = marks.map((m, i) => (i === 4 || i === 9 ? null : m));
    const { report } = fitTable(table(holes), { model: 'linear', target: 'y', split: { kind: 'column', column: 'part' } });
    expect(report.split.trainRows).toBe(22);
    expect(report.split.train).not.toContain(4);
    expect(report.warnings).toContainEqual({ key: 'model.warning.splitColumnMissing', params: { column: 'part', count: 2 } });
  });

  it('drops the split column from named features with a warning', () => {
    const { report } = fitTable(table(marks), {
      model: 'linear',
      target: 'y',
      features: ['a', 'part'],
      split: { kind: 'column', column: 'part' },
    });
    expect(report.features).toEqual(['a']);
    expect(report.warnings).toContainEqual({ key: 'model.warning.splitColumnIsFeature', params: { column: 'part' } });
  });

  it('refuses a column that is not category or text, and a column with no train rows', () => {
    expect(thrown(() => fitTable(table(marks), { model: 'linear', target: 'y', split: { kind: 'column', column: 'b' } })).key).toBe(
      'model.error.badSplitColumn',
    );
    const noTrain = marks.map((m) => (m.toLowerCase().startsWith('tr') ? 'val' : m));
    expect(thrown(() => fitTable(table(noTrain), { model: 'linear', target: 'y', split: { kind: 'column', column: 'part' } })).key).toBe(
      'model.error.splitColumnNoTrain',
    );
  });
});

describe('a test part of random, stratified and time splits', () => {
  const sorted = (l: number[]) => [...l].sort((p, q) => p - q);
  it('random: three disjoint parts covering every row, the same validation rows as without a test part, reproducible', () => {
    const s = randomSplit(50, 0.2, 7, 0.3);
    expect([s.train.length, s.validation.length, s.test!.length]).toEqual([25, 10, 15]);
    expect(sorted([...s.train, ...s.validation, ...s.test!])).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(s.validation).toEqual(randomSplit(50, 0.2, 7).validation);
    expect(randomSplit(50, 0.2, 7, 0.3)).toEqual(s);
    expect(randomSplit(50, 0.2, 8, 0.3).test).not.toEqual(s.test);
    expect(randomSplit(50, 0.2, 7)).not.toHaveProperty('test');
  });

  it('stratified: each class keeps its share in the test part', () => {
    const labels = Array.from({ length: 40 }, (_, i) => (i < 30 ? 0 : 1));
    const s = stratifiedSplit(labels, 0.2, 3, 0.2);
    expect(s.test!.filter((i) => labels[i] === 1)).toHaveLength(2);
    expect(s.test!.filter((i) => labels[i] === 0)).toHaveLength(6);
    expect(new Set([...s.train, ...s.validation, ...s.test!]).size).toBe(40);
  });

  it('time: the test part is the latest rows, validation just before it', () => {
    const s = timeSplit(10, 0.2, [9, 8, 7, 6, 5, 4, 3, 2, 1, 0], 0.3);
    expect(s).toMatchObject({ train: [9, 8, 7, 6, 5], validation: [4, 3], test: [2, 1, 0] });
  });

  it('refuses fractions that leave no training rows', () => {
    expect(thrown(() => randomSplit(10, 0.5, 0, 0.5)).key).toBe('model.error.noTrainingRows');
    // Fractions below 1 that round to every row on a tiny table.
    expect(thrown(() => randomSplit(2, 0.3, 0, 0.4)).params).toEqual({ validation: 0.3, test: 0.4 });
    expect(thrown(() => timeSplit(2, 0.3, undefined, 0.4)).key).toBe('model.error.noTrainingRows');
    expect(
      thrown(() => fitTable(table(marks), { model: 'linear', target: 'y', split: { kind: 'random', fraction: 0.6, testFraction: 0.4 } }))
        .params,
    ).toEqual({
      validation: 0.6,
      test: 0.4,
    });
  });

  it('never fits on the test rows: the coefficients equal a fit on the training rows alone', () => {
    const spec = { model: 'linear', target: 'y', features: ['a', 'b'], scale: 'standard' as const };
    const { report } = fitTable(table(marks), { ...spec, split: { kind: 'random', fraction: 0.2, testFraction: 0.25 }, seed: 4 });
    expect(report.split.testRows).toBe(10);
    const alone = fitTable(table(marks), {
      ...spec,
      split: { kind: 'explicit', train: report.split.train!, validation: report.split.validation! },
    });
    expectClose(
      Object.values(report.coefficients as Record<string, number>),
      Object.values(alone.report.coefficients as Record<string, number>),
      {
        rtol: 1e-12,
      },
    );
    expect(report.metrics.validation).toEqual(alone.report.metrics.validation);
    expect(report.diagnosis).toEqual(alone.report.diagnosis);
  });

  it('scores the test rows only when asked, as the metrics functions score the model’s predictions on them', () => {
    const spec = { model: 'linear', target: 'y', features: ['a', 'b'], split: { kind: 'time' as const, fraction: 0.2, testFraction: 0.2 } };
    const quiet = fitTable(table(marks), spec).report;
    expect(quiet.metrics.test).toBeUndefined();
    const { report } = fitTable(table(marks), { ...spec, evaluateTest: true });
    expect(report.split.test).toEqual(rowsWhere((i) => i >= 32));
    expect(report.coefficients).toEqual(quiet.coefficients);
    const w = report.coefficients as Record<string, number>;
    const rows = report.split.test!;
    const predicted = rows.map((i) => (report.intercept as number) + w.a! * a[i]! + w.b! * b[i]!);
    const expected = regressionMetrics(
      rows.map((i) => y[i]!),
      predicted,
    );
    const test = report.metrics.test as RegressionMetrics;
    expectClose([test.r2, test.rmse, test.mae], [expected.r2, expected.rmse, expected.mae], {
      rtol: 1e-9,
    });
    expect(report.warnings).toContainEqual({ key: 'model.warning.testScoreOnce', params: { count: 8 } });
  });

  it('warns when asked for a test score and there are no test rows', () => {
    const { report } = fitTable(table(marks), {
      model: 'linear',
      target: 'y',
      evaluateTest: true,
      split: { kind: 'random', fraction: 0.2 },
    });
    expect(report.metrics.test).toBeUndefined();
    expect(report.warnings).toContainEqual({ key: 'model.warning.noTestRows' });
  });
});
