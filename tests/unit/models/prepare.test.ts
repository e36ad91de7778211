/** Data preparation: encoders, missing values, polynomial terms and scalers, with hand-computed values. */
import { describe, expect, it } from 'vitest';
import { fromRows } from '../../../src/linalg';
import { categoryColumn, datetimeColumn, makeTable, numberColumn, textColumn } from '../../../src/table/build';
import { encodeRows, encodedNames, planEncoders } from '../../../src/models/prepare/design';
import { applyImputer, completeRows, fitImputer } from '../../../src/models/prepare/impute';
import { polynomialExpand, polynomialTerms, termName } from '../../../src/models/prepare/polynomial';
import { MinMaxScaler, StandardScaler, unscaleCoefficients } from '../../../src/models/prepare/scaling';
import type { FitplotError } from '../../../src/table/errors';
import { expectClose } from '../../helpers/expectClose';

const table = makeTable([
  numberColumn('x', [1, 2, null, 4]),
  categoryColumn('colour', ['red', 'blue', 'red', 'green']),
  datetimeColumn('when', [Date.UTC(2024, 0, 1, 6), Date.UTC(2024, 0, 2, 18, 30), Date.UTC(2024, 1, 3), Date.UTC(2024, 2, 4)]),
]);

describe('encoders', () => {
  it('one-hot levels are sorted (as pandas and scikit-learn); drop-first drops the first sorted level, not the first in the file', () => {
    const enc = planEncoders(table, ['x', 'colour'], true);
    expect(encodedNames(enc)).toEqual(['x', 'colour=green', 'colour=red']);
    expect(enc[1]).toMatchObject({ droppedLevel: 'blue' });
    const x = encodeRows(table, enc, [0, 1, 2, 3]);
    expect(Array.from(x.data)).toEqual([1, 0, 1, 2, 0, 0, NaN, 0, 1, 4, 1, 0]);
  });

  it('the user can choose the reference level; an unknown one is refused with the levels named', () => {
    const enc = planEncoders(table, ['colour'], true, undefined, { colour: 'red' });
    expect(encodedNames(enc)).toEqual(['colour=blue', 'colour=green']);
    expect(() => planEncoders(table, ['colour'], true, undefined, { colour: 'pink' })).toThrow(
      expect.objectContaining({
        key: 'model.error.unknownReferenceLevel',
        params: { column: 'colour', level: 'pink', levels: ['blue', 'green', 'red'] },
      }),
    );
  });

  it('without drop-first every level is a column', () => {
    expect(encodedNames(planEncoders(table, ['colour'], false))).toEqual(['colour=blue', 'colour=green', 'colour=red']);
  });

  it('refuses a raw datetime feature, with the explicit conversions as the way out', () => {
    expect(() => planEncoders(table, ['when'], true)).toThrow(/holds datetimes/);
    try {
      planEncoders(table, ['when'], true);
    } catch (e) {
      expect((e as FitplotError).code).toBe('BAD_COLUMN_TYPE');
      expect((e as FitplotError).hint).toMatch(/when:hour/);
    }
    const enc = planEncoders(table, ['when:hour', 'when:dayofweek', 'when:month'], true);
    // 2024-01-01 06:00 is a Monday (0); 2024-01-02 18:30 a Tuesday.
    expect(Array.from(encodeRows(table, enc, [0, 1]).data)).toEqual([6, 0, 1, 18.5, 1, 1]);
  });

  it('names unknown columns and lists the real ones; refuses too many text levels', () => {
    expect(() => planEncoders(table, ['y'], true)).toThrow(/Column 'y' is not in the table/);
    const many = makeTable([
      textColumn(
        'id',
        Array.from({ length: 150 }, (_, i) => `id${i}`),
      ),
    ]);
    expect(() => planEncoders(many, ['id'], true)).toThrow(/150 distinct values/);
  });

  it('applying saved encoders to a table with the wrong type fails clearly', () => {
    const enc = planEncoders(table, ['x'], true);
    const other = makeTable([categoryColumn('x', ['a', 'b'])]);
    expect(() => encodeRows(other, enc, [0, 1], 'new.csv')).toThrow(/Column 'x' in new.csv is category, but the model needs number values/);
  });
});

describe('missing values', () => {
  const x = fromRows([
    [1, NaN],
    [3, 10],
    [NaN, 20],
    [8, 60],
  ]);
  it('mean and median imputation with counts per column', () => {
    const mean = fitImputer(x, 'mean');
    expectClose(mean.values, [4, 30], { rtol: 1e-15 });
    const median = fitImputer(x, 'median');
    expectClose(median.values, [3, 20], { rtol: 1e-15 });
    const r = applyImputer(x, median);
    expect(Array.from(r.x.data)).toEqual([1, 20, 3, 10, 3, 20, 8, 60]);
    expect(r.filled).toEqual([1, 1]);
  });
  it('drop keeps complete rows only', () => {
    expect(completeRows(x)).toEqual([1, 3]);
  });
});

describe('polynomial features', () => {
  it("orders terms as sklearn's PolynomialFeatures(include_bias=False)", () => {
    const t = polynomialTerms(2, 2);
    expect(t).toEqual([
      [1, 0],
      [0, 1],
      [2, 0],
      [1, 1],
      [0, 2],
    ]);
    expect(t.map((e) => termName(['a', 'b'], e))).toEqual(['a', 'b', 'a^2', 'a b', 'b^2']);
    expect(Array.from(polynomialExpand(fromRows([[2, 3]]), t).data)).toEqual([2, 3, 4, 6, 9]);
    expect(polynomialTerms(1, 10).length).toBe(10);
  });
  it('refuses degree 11', () => {
    expect(() => polynomialTerms(1, 11)).toThrow(/from 1 to 10/);
  });
});

describe('scalers', () => {
  const x = fromRows([
    [1, 5],
    [3, 5],
    [5, 5],
  ]);
  it('standard: population std (sklearn), constant column scale 1', () => {
    const s = new StandardScaler().fit(x);
    expectClose(s.offset!, [3, 5], { rtol: 1e-15 });
    expectClose(s.scale!, [Math.sqrt(8 / 3), 1], { rtol: 1e-15 });
    expectClose(s.transform(x).data, [-Math.sqrt(1.5), 0, 0, 0, Math.sqrt(1.5), 0], { rtol: 1e-12, atol: 1e-15 });
  });
  it('min-max into [0, 1]', () => {
    expect(Array.from(new MinMaxScaler().fitTransform(x).data)).toEqual([0, 0, 0.5, 0, 1, 0]);
  });
  it('maps coefficients back to original units: w/s and b − Σ w·o/s', () => {
    const u = unscaleCoefficients([2, 4], 1, { kind: 'standard', offset: [3, 5], scale: [2, 4] });
    expect(u).toEqual({ weights: [1, 1], intercept: 1 - 3 - 5 });
  });
});
