/**
 * Every message key the chart engine sends (errors with parameters), so each front end can test
 * that it words all of them. Parameters: stackNotAdditive {agg}; roleUnused {kind, role, option, value}
 * (the chart spec's keys, which the app words with its form labels); tooManyColourValues {column, max}.
 */
export const CHART_MESSAGE_KEYS = ['chart.stackNotAdditive', 'chart.roleUnused', 'chart.tooManyColourValues'] as const;

export type ChartMessageKey = (typeof CHART_MESSAGE_KEYS)[number];
