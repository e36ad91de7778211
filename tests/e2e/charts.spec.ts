/**
 * Journey: build scatter, bar, pie and bubble charts from a sample and export each through the
 * Export… dialog as PNG (at a preset size and scale) and SVG; then a transparent dark PNG, the
 * remembered choice, the limits note, the keyboard shortcut and the dialog's focus handling.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { exportWith } from './chartExport';
import { ARTIFACTS, expect, snapshot, test } from './fixtures';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function bytesOf(download: Download): Promise<Buffer> {
  return readFileSync(await download.path());
}

/** IHDR: width and height big-endian at bytes 16 and 20, colour type at byte 25 (6 = RGBA). */
function ihdr(png: Buffer): { width: number; height: number; colourType: number } {
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colourType: png[25]! };
}

async function openCharts(app: Page): Promise<void> {
  await app.getByTestId('sample-plant-sensors').click();
  await expect(app.getByRole('heading', { name: /Statistics/ })).toBeVisible();
  await app.getByTestId('nav-charts').click();
}

test('scatter, bar, pie and bubble charts export as PNG at a preset size and as SVG', async ({ app, isElectron }, testInfo) => {
  await openCharts(app);
  for (const [index, kind] of (['scatter', 'bar', 'pie', 'bubble'] as const).entries()) {
    if (index > 0) await app.getByTestId('add-chart').click();
    await app.getByTestId('chart-kind').selectOption(kind);
    const title = `E2E ${kind} 차트`;
    await app.getByTestId('chart-title').fill(title);
    await expect(app.getByTestId('chart-canvas')).toHaveAttribute('data-ready', 'true');
    await expect(app.getByTestId('error')).toHaveCount(0);
    await snapshot(app, `chart-${kind}`, testInfo.project.name);
    if (isElectron) continue; // exports open the native save dialog, which Playwright cannot drive

    // Slide 16:9 is 1280 × 720 CSS px; at 2× the PNG is 2560 × 1440 pixels, whatever the window.
    const png = await exportWith(app, {
      'export-format': 'png',
      'export-preset': 'slide169',
      'export-scale': '2',
      'export-background': 'solid',
    });
    expect(png.suggestedFilename()).toBe(`${title}.png`);
    const bytes = await bytesOf(png);
    expect(ihdr(bytes)).toMatchObject({ width: 2560, height: 1440 });
    expect(bytes.length).toBeGreaterThan(10_000);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, `${testInfo.project.name}-export-${kind}-slide.png`), bytes);
    if (kind === 'scatter') {
      // All 4,994 points are drawn, over the whole time axis: the right half of the image has
      // plenty of point-coloured (Okabe–Ito blue, #0072B2) pixels. A read before ECharts'
      // progressive rendering finished would show only the first few hundred points, at the left.
      const image = PNG.sync.read(bytes);
      let blueRight = 0;
      for (let y = 0; y < image.height; y++) {
        for (let x = image.width / 2; x < image.width; x++) {
          const i = (y * image.width + x) * 4;
          if (image.data[i + 2]! > image.data[i]! + 80) blueRight++;
        }
      }
      expect(blueRight).toBeGreaterThan(20_000);
    }

    const svgFile = await exportWith(app, { 'export-format': 'svg' });
    expect(svgFile.suggestedFilename()).toBe(`${title}.svg`);
    const svg = (await bytesOf(svgFile)).toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain(title);
    expect(svg).toMatch(/width="1280" height="720"/);
  }
  // Charts are kept while the app runs: four tabs, one per chart.
  await expect(app.getByRole('tab')).toHaveCount(4);
});

