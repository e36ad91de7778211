/** The estimator registry: capabilities match what each estimator does, and every method of MODEL_SPECS builds and round-trips. */
import { describe, expect, it } from 'vitest';
import { matrix } from '../../../src/linalg';
import { ESTIMATORS, estimatorFromJSON, makeEstimator } from '../../../src/models/registry';
import { MODEL_SPECS } from '../../../src/models/specs';
import type { EstimatorJSON } from '../../../src/models/estimatorContract';

const x = matrix(8, 2, Float64Array.from([0, 1, 1, 0, 2, 2, 3, 1, 4, 3, 5, 5, 6, 2, 7, 6]));
const y = Float64Array.from([1, 2, 4, 4, 7, 9, 8, 12]);
const cls = Float64Array.from([0, 0, 1, 0, 1, 1, 0, 1]);

describe('every method of MODEL_SPECS', () => {
  for (const family of Object.values(MODEL_SPECS)) {
    for (const m of family.methods) {
      it(`${family.family} ${m.method}: builds ${m.estimator}, whose capabilities hold, and survives { kind, options, state }`, () => {
        const entry = ESTIMATORS[m.estimator]!;
        expect(entry.tasks).toContain(family.task);
        const target = family.task === 'classification' ? cls : y;
        const est = makeEstimator(family.family, m.method, { ...(m.options.includes('epochs') && { epochs: 5 }) }).fit(x, target);
        expect(est.kind).toBe(m.estimator === 'Lasso' ? 'Lasso' : entry.kind);
        expect(typeof est.parameters === 'function').toBe(entry.capabilities.linearCoefficients);
        expect(typeof est.predictProba === 'function').toBe(entry.capabilities.probabilities);
        if (m.iterative) expect(est.curves?.epochs.length).toBeGreaterThan(0);
        else expect(est.curves).toBeUndefined();
        const info = est.fitInfo();
        expect(info.stopReason === undefined).toBe(!m.iterative);
        const json = JSON.parse(JSON.stringify(est.toJSON())) as EstimatorJSON;
        expect(Object.keys(json).sort()).toEqual(['kind', 'options', 'state']);
        expect(Array.from(estimatorFromJSON(json).predict(x))).toEqual(Array.from(est.predict(x)));
      });
    }
  }
});

describe('model files', () => {
  it('reads the version-1 estimator shape (weights beside options) and refuses unknown kinds and damaged weights', () => {
    const legacy = {
      kind: 'Ridge',
      options: { alpha: 1, fitIntercept: true },
      outputs: 1,
      features: 2,
      weights: [1, 2],
      intercepts: [0.5],
    };
    expect(Array.from(estimatorFromJSON(legacy).predict(matrix(1, 2, Float64Array.of(1, 1))))).toEqual([3.5]);
    expect(() => estimatorFromJSON({ kind: 'Tree', options: {}, state: {} })).toThrow(
      expect.objectContaining({ key: 'model.error.unknownEstimator', params: { kind: 'Tree' } }),
    );
    expect(() =>
      estimatorFromJSON({ kind: 'Ridge', options: {}, state: { outputs: 1, features: 2, weights: [1], intercepts: [0] } }),
    ).toThrow(/damaged/);
  });
});
