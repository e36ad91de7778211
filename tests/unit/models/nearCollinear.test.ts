/**
 * Dependent vs ill-conditioned features in `fitTable`: an exact linear combination is dropped and
 * named; a nearly dependent column is kept and the warning gives the condition number; a fit
 * through the origin is ordinary least squares only.
 */
import { describe, expect, it } from 'vitest';
import { makeTable, numberColumn } from '../../../src/table/build';
import { fitTable } from '../../../src/models/pipeline';
import { expectClose } from '../../helpers/expectClose';

const a = [0.3, 1.7, 2.2, 3.9, 4.1, 5.6, 6.2, 7.7, 8.1, 9.4, 10.6, 11.2];
const b = [5.1, 3.2, 8.8, 1.4, 7.7, 2.9, 9.3, 4.4, 6.1, 0.8, 3.3, 7.2];
const y = a.map((v, i) => 2 + 0.5 * v - b[i]! + 0.01 * Math.sin(i));

describe('fitTable and (near) collinearity', () => {
  it('an exact combination is dropped and named as collinear', () => {
    const t = makeTable([
      numberColumn('a', a),
      numberColumn('b', b),
      numberColumn(
        'c',
        a.map((v, i) => v + b[i]!),
      ),
      numberColumn('y', y),
    ]);
    const { report } = fitTable(t, { model: 'linear', target: 'y', split: { kind: 'none' } });
    expect(report.warnings.filter((w) => w.key === 'model.warning.collinear')).toHaveLength(1);
    expect(report.warnings.filter((w) => w.key === 'model.warning.nearCollinear')).toEqual([]);
  });

  it('a nearly dependent column is kept, with the condition number in the warning and the report', () => {
    // c = a + b + 10⁻⁷·(a small pattern): determined by the data, but barely.
    const c = a.map((v, i) => v + b[i]! + 1e-7 * ((i % 3) - 1));
    const t = makeTable([numberColumn('a', a), numberColumn('b', b), numberColumn('c', c), numberColumn('y', y)]);
    const { report } = fitTable(t, { model: 'linear', target: 'y', split: { kind: 'none' } });
    expect(report.warnings.filter((w) => w.key === 'model.warning.collinear')).toEqual([]);
    const near = report.warnings.filter((w) => w.key === 'model.warning.nearCollinear');
    expect(near).toHaveLength(1);
    const cond = (report.inference as { conditionNumber: number }).conditionNumber;
    expect(cond).toBeGreaterThan(1e7);
    expect(near[0]!.params).toEqual({ condition: Number(cond.toPrecision(2)), digits: Math.round(Math.log10(cond)) });
    expect(Object.keys(report.coefficients!)).toEqual(['a', 'b', 'c']);
  });

  it('--no-intercept fits through the origin, and is refused for other methods', () => {
    const t = makeTable([numberColumn('x', [1, 2, 3, 4]), numberColumn('y', [2.1, 3.9, 6.2, 7.8])]);
    const { report } = fitTable(t, { model: 'linear', target: 'y', options: { fitIntercept: false }, split: { kind: 'none' } });
    // b = Σxy/Σx² = (2.1 + 7.8 + 18.6 + 31.2)/30 = 59.7/30.
    expectClose((report.coefficients as Record<string, number>).x, 59.7 / 30, { rtol: 1e-14 });
    expect(report.intercept).toBe(0);
    expect(() =>
      fitTable(t, { model: 'linear', target: 'y', method: 'ridge', options: { fitIntercept: false }, split: { kind: 'none' } }),
    ).toThrow(expect.objectContaining({ key: 'model.option.notUsedByMethod' }));
  });
});
