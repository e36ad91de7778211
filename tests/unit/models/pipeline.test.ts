/** fitTable end to end on small built tables, and the saved model applied to other tables. */
import { describe, expect, it } from 'vitest';
import { booleanColumn, categoryColumn, datetimeColumn, makeTable, numberColumn } from '../../../src/table/build';
import { fitTable } from '../../../src/models/pipeline';
import { parseModelJSON } from '../../../src/models/modelJson';
import { predictTable } from '../../../src/models/predictTable';
import { expectClose } from '../../helpers/expectClose';

// y = 1 + 2·a − 3·[g = "b"] + 0.5·[g = "c"] exactly, with a few missing cells.
const a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const g = ['a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c'];
const y = a.map((v, i) => 1 + 2 * v - (g[i] === 'b' ? 3 : 0) + (g[i] === 'c' ? 0.5 : 0));
const table = makeTable([
  numberColumn(
    'a',
    a.map((v, i) => (i === 2 ? null : v)),
  ),
  categoryColumn('g', g),
  numberColumn(
    'y',
    y.map((v, i) => (i === 5 ? null : v)),
  ),
]);

describe('fitTable (linear)', () => {
  it('one-hot with drop-first, drops missing rows with counts, recovers exact coefficients', () => {
    const { report } = fitTable(table, { model: 'linear', target: 'y', split: { kind: 'none' } });
    expect(report.features).toEqual(['a', 'g=b', 'g=c']);
    expect(report.rows).toMatchObject({ total: 12, used: 10, missingTarget: 1, droppedMissingFeatures: 1 });
    expectClose(report.intercept as number, 1, { rtol: 1e-12 });
    expectClose(Object.values(report.coefficients as Record<string, number>), [2, -3, 0.5], { rtol: 1e-12 });
    expect(report.warnings).toContainEqual({ key: 'model.warning.missingTarget', params: { count: 1, target: 'y' } });
  });

  it('mean imputation fills the missing cell and reports it by column', () => {
    const { report } = fitTable(table, { model: 'linear', target: 'y', split: { kind: 'none' }, missing: 'mean' });
    expect(report.rows.used).toBe(11);
    expect(report.rows.imputed).toEqual({ a: 1 });
  });

  it('polynomial degree 2 names its terms; standard scaling reports original-unit coefficients', () => {
    const t = makeTable([numberColumn('x', [1, 2, 3, 4, 5, 6]), numberColumn('y', [1, 4, 9, 16, 25, 36])]);
    const { report } = fitTable(t, { model: 'linear', target: 'y', degree: 2, scale: 'standard', split: { kind: 'none' } });
    expect(report.features).toEqual(['x', 'x^2']);
    const orig = report.coefficientsOriginalUnits as Record<string, number>;
    expectClose([report.interceptOriginalUnits as number, orig.x!, orig['x^2']!], [0, 0, 1], { atol: 1e-9 });
  });

  it('a datetime column makes the default split time-ordered, and is refused as a raw feature', () => {
    const days = [5, 1, 3, 0, 2, 4, 9, 7, 8, 6].map((d) => Date.UTC(2024, 0, 1 + d));
    const t = makeTable([
      datetimeColumn('when', days),
      numberColumn('x', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
      numberColumn('y', [2, 4, 6, 8, 10, 12, 14, 16, 18, 21]),
    ]);
    const { report } = fitTable(t, { model: 'linear', target: 'y', features: ['x'] });
    expect(report.split).toMatchObject({ kind: 'time', timeColumn: 'when', trainRows: 8, validationRows: 2 });
    // The two latest days (9 and 8) are rows 6 and 8.
    expect(report.split.validation).toEqual([8, 6]);
    expect(report.warnings).toContainEqual({ key: 'model.warning.timeSplitDefault', params: { column: 'when', fraction: 0.2 } });
    expect(() => fitTable(t, { model: 'linear', target: 'y', features: ['when'] })).toThrow(/holds datetimes/);
  });

  it('k-fold reports the mean and spread of validation R²', () => {
    const { report } = fitTable(table, { model: 'linear', target: 'y', split: { kind: 'kfold', folds: 5 } });
    expect(report.crossValidation!.folds).toBe(5);
    expectClose(report.crossValidation!.mean, 1, { rtol: 1e-9 });
    expectClose(report.crossValidation!.std, 0, { atol: 1e-9 });
  });
});

describe('fitTable (logistic) and models as data', () => {
  const n = 40;
  const x = Array.from({ length: n }, (_, i) => (i % 10) - 4.5 + (i % 3) * 0.7);
  const label = x.map((v, i) => (v + ((i * 7) % 5) - 2 > 0 ? 'yes' : 'no'));
  const t = makeTable([
    numberColumn('x', x),
    booleanColumn(
      'flag',
      x.map((_, i) => i % 2 === 0),
    ),
    categoryColumn('label', label),
  ]);

  it('explicit positive class, metrics, JSON round trip and re-application give the same predictions', () => {
    const { report, model } = fitTable(t, {
      model: 'logistic',
      target: 'label',
      positiveClass: 'yes',
      scale: 'standard',
      options: { C: 10 },
    });
    expect(report.classes).toEqual(['no', 'yes']);
    expect(report.positiveClass).toBe('yes');
    expect(report.split.kind).toBe('stratified');
    const saved = parseModelJSON(JSON.stringify(model));
    const p = predictTable(saved, t);
    expect(p.classes).toEqual(['no', 'yes']);
    const trainRows = report.split.train!;
    let correct = 0;
    for (const r of trainRows) correct += p.values[r] === (label[r] === 'yes' ? 1 : 0) ? 1 : 0;
    expectClose(correct / trainRows.length, (report.metrics.train as { accuracy: number }).accuracy, { rtol: 1e-12 });
    for (let r = 0; r < n; r++) expectClose(p.probabilities![2 * r]! + p.probabilities![2 * r + 1]!, 1, { rtol: 1e-12 });
  });

  it('applying to a table without a feature, or with the wrong type, fails with the column named', () => {
    const { model } = fitTable(t, { model: 'logistic', target: 'label' });
    expect(() => predictTable(model, makeTable([numberColumn('x', [1])]), 'new.csv')).toThrow(/Column 'flag' is not in new.csv/);
    expect(() => predictTable(model, makeTable([categoryColumn('x', ['a']), booleanColumn('flag', [true])]), 'new.csv')).toThrow(
      /Column 'x' in new.csv is category/,
    );
    expect(() => parseModelJSON('{"format":"other"}', 'm.json')).toThrow(/m.json is not a Fitplot model/);
  });

  it('perfect separation without a penalty is reported, not hidden in huge coefficients', () => {
    const sep = makeTable([numberColumn('x', [1, 2, 3, 4, 5, 6, 7, 8]), categoryColumn('c', ['n', 'n', 'n', 'n', 'p', 'p', 'p', 'p'])]);
    const { report } = fitTable(sep, { model: 'logistic', target: 'c', options: { penalty: 'none' }, split: { kind: 'none' } });
    expect(report.warnings).toContainEqual({ key: 'model.warning.separation' });
    expect(report.separation).toBe(true);
    expect(report.stopReason).toBe('separation');
    expect(Math.abs((report.coefficients as Record<string, number>).x!)).toBeLessThan(100);
  });

  it('three classes give per-class coefficients', () => {
    const c3 = makeTable([
      numberColumn('x', [0, 1, 2, 3, 4, 5, 6, 7, 8]),
      categoryColumn('k', ['a', 'a', 'b', 'a', 'b', 'c', 'b', 'c', 'c']),
    ]);
    const { report } = fitTable(c3, { model: 'logistic', target: 'k', split: { kind: 'none' } });
    expect(Object.keys(report.coefficients!)).toEqual(['a', 'b', 'c']);
    const icpt = report.intercept as Record<string, number>;
    expectClose(icpt.a! + icpt.b! + icpt.c!, 0, { atol: 1e-9 });
  });
});

describe('fitTable screens the features (issue 11: nothing silent)', () => {
  const n = 30;
  const a = Array.from({ length: n }, (_, i) => (i * 7) % 11);
  const y = a.map((v, i) => 3 + 2 * v + ((i * 5) % 3));

  it('a constant feature is left out with a warning, and the intercept stays where it belongs', () => {
    const t = makeTable([
      numberColumn('a', a),
      numberColumn(
        'c',
        a.map(() => 5),
      ),
      numberColumn('y', y),
    ]);
    const { report } = fitTable(t, { model: 'linear', target: 'y', split: { kind: 'none' } });
    expect(report.features).toEqual(['a']);
    expect(report.warnings).toContainEqual({ key: 'model.warning.constantFeature', params: { column: 'c', value: 5 } });
    const plain = fitTable(makeTable([numberColumn('a', a), numberColumn('y', y)]), {
      model: 'linear',
      target: 'y',
      split: { kind: 'none' },
    }).report;
    expect(report.intercept).toBeCloseTo(plain.intercept as number, 12);
    expect(
      Number.isFinite((report.inference!.coefficients as Record<string, { standardError: number }>)['(intercept)']!.standardError),
    ).toBe(true);
  });

  it('a nearly constant feature is kept with a warning naming it', () => {
    const t = makeTable([
      numberColumn('a', a),
      numberColumn(
        'k',
        a.map((v) => 1e6 + v * 1e-7),
      ),
      numberColumn('y', y),
    ]);
    const { report } = fitTable(t, { model: 'linear', target: 'y', split: { kind: 'none' }, method: 'ridge' });
    expect(report.warnings.find((w) => w.key === 'model.warning.nearConstantFeature')?.params).toMatchObject({ column: 'k' });
  });

  it('a feature with no values: refused when named, left out (with a warning) from the default set', () => {
    const t = makeTable([
      numberColumn('a', a),
      numberColumn(
        'empty',
        a.map(() => null),
      ),
      numberColumn('y', y),
    ]);
    expect(() => fitTable(t, { model: 'linear', target: 'y', features: ['a', 'empty'] })).toThrow(
      expect.objectContaining({ key: 'model.error.featureAllMissing', params: { column: 'empty' } }),
    );
    const { report } = fitTable(t, { model: 'linear', target: 'y' });
    expect(report.features).toEqual(['a']);
    expect(report.warnings).toContainEqual({ key: 'model.warning.featureAllMissing', params: { column: 'empty' } });
  });

  it('target leakage: a relabelling of the classes is left out of the default features, and warned about when named', () => {
    const label = a.map((v, i) => (v + (i % 3) > 6 ? 1 : 0));
    const t = makeTable([
      numberColumn('a', a),
      categoryColumn(
        'diagnosis',
        label.map((l) => (l ? 'M' : 'B')),
      ),
      numberColumn('target', label),
    ]);
    const { report } = fitTable(t, { model: 'logistic', target: 'target' });
    expect(report.features).toEqual(['a']);
    expect(report.warnings).toContainEqual({ key: 'model.warning.leakageExcluded', params: { column: 'diagnosis', target: 'target' } });
    const named = fitTable(t, { model: 'logistic', target: 'target', features: ['a', 'diagnosis'] }).report;
    expect(named.warnings).toContainEqual({ key: 'model.warning.leakage', params: { column: 'diagnosis', target: 'target' } });
    const copy = makeTable([
      numberColumn('a', a),
      numberColumn(
        'y2',
        y.map((v) => 10 * v - 1),
      ),
      numberColumn('y', y),
    ]);
    expect(fitTable(copy, { model: 'linear', target: 'y' }).report.features).toEqual(['a']);
    // A feature on a huge offset (1e9 + small values) is not a copy of an unrelated target: one-pass
    // sums would cancel to noise there and could call it one.
    const offset = makeTable([
      numberColumn('a', a),
      numberColumn(
        'big',
        a.map((v, i) => 1e9 + ((i * 7) % 5) * 1e-3),
      ),
      numberColumn('y', y),
    ]);
    const screened = fitTable(offset, { model: 'linear', target: 'y' }).report;
    expect(screened.features).toEqual(['a', 'big']);
    expect(screened.warnings.filter((w) => w.key.startsWith('model.warning.leakage'))).toEqual([]);
  });

  it('one-hot uses the first sorted level as reference and the report states it', () => {
    const t = makeTable([
      numberColumn('a', a),
      categoryColumn(
        'line',
        a.map((v) => ['C', 'A', 'B'][v % 3]!),
      ),
      numberColumn('y', y),
    ]);
    const { report } = fitTable(t, { model: 'linear', target: 'y', split: { kind: 'none' } });
    expect(report.features).toEqual(['a', 'line=B', 'line=C']);
    expect(report.referenceLevels).toEqual({ line: 'A' });
  });
});
