/**
 * Every label the chart form shows is worded in English and Korean by the one key scheme of
 * specKeys.ts, for every chart type in the engine's registry, and the locale holds no stale key.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/app/locales/en';
import { ko } from '../../renderer/app/locales/ko';
import { kindLabelKey, optionLabelKey, roleLabelKey, valueLabelKey } from '../../renderer/features/charts/specKeys';
import { CHART_KINDS, CHART_SPECS } from '../../src/charts/registry';
import { LOOK_OPTIONS } from '../../src/charts/spec';
import { buildPie } from '../../src/charts/pie';
import { categoryColumn, makeTable, numberColumn } from '../../src/table/build';
import type { FitplotError } from '../../src/table/errors';
import { initI18n } from '../../renderer/app/i18n';
import { errorText } from '../../renderer/components/messageText';
import type { OptionSpec } from '../../src/charts/spec';

function optionKeys(scope: string, options: readonly OptionSpec[]): string[] {
  return options.flatMap((o) => [optionLabelKey(scope, o.key), ...(o.kind === 'enum' ? o.values.map((v) => valueLabelKey(o.key, v)) : [])]);
}

/** Every key the form asks for. */
const wanted = [
  ...CHART_KINDS.flatMap((kind) => [
    kindLabelKey(kind),
    ...CHART_SPECS[kind].roles.map((r) => roleLabelKey(kind, r.key)),
    ...optionKeys(kind, CHART_SPECS[kind].options),
  ]),
  ...optionKeys('look', LOOK_OPTIONS),
];

function lookup(tree: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
}

function leaves(tree: object, prefix: string): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? leaves(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('chart form labels', () => {
  it.each([
    ['en', en],
    ['ko', ko],
  ] as const)('words every role, option and value of every chart type in %s', (_language, messages) => {
    expect(wanted.filter((key) => typeof lookup(messages, key) !== 'string' || lookup(messages, key) === '')).toEqual([]);
  });
  it('keeps no label for a role, option or value the spec no longer has', () => {
    const asked = new Set(wanted);
    expect(leaves(en.chartSpec, 'chartSpec.').filter((key) => !asked.has(key))).toEqual([]);
  });
  it('gives the Korean form Korean words', () => {
    expect(lookup(ko, roleLabelKey('bar', 'group'))).toBe('그룹 기준');
    expect(lookup(ko, valueLabelKey('legend', 'top'))).toBe('위');
    expect(lookup(en, valueLabelKey('groupOrder', 'data'))).toBe('as in the data');
  });
});

describe('engine messages about the form', () => {
  it('name a role, option and value with the form labels, in the UI language', async () => {
    const i18n = initI18n('en');
    const table = makeTable([categoryColumn('line', ['a', 'b']), numberColumn('kw', [1, 2])]);
    let error: FitplotError | undefined;
    try {
      buildPie(table, { kind: 'pie', x: 'line', y: 'kw', agg: 'count' });
    } catch (e) {
      error = e as FitplotError;
    }
    expect(error?.params).toEqual({ kind: 'pie', role: 'y', option: 'agg', value: 'count' });
    expect(errorText(i18n.t, error!)).toBe('Value is not used while Aggregate is “count”: leave it empty, or choose another Aggregate.');
    await i18n.changeLanguage('ko');
    expect(errorText(i18n.t, error!)).toBe('집계이(가) “개수”인 동안에는 값을(를) 쓰지 않습니다: 비워 두거나 다른 집계을(를) 고르세요.');
    await i18n.changeLanguage('en');
  });
});
