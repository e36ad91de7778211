/** Journey: a report chart's look — axis titles with units, the legend under the plot, numbers with thousands separators — in English and Korean. */
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

  await app.getByTestId('language').selectOption('ko');
  await app.getByLabel('테마').selectOption('dark');
  await expect(app.getByLabel('범례')).toHaveValue('bottom');
  await expect(app.getByLabel('숫자 형식')).toHaveValue('thousands');
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
