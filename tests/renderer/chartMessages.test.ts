/** Every message key the chart engine sends is worded in English and Korean with the same parameters. */
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { initI18n } from '../../renderer/app/i18n';
import { errorText } from '../../renderer/components/messageText';
import { CHART_MESSAGE_KEYS } from '../../src/charts/messageKeys';
import { buildBar } from '../../src/charts/bar';
import { categoryColumn, makeTable, numberColumn } from '../../src/table/build';
import type { FitplotError } from '../../src/table/errors';

initI18n('en');
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();
const raw = (language: 'en' | 'ko', key: string): string => i18next.getResource(language, 'translation', `messages.${key}`) as string;

describe('chart message wording', () => {
  it.each(['en', 'ko'] as const)('words every chart key in %s', (language) => {
    expect(CHART_MESSAGE_KEYS.filter((key) => typeof raw(language, key) !== 'string' || raw(language, key) === '')).toEqual([]);
  });
  it('uses the same parameters in English and Korean', () => {
    expect(
      CHART_MESSAGE_KEYS.filter((key) => JSON.stringify(placeholders(raw('en', key))) !== JSON.stringify(placeholders(raw('ko', key)))),
    ).toEqual([]);
  });
  it('words a refused stack of means in the UI language', async () => {
    const table = makeTable([categoryColumn('r', ['a', 'b']), categoryColumn('g', ['x', 'y']), numberColumn('v', [1, 2])]);
    let error: FitplotError | undefined;
    try {
      buildBar(table, { kind: 'bar', x: 'r', y: 'v', agg: 'mean', group: 'g', stacked: true });
    } catch (e) {
      error = e as FitplotError;
    }
    await i18next.changeLanguage('ko');
    expect(errorText(i18next.t, error!)).toBe(
      '누적 막대는 부분을 더한 값입니다. “mean” 값을 쌓은 합은 아무것의 합계도 아닙니다: 합계(sum)나 개수(count)를 쌓거나, 누적을 끄세요.',
    );
    await i18next.changeLanguage('en');
    expect(errorText(i18next.t, error!)).toMatch(/^Stacked bars add their parts up, and a stack of “mean” values is not a total/);
  });
});
