/**
 * Every message key the model engine can send (MODEL_MESSAGE_KEYS) is worded in English and in
 * Korean, with the same parameters in both; and parameters become readable text.
 */
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { initI18n } from '../../renderer/app/i18n';
import { MODEL_MESSAGE_KEYS } from '../../src/models/messageKeys';
import { diagnose } from '../../src/models/diagnosis';
import { validateModelOptions } from '../../src/models/optionValidation';
import { verdictMessage, wordMessage } from '../../renderer/features/models/wording';

initI18n('en');
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const raw = (language: 'en' | 'ko', key: string): string => i18next.getResource(language, 'translation', `models.msg.${key}`) as string;

describe('model message wording', () => {
  it.each(['en', 'ko'] as const)('words every engine key in %s', (language) => {
    const missing = MODEL_MESSAGE_KEYS.filter((key) => typeof raw(language, key) !== 'string' || raw(language, key) === '');
    expect(missing).toEqual([]);
  });

  it('uses the same parameters in English and Korean', () => {
    const differ = MODEL_MESSAGE_KEYS.filter(
      (key) => JSON.stringify(placeholders(raw('en', key))) !== JSON.stringify(placeholders(raw('ko', key))),
    );
    expect(differ).toEqual([]);
  });

  it('words a real diagnosis and option errors with readable numbers and option labels', async () => {
    await i18next.changeLanguage('en');
    const d = diagnose({ metric: 'r2', trainScore: 0.91234, validationScore: 0.41, trainLoss: 10, validationLoss: 40 });
    expect(wordMessage(i18next.t, verdictMessage(d.verdict))).toBe('overfitting');
    expect(wordMessage(i18next.t, d.reasons[0]!)).toBe(
      'Training R² 0.9123 vs validation 0.41 (gap 0.5023 > 0.1); validation loss is 4× the training loss (> 1.5).',
    );
    const [range] = validateModelOptions('linear', 'gd', { learningRate: -1 });
    expect(wordMessage(i18next.t, range!)).toBe('Learning rate must be > 0 (got -1).');
    const [unused] = validateModelOptions('linear', 'ols', { epochs: 5 });
    expect(wordMessage(i18next.t, unused!)).toBe('Epochs is not used by this method; its options are: Fit an intercept.');
    await i18next.changeLanguage('ko');
    expect(wordMessage(i18next.t, range!)).toBe('학습률은(는) > 0이어야 합니다 (입력: -1).');
    await i18next.changeLanguage('en');
  });
});
