/**
 * The few texts chart builders draw INTO the chart (generated titles such as "sum of x by y",
 * "other", notes under the title), in English and Korean. They stay in the engine, unlike the
 * app's other words (renderer/app/locales): they are part of the picture, and the CLI, which has
 * no locales of its own, draws the same SVG/PNG with them (`fitplot chart --lang ko`). The form's
 * labels and the engine's messages are keys worded by each front end instead.
 */
import type { Locale } from './settings';

const TEXTS = {
  en: {
    count: 'count',
    other: 'other',
    by: 'by',
    vs: 'vs',
    missingRows: (n: string) => `${n} rows with missing values left out`,
    density: (n: string, bx: number, by: number) => `${n} points shown as density (${bx}×${by} bins)`,
    envelope: (n: string, m: string) => `${n} points per line as min–max bands with the mean over ${m} columns`,
    gapBreaks: (n: string, k: number, step: string) => `lines broken at ${n} gap(s) (> ${k} × median step ${step})`,
    points: (n: string) => `${n} points`,
    range: (from: string, to: string) => `x from ${from} to ${to}`,
    fit: 'fit',
    normal: (mean: string, sd: string) => `normal fit (μ = ${mean}, σ = ${sd})`,
    histogramOf: (name: string) => `Distribution of ${name}`,
    correlation: 'Correlation (Pearson r)',
    outliersCapped: (n: string) => `${n} outliers; a sample is shown`,
    sizeLegend: 'size',
    frequency: 'frequency',
    aggregates: { count: 'count', sum: 'sum', mean: 'mean', median: 'median', min: 'min', max: 'max' },
    /** e.g. "mean of price" (or "count"). */
    measure: (agg: string, column?: string) => (column ? `${agg} of ${column}` : agg),
    byTitle: (measure: string, category: string) => `${measure} by ${category}`,
    shareTitle: (measure: string, category: string) => `Share of ${measure} by ${category}`,
    negativeValues: (column: string, n: string, row: number) =>
      `'${column}' has ${n} negative values (first in data row ${row}); a pie shows shares of a positive total.`,
  },
  ko: {
    count: '개수',
    other: '기타',
    by: '/',
    vs: '대',
    missingRows: (n: string) => `결측값이 있는 ${n}개 행 제외`,
    density: (n: string, bx: number, by: number) => `점 ${n}개를 밀도로 표시 (${bx}×${by} 구간)`,
    envelope: (n: string, m: string) => `선마다 점 ${n}개를 ${m}개 구간의 최소–최대 띠와 평균선으로 표시`,
    gapBreaks: (n: string, k: number, step: string) => `공백 ${n}곳에서 선을 끊음 (간격 중앙값 ${step}의 ${k}배 초과)`,
    points: (n: string) => `점 ${n}개`,
    range: (from: string, to: string) => `x 범위 ${from} ~ ${to}`,
    fit: '적합선',
    normal: (mean: string, sd: string) => `정규분포 적합 (μ = ${mean}, σ = ${sd})`,
    histogramOf: (name: string) => `${name} 분포`,
    correlation: '상관계수 (피어슨 r)',
    outliersCapped: (n: string) => `이상값 ${n}개 중 일부 표시`,
    sizeLegend: '크기',
    frequency: '빈도',
    aggregates: { count: '개수', sum: '합계', mean: '평균', median: '중앙값', min: '최솟값', max: '최댓값' },
    measure: (agg: string, column?: string) => (column ? `${column} ${agg}` : agg),
    byTitle: (measure: string, category: string) => `${category}별 ${measure}`,
    shareTitle: (measure: string, category: string) => `${category}별 ${measure} 비율`,
    negativeValues: (column: string, n: string, row: number) =>
      `'${column}'에 음수 값이 ${n}개 있습니다 (첫 번째: ${row}행). 원그래프는 양수 합계의 비율만 표시합니다.`,
  },
} as const;

export type Texts = (typeof TEXTS)['en'];

export function texts(locale: Locale): Texts {
  return TEXTS[locale] as Texts;
}
