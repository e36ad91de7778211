/**
 * Journey (issue 13 §3): 1 Hz readings of two sensors over half a day with a hole draw as min–max
 * bands with the mean, broken at the hole; a panel per sensor in one click; at 1280×720 the
 * whole chart stays on screen while the form scrolls beside it.
 */
import { expect, snapshot, test } from './fixtures';
import { loadCsvText } from './loadCsv';

function halfDay(): string {
  const lines = ['time,temp,pressure'];
  const t0 = Date.UTC(2024, 1, 3, 18);
  for (let s = 0; s < 12 * 3600; s += 1) {
    if (s >= 3 * 3600 && s < 4 * 3600) continue; // a one-hour hole from 21:00
    const stamp = new Date(t0 + s * 1000).toISOString().slice(0, 19).replace('T', ' ');
    lines.push(`${stamp},${(20 + 4 * Math.sin(s / 900) + (s % 7) * 0.2).toFixed(2)},${(1000 + 30 * Math.cos(s / 2400)).toFixed(1)}`);
  }
  return `${lines.join('\n')}\n`;
}

test('a long 1 Hz log reads as bands with breaks, in panels, and fits 1280×720', async ({ app }, testInfo) => {
  await app.setViewportSize({ width: 1280, height: 720 });
  await loadCsvText(app, 'half-day.csv', halfDay());
  await app.getByTestId('nav-charts').click();
  await app.getByTestId('chart-kind').selectOption('line');
  const canvas = app.getByTestId('chart-canvas');
  await expect(canvas).toHaveAttribute('data-ready', 'true');
  const box = (await canvas.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(720 - 26); // above the status bar
  await snapshot(app, 'chart-line-bands-light-en', testInfo.project.name);

  // Tick pressure as a second y column, then give each sensor a panel.
  await app.getByRole('checkbox', { name: 'pressure' }).check();
  await app.getByLabel('Several Y columns').selectOption('panels');
  await expect(canvas).toHaveAttribute('data-ready', 'true');
  const panels = (await canvas.boundingBox())!;
  expect(panels.y + panels.height).toBeLessThanOrEqual(720 - 26);
  await snapshot(app, 'chart-line-panels-light-en', testInfo.project.name);
  await app.getByTestId('language').selectOption('ko');
  await app.getByLabel('테마').selectOption('dark');
  await expect(canvas).toHaveAttribute('data-ready', 'true');
  await snapshot(app, 'chart-line-panels-dark-ko', testInfo.project.name);
});
