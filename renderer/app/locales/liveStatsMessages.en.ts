/** The Import view's statistics while a file loads (renderer/features/import/LiveStatsPanel.tsx), in English. */
export const liveStatsMessagesEn = {
  title: 'Statistics so far',
  provisional: 'while loading — exact quantiles when done',
  rows: '{{rows}} rows read',
  column: 'Column',
  histogram: 'Histogram',
  histogramOf: '{{name}}: histogram so far',
  outside: 'Values outside the first rows’ range, not in the bars: {{count}}',
  more: 'Number columns not shown here: {{count}}. Their statistics appear when the load is done.',
};
