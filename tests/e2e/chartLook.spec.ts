/** Journey: a report chart's look — axis titles with units, the legend under the plot, numbers with thousands separators and one decimal — in English and Korean. */
import { readFileSync } from 'node:fs';
import { exportWith } from './chartExport';
import { expect, snapshot, test } from './fixtures';

test('axis titles, legend position and number format are set in the chart form', async ({ app }, testInfo) => {
  await app.setViewportSize({ width: 1280, height: 720 });
  await app.getByTestId('sample-plant-sensors').click();
  await expect(app.getByRole('heading', { name: /Statistics/ })).toBeVisible();
  await app.getByTestId('nav-charts').click();
  await app.getByTestId('chart-kind').selectOption('bar');
  await app.getByLabel('Aggregate').selectOption('sum');
  await app.getByRole('combobox', { name: 'Value', exact: true }).selectOption('power_kw');
  await app.getByLabel('Group by').selectOption('status');
  await app.getByTestId('chart-xTitle').fill('Production line');
  await app.getByTestId('chart-yTitle').fill('Power (kW)');
  await app.getByLabel('Legend').selectOption('bottom');
  await app.getByLabel('Number format').selectOption('thousands');
  const canvas = app.getByTestId('chart-canvas');
  await expect(canvas).toHaveAttribute('data-ready', 'true');
  await expect(app.getByTestId('error')).toHaveCount(0);
  await snapshot(app, 'chart-look-light-en', testInfo.project.name);
  // An export at another size is built again by the engine: the look and the tick format come along.
  // One decimal shows that the tick formatter (added on the page, not by the worker) reached the export.
  await app.getByLabel('Number format').selectOption('decimals1');
  await expect(canvas).toHaveAttribute('data-ready', 'true');
  const svg = readFileSync(await (await exportWith(app, { 'export-format': 'svg', 'export-preset': 'slide169' })).path(), 'utf8');
  for (const text of ['>Production line</text>', '>Power (kW)</text>', '>100,000.0</text>']) expect(svg).toContain(text);
  expect(svg).toMatch(/>91,777\.\d<\/text>/);

  await app.getByTestId('language').selectOption('ko');
  await app.getByLabel('테마').selectOption('dark');
  await expect(app.getByLabel('범례')).toHaveValue('bottom');
  await expect(app.getByLabel('숫자 형식')).toHaveValue('decimals1');
  await expect(app.getByTestId('chart-xTitle')).toHaveValue('Production line');
  await expect(app.getByTestId('chart-yTitle')).toHaveAttribute('placeholder', '열 이름');
  await expect(canvas).toHaveAttribute('data-ready', 'true');
  await snapshot(app, 'chart-look-dark-ko', testInfo.project.name);

  // A pie has no axes: its form has no axis-title fields, and the legend place carries over.
  await app.getByTestId('chart-kind').selectOption('pie');
  await expect(app.getByTestId('chart-xTitle')).toHaveCount(0);
  await expect(app.getByLabel('범례')).toHaveValue('bottom');
  await expect(canvas).toHaveAttribute('data-ready', 'true');
});
