/** Journey: zooming a line chart draws just the visible range (raw once it fits); "Reset zoom" shows all of it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, SAMPLES, snapshot, test } from './fixtures';

/** The plant-sensors rows as [time (epoch ms, naive times read as UTC), temp_inlet_c present], read here to count a range. */
function sensorRows(): [number, boolean][] {
  const lines = readFileSync(join(SAMPLES, 'plant_sensors.csv'), 'utf8').trim().split('\n').slice(1);
  return lines.map((line) => {
    const [time, , , temp] = line.split(',');
    return [Date.parse(`${time!.replace(' ', 'T')}Z`), temp !== undefined && temp.trim() !== ''];
  });
}

test('wheel-zooming a line chart asks for the visible range and reset returns to the whole series', async ({ app }, testInfo) => {
  await app.getByTestId('sample-plant-sensors').click();
  await expect(app.getByRole('heading', { name: /Statistics/ })).toBeVisible();
  await app.getByTestId('nav-charts').click();
  await app.getByTestId('chart-kind').selectOption('line');
  const canvas = app.getByTestId('chart-canvas');
  await expect(canvas).toHaveAttribute('data-ready', 'true');
  await expect(canvas).toHaveAttribute('data-x-range', '');
  // 5,000 one-minute rows in one line: drawn as one min–max column per pixel of the preview's width.
  const full = Number(await canvas.getAttribute('data-points'));
  expect(full).toBeGreaterThan(100);
  expect(full).toBeLessThan(5000);

  const box = (await canvas.boundingBox())!;
  await app.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // Each wheel step zooms in by about 10 %: 40 steps narrow 5,000 minutes to about a hundred.
  for (let i = 0; i < 40; i++) {
    await app.mouse.wheel(0, -200);
    await app.waitForTimeout(30);
  }
  await expect(canvas).not.toHaveAttribute('data-x-range', '');
  await app.waitForTimeout(500); // past the 250 ms debounce: the range is final
  const [from, to] = (await canvas.getAttribute('data-x-range'))!.split(',').map(Number) as [number, number];
  // The option holds every row of the range that has a value (fewer than the width budget).
  const rows = sensorRows().filter(([t, has]) => has && t >= from && t <= to).length;
  expect(rows).toBeGreaterThan(0);
  expect(rows).toBeLessThan(full);
  await expect(canvas).toHaveAttribute('data-points', String(rows));
  await snapshot(app, 'chart-line-zoomed', testInfo.project.name);

  await app.getByTestId('reset-zoom').click();
  await expect(canvas).toHaveAttribute('data-x-range', '');
  await expect(canvas).toHaveAttribute('data-points', String(full));
  await expect(app.getByTestId('reset-zoom')).toHaveCount(0);
});
