/**
 * The chart form's labels in English, by the keys of the engine's chart spec
 * (renderer/features/charts/specKeys.ts): per chart type its name, roles and options; the look
 * options every chart shares; and enum values by option key. A new chart type adds its entry here
 * and in chartSpec.ko.ts (tests/unit/charts/registry.test.ts checks every key is worded).
 */
export const chartSpecEn = {
  scatter: {
    name: 'Scatter',
    roles: { x: 'X', y: 'Y', color: 'Colour by', size: 'Size by' },
    options: { trendLine: 'Fitted line', density: 'Density mode' },
  },
  bar: {
    name: 'Bar',
    roles: { x: 'Category', y: 'Value', group: 'Group by' },
    options: {
      agg: 'Aggregate',
      stacked: 'Stacked',
      horizontal: 'Horizontal',
      sort: 'Sort',
      groupOrder: 'Group order',
      top: 'Top N (rest as "other")',
      labels: 'Value labels',
    },
  },
  pie: {
    name: 'Pie',
    roles: { x: 'Category', y: 'Value' },
    options: { agg: 'Aggregate', donut: 'Donut', otherBelow: '"Other" below (%)', top: 'Most slices' },
  },
  bubble: { name: 'Bubble', roles: { x: 'X', y: 'Y', size: 'Size (area)', color: 'Colour by' }, options: {} },
  histogram: { name: 'Histogram', roles: { x: 'Value' }, options: { bins: 'Bins (0 = auto)', normalCurve: 'Normal curve' } },
  line: {
    name: 'Line / time series',
    roles: { x: 'X / time', y: 'Y' },
    options: {
      maxPoints: 'Pixel columns per line (0 = width)',
      zoom: 'Zoom slider',
      gapFactor: 'Break at gaps (× median step, 0 = never)',
      layout: 'Several Y columns',
    },
  },
  box: { name: 'Box plot', roles: { y: 'Value', x: 'Category' }, options: { top: 'Most boxes' } },
  heatmap: { name: 'Correlation heatmap', roles: { columns: 'Columns' }, options: { labels: 'Values in cells' } },
  look: { options: { legend: 'Legend', numberFormat: 'Number format' } },
  values: {
    density: { auto: 'auto', always: 'always', never: 'never' },
    agg: { count: 'count', sum: 'sum', mean: 'mean', median: 'median', min: 'min', max: 'max' },
    sort: { value: 'value', label: 'label', none: 'none' },
    groupOrder: { value: 'value', label: 'label', data: 'as in the data' },
    layout: { oneAxis: 'One axis', twoAxes: 'Second axis (right)', panels: 'A panel each' },
    legend: { auto: 'auto', top: 'top', bottom: 'bottom', right: 'right', none: 'none' },
    numberFormat: {
      auto: 'auto',
      plain: 'plain (1234.5)',
      thousands: 'thousands (1,235)',
      decimals1: 'one decimal (1,234.5)',
      decimals2: 'two decimals (1,234.56)',
      percent: 'percent (0.125 → 12.5%)',
      scientific: 'scientific (1.23e+3)',
    },
  },
};
