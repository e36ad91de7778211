/** The command line words every message the model engine can send, with flag hints where an option is named. */
import { describe, expect, it } from 'vitest';
import { MODEL_MESSAGE_KEYS } from '../../../src/models/messageKeys';
import { isWorded, word } from '../../../src/cli/model/wording';

describe('CLI wording of model messages', () => {
  it('has English for every key of MODEL_MESSAGE_KEYS', () => {
    expect(MODEL_MESSAGE_KEYS.filter((k) => !isWorded(k))).toEqual([]);
  });

  it('names options by their flags and formats numbers', () => {
    expect(word({ key: 'model.option.notUsedByMethod', params: { option: 'alpha', method: 'ols', options: [] } })).toBe(
      '--alpha is not used by --method ols; its options are: none.',
    );
    expect(word({ key: 'model.option.outOfRange', params: { option: 'learningRate', value: -1, min: 0, minRule: '>' } })).toBe(
      '--lr must be > 0 (got -1).',
    );
    expect(word({ key: 'model.advice.smallerLearningRate', params: { learningRate: 0.5 } })).toBe(
      'Use a smaller learning rate than --lr 0.5.',
    );
  });
});
