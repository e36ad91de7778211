/** Every estimator survives toJSON → JSON text → estimatorFromJSON with identical predictions. */
import { describe, expect, it } from 'vitest';
import { matrix } from '../../../src/linalg';
import {
  ElasticNet,
  GradientDescentRegressor,
  Lasso,
  LinearRegression,
  LogisticRegression,
  Ridge,
  estimatorFromJSON,
} from '../../../src/models';
import type { Estimator, EstimatorJSON } from '../../../src/models';

const x = matrix(6, 2, Float64Array.from([0, 1, 1, 0, 2, 2, 3, 1, 4, 3, 5, 5]));
const y = Float64Array.from([1, 2, 4, 4, 7, 9]);
const cls = Float64Array.from([0, 0, 1, 0, 1, 1]);

describe('estimators as JSON', () => {
  const cases: [string, Estimator, Float64Array][] = [
    ['LinearRegression', new LinearRegression(), y],
    ['Ridge', new Ridge({ alpha: 0.5 }), y],
    ['Lasso', new Lasso({ alpha: 0.1 }), y],
    ['ElasticNet', new ElasticNet({ alpha: 0.1, l1Ratio: 0.3 }), y],
    ['GradientDescentRegressor', new GradientDescentRegressor({ learningRate: 0.02, epochs: 20 }), y],
    ['LogisticRegression', new LogisticRegression({ C: 1 }), cls],
  ];
  for (const [kind, est, target] of cases) {
    it(kind, () => {
      est.fit(x, target);
      const back = estimatorFromJSON(JSON.parse(JSON.stringify(est.toJSON())) as EstimatorJSON);
      expect(back.kind).toBe(kind);
      expect(Array.from(back.predict(x))).toEqual(Array.from(est.predict(x)));
    });
  }

  it('refuses an unknown kind and damaged weights', () => {
    expect(() => estimatorFromJSON({ kind: 'Tree', options: {}, outputs: 1, features: 1, weights: [1], intercepts: [0] })).toThrow(
      /Unknown model kind 'Tree'/,
    );
    expect(() => estimatorFromJSON({ kind: 'Ridge', options: {}, outputs: 1, features: 2, weights: [1], intercepts: [0] })).toThrow(
      /damaged/,
    );
  });
});
