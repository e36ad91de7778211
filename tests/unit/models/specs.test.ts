/** MODEL_SPECS is consistent, and validateModelOptions gives the same coded errors to every front end. */
import { describe, expect, it } from 'vitest';
import { MODEL_SPECS, allOptionSpecs } from '../../../src/models/specs';
import { validateModelOptions } from '../../../src/models/optionValidation';
import { ESTIMATORS } from '../../../src/models/registry';

describe('MODEL_SPECS', () => {
  it('every method names a registered estimator and only options of its family; flags are unique per option', () => {
    for (const f of Object.values(MODEL_SPECS)) {
      const names = f.options.map((o) => o.name);
      expect(f.methods.map((m) => m.method)).toContain(f.defaultMethod);
      for (const m of f.methods) {
        expect(ESTIMATORS[m.estimator]).toBeDefined();
        for (const o of m.options) expect(names).toContain(o);
      }
    }
    const flags = allOptionSpecs().map((o) => o.cliFlag);
    expect(new Set(flags).size).toBe(flags.length);
  });
});

describe('validateModelOptions', () => {
  it('accepts the options a method uses, with defaults filling the rest', () => {
    expect(validateModelOptions('linear', 'ridge', { alpha: 0.5 })).toEqual([]);
    expect(validateModelOptions('linear', 'gd', { learningRate: 0.1, epochs: 50, penalty: 'l2', alpha: 0.01 })).toEqual([]);
    expect(validateModelOptions('logistic', undefined, { C: 10 })).toEqual([]);
  });

  it('an option the method does not use is an error naming the method and its options', () => {
    expect(validateModelOptions('linear', 'ols', { alpha: 1 })).toEqual([
      { key: 'model.option.notUsedByMethod', params: { option: 'alpha', method: 'ols', options: ['fitIntercept'] } },
    ]);
    expect(validateModelOptions('linear', 'gd', { batchSize: 8 })[0]).toMatchObject({
      key: 'model.option.notUsedByMethod',
      params: { option: 'batchSize', method: 'gd' },
    });
  });

  it('ranges, integers, choices, requirements and conflicts', () => {
    expect(validateModelOptions('linear', 'ridge', { alpha: -1 })).toEqual([
      { key: 'model.option.outOfRange', params: { option: 'alpha', value: -1, min: 0, minRule: '≥' } },
    ]);
    expect(validateModelOptions('linear', 'gd', { epochs: 2.5 })).toEqual([
      { key: 'model.option.notAnInteger', params: { option: 'epochs', value: 2.5 } },
    ]);
    expect(validateModelOptions('linear', 'gd', { init: 'twos' })[0]).toMatchObject({
      key: 'model.option.notAChoice',
      params: { choices: ['zeros', 'ones', 'random'] },
    });
    // Linear descent has no penalty by default, so alpha alone would be ignored.
    expect(validateModelOptions('linear', 'gd', { alpha: 0.1 })).toEqual([
      { key: 'model.option.requires', params: { option: 'alpha', requires: 'penalty', values: ['l1', 'l2'], actual: 'none' } },
    ]);
    expect(validateModelOptions('linear', 'gd', { patience: 3 })[0]).toMatchObject({
      key: 'model.option.requires',
      params: { requires: 'earlyStopping' },
    });
    expect(validateModelOptions('logistic', 'newton', { C: 1, alpha: 0.1 })).toEqual([
      { key: 'model.option.conflict', params: { option: 'C', other: 'alpha' } },
    ]);
    expect(validateModelOptions('logistic', 'newton', { threshold: 1 })[0]).toMatchObject({
      key: 'model.option.outOfRange',
      params: { max: 1, maxRule: '<' },
    });
    expect(validateModelOptions('linear', 'newton', {})[0]).toMatchObject({
      key: 'model.option.unknownMethod',
      params: { methods: ['ols', 'ridge', 'lasso', 'elasticnet', 'gd', 'minibatch', 'sgd'] },
    });
  });
});
