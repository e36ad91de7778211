/** Every loader key (LOAD_MESSAGE_KEYS, hints included) is worded in English and Korean with the same parameters. */
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { initI18n } from '../../renderer/app/i18n';
import { LOAD_MESSAGE_KEYS } from '../../src/io/loadMessages';
import { errorHint, errorText } from '../../renderer/components/messageText';

initI18n('en');
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const raw = (language: 'en' | 'ko', key: string): unknown => i18next.getResource(language, 'translation', `messages.${key}`);

describe('loader message wording', () => {
  it.each(['en', 'ko'] as const)('words every loader key in %s', (language) => {
    expect(LOAD_MESSAGE_KEYS.filter((key) => typeof raw(language, key) !== 'string' || raw(language, key) === '')).toEqual([]);
  });

  it('uses the same parameters in English and Korean', () => {
    const differ = LOAD_MESSAGE_KEYS.filter(
      (key) => JSON.stringify(placeholders(raw('en', key) as string)) !== JSON.stringify(placeholders(raw('ko', key) as string)),
    );
    expect(differ).toEqual([]);
  });

  it('words a real error and its hint, with sizes in MB and codes as words', async () => {
    const error = {
      code: 'TOO_LARGE' as const,
      key: 'load.tooLargeBySize',
      params: { file: 'big.csv', fileBytes: 5e9, estimateBytes: 5e9, budgetBytes: 4294967296, budgetSource: 'limit' },
      message: 'x',
      hint: 'y',
    };
    await i18next.changeLanguage('ko');
    expect(errorText(i18next.t, error)).toBe(
      'big.csv은(는) 5,000 MB입니다. 표로 만들면 적어도 약 5,000 MB의 메모리가 필요해 예산 4,295 MB(설정된 메모리 예산)보다 큽니다.',
    );
    expect(errorHint(i18next.t, error)).toMatch(/^가져오기 화면에서/);
    await i18next.changeLanguage('en');
    expect(
      errorText(i18next.t, { code: 'BINARY_FILE', key: 'load.binary.magic', params: { file: 'a.png', kind: 'png' }, message: 'x' }),
    ).toBe('a.png is not a text (CSV) file: it looks like a PNG image.');
  });
});
