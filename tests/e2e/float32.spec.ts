/** Journey: "numbers as 32-bit floats" in the import view — rounding reported, cells shown as in the file. */
import { join } from 'node:path';
import { expect, openThroughInput, SAMPLES, snapshot, test } from './fixtures';

test('a file imported with 32-bit numbers reports the rounding and shows the file’s decimals', async ({ app }, testInfo) => {
  await openThroughInput(app, join(SAMPLES, 'plant_sensors.csv'));
  await expect(app.getByTestId('preview')).toBeVisible();
  await app.getByTestId('float32').check();
  // The preview is read again with float32 storage: every rounded column is named.
  await expect(app.getByTestId('warnings')).toContainText('temp_inlet_c');
  await expect(app.getByTestId('warnings')).toContainText('32-bit');
  await snapshot(app, 'import-float32', testInfo.project.name);

  await app.getByTestId('load-all').click();
  await expect(app.getByTestId('stat-card').first()).toBeVisible();
  await app.getByTestId('nav-data').click();
  // temp_inlet_c of the first row is 20.33 in the file; its float32 is 20.329999923706055.
  await expect(app.locator('.ag-row[row-index="0"] [col-id="c3"]')).toHaveText('20.33');
  await snapshot(app, 'data-float32', testInfo.project.name);
});