test('a transparent dark PNG, the remembered choice, the limits note, the shortcut and focus', async ({ app, isElectron }, testInfo) => {
  test.skip(isElectron, 'exports open the native save dialog, which Playwright cannot drive');
  await openCharts(app);
  await app.getByTestId('chart-kind').selectOption('bar');
  await app.getByTestId('chart-title').fill('라인별 평균 전력');
  await expect(app.getByTestId('chart-canvas')).toHaveAttribute('data-ready', 'true');

  const opener = app.getByTestId('export-open');
  await opener.click();
  const dialog = app.getByRole('dialog', { name: 'Export chart' });
  await expect(dialog.getByTestId('export-name')).toHaveValue('라인별 평균 전력');
  // Escape closes the dialog and gives the focus back to the button that opened it.
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  const file = await exportWith(app, {
    'export-format': 'png',
    'export-preset': 'a4half',
    'export-scale': '3',
    'export-theme': 'dark',
    'export-background': 'transparent',
  });
  const bytes = await bytesOf(file);
  expect(ihdr(bytes)).toEqual({ width: 643 * 3, height: 460 * 3, colourType: 6 });
  const image = PNG.sync.read(bytes);
  const alphaAt = (x: number, y: number) => image.data[(y * image.width + x) * 4 + 3];
  expect(alphaAt(0, 0)).toBe(0);
  expect(alphaAt(image.width - 1, image.height - 1)).toBe(0);
  // …but the chart itself is drawn: some pixels are opaque.
  let opaque = 0;
  for (let i = 3; i < image.data.length; i += 4) if (image.data[i] === 255) opaque++;
  expect(opaque).toBeGreaterThan(1000);
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, `${testInfo.project.name}-export-dark-transparent.png`), bytes);

  // Reopened, the dialog shows the last choice (also after a reload: it is stored).
  await app.reload();
  await app.locator('html[data-app-ready]').waitFor();
  await openCharts(app);
  await app.getByTestId('chart-kind').selectOption('bar');
  await app.getByTestId('chart-title').fill('라인별 평균 전력');
  await expect(app.getByTestId('chart-canvas')).toHaveAttribute('data-ready', 'true');
  await opener.click();
  await expect(dialog.getByTestId('export-format')).toHaveValue('png');
  await expect(dialog.getByTestId('export-preset')).toHaveValue('a4half');
  await expect(dialog.getByTestId('export-scale')).toHaveValue('3');
  await expect(dialog.getByTestId('export-theme')).toHaveValue('dark');
  await expect(dialog.getByTestId('export-background')).toHaveValue('transparent');
  await expect(dialog.getByTestId('export-pixels')).toHaveText('The PNG will be 1,929 × 1,380 pixels.');

  // A typed size beyond the limits is clamped, and the dialog says so.
  await dialog.getByTestId('export-width').fill('9000');
  await expect(dialog.getByTestId('export-preset')).toHaveValue('custom');
  await expect(dialog.getByTestId('export-clamped')).toContainText('exported at 8,000 × 460');
  await expect(dialog.getByTestId('export-clamped')).toContainText('Scale lowered to 2×'); // 8,000 × 3 = 24,000 px > 16,384; 8,000 × 2 fits
  await app.keyboard.press('Escape');

  // Ctrl+Shift+E exports with the remembered choice (the A4 half page at 3×, not the clamped size that was never exported).
  const [shortcut] = await Promise.all([app.waitForEvent('download'), app.keyboard.press('Control+Shift+E')]);
  expect(shortcut.suggestedFilename()).toBe('라인별 평균 전력.png');
  expect(ihdr(await bytesOf(shortcut))).toMatchObject({ width: 1929, height: 1380 });
  await expect(app.getByTestId('toast')).toHaveText('Saved 라인별 평균 전력.png.');

  // The export's theme is its own: switched from dark to print, the SVG's title is the print
  // theme's black (src/charts/theme.ts), not the dark theme's light grey.
  const printed = (
    await bytesOf(await exportWith(app, { 'export-format': 'svg', 'export-theme': 'print', 'export-background': 'solid' }))
  ).toString('utf8');
  const titleTag = /<text[^>]*>라인별 평균 전력<\/text>/.exec(printed)?.[0] ?? '';
  expect(titleTag).toMatch(/fill="(?:#000000|#000|rgb\(0,0,0\))"/i);
  writeFileSync(join(ARTIFACTS, `${testInfo.project.name}-export-print.svg`), printed);
});

test('the export dialog in English and Korean, light and dark (screenshots)', async ({ app }, testInfo) => {
  await openCharts(app);
  await app.getByTestId('chart-title').fill('공장 센서 산점도');
  await expect(app.getByTestId('chart-canvas')).toHaveAttribute('data-ready', 'true');
  for (const language of ['en', 'ko'] as const) {
    await app.getByTestId('language').selectOption(language);
    for (const theme of ['light', 'dark'] as const) {
      await app.keyboard.press(theme === 'dark' ? 'Control+Shift+D' : 'Control+Shift+L');
      await app.getByTestId('export-open').click();
      const dialog = app.getByRole('dialog', { name: language === 'en' ? 'Export chart' : '차트 내보내기' });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByTestId('export-name')).toHaveValue('공장 센서 산점도');
      // Tab from the last control wraps to the first: the page behind stays out of reach.
      await dialog.getByTestId('export-save').focus();
      await app.keyboard.press('Tab');
      await expect(dialog.getByTestId('export-format')).toBeFocused();
      await snapshot(app, `export-dialog-${language}-${theme}`, testInfo.project.name);
      await dialog.getByRole('button', { name: language === 'en' ? 'Cancel' : '취소' }).click();
      await expect(dialog).toBeHidden();
    }
  }
});
