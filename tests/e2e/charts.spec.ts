/** Journey: build scatter, bar, pie and bubble charts from a sample and export each as PNG and SVG. */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, snapshot, test } from './fixtures';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function download(app: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([app.waitForEvent('download'), app.getByTestId(button).click()]);
  return readFileSync(await file.path());
}

test('scatter, bar, pie and bubble charts export as PNG and SVG', async ({ app, isElectron }, testInfo) => {
  await app.getByTestId('sample-plant-sensors').click();
  await expect(app.getByRole('heading', { name: /Statistics/ })).toBeVisible();
  await app.getByTestId('nav-charts').click();

  for (const [index, kind] of (['scatter', 'bar', 'pie', 'bubble'] as const).entries()) {
    if (index > 0) await app.getByTestId('add-chart').click();
    await app.getByTestId('chart-kind').selectOption(kind);
    const title = `E2E ${kind} 차트`;
    await app.getByTestId('chart-title').fill(title);
    const canvas = app.getByTestId('chart-canvas');
    await expect(canvas).toHaveAttribute('data-ready', 'true');
    await expect(app.getByTestId('error')).toHaveCount(0);
    await snapshot(app, `chart-${kind}`, testInfo.project.name);
    if (isElectron) continue; // exports open the native save dialog, which Playwright cannot drive

    await app.getByTestId('png-scale').selectOption('2');
    const png = await download(app, 'export-png');
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // IHDR width/height (big-endian at bytes 16 and 20) are twice the on-screen canvas at 2×.
    const box = (await canvas.boundingBox())!;
    expect(png.readUInt32BE(16)).toBe(Math.round(box.width) * 2);
    expect(png.readUInt32BE(20)).toBe(Math.round(box.height) * 2);
    expect(png.length).toBeGreaterThan(10_000);

    const svg = (await download(app, 'export-svg')).toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain(title);
  }
  // Charts are kept while the app runs: four tabs, one per chart.
  await expect(app.getByRole('tab')).toHaveCount(4);
});
