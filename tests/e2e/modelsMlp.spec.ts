/**
 * Issue 12's proof in the workbench: the neural network is a method of the Models view with its
 * options generated from its spec, trains with live curves, and is compared with logistic
 * regression on the same split; softmax on the handwritten digits. Screenshots in English and
 * Korean (tests/e2e/artifacts).
 */
import { expect, snapshot, test } from './fixtures';
import { cell, fitAndWait, number, openModels } from './modelsPage';

test.describe.configure({ timeout: 240_000 });

test('a two-layer network on breast cancer trains with live curves and is compared with logistic regression', async ({ app }, testInfo) => {
  await openModels(app, 'breast-cancer');
  await app.getByLabel('Scaling').selectOption('standard');
  await app.getByLabel('Task').selectOption('mlp');
  // The network's own options, from its MODEL_SPECS entry.
  await expect(app.getByLabel('Hidden layers (units, comma-separated)')).toHaveValue('10');
  await expect(app.getByLabel('Activation')).toHaveValue('sigmoid');
  await expect(app.getByLabel('Activation').locator('option', { hasText: 'ReLU' })).toHaveCount(1);
  await app.getByLabel('Epochs').fill('200');
  await fitAndWait(app, 1, 120_000);
  await expect(app.getByRole('img', { name: 'Training curves (loss per epoch)' })).toBeVisible();
  const metrics = app.getByRole('table', { name: 'Metrics' });
  const networkAccuracy = await number(cell(metrics, 'Accuracy', 2));
  expect(networkAccuracy).toBeGreaterThanOrEqual(0.93);
  await expect(app.getByRole('img', { name: 'Confusion matrix' })).toBeVisible();
  await snapshot(app, 'models-mlp', testInfo.project.name);

  await app.getByLabel('Task').selectOption('logistic');
  await fitAndWait(app, 2);
  const runs = app.getByRole('table', { name: 'Runs' });
  await runs.getByRole('checkbox', { name: 'Compare run 1' }).check();
  await runs.getByRole('checkbox', { name: 'Compare run 2' }).check();
  const comparison = app.getByRole('region', { name: 'Comparison' });
  await expect(comparison).toBeVisible();
  await comparison.scrollIntoViewIfNeeded();
  await snapshot(app, 'models-mlp-compare', testInfo.project.name);
});

test('softmax network on the handwritten digits (Korean)', async ({ app }, testInfo) => {
  await openModels(app, 'digits');
  await app.getByLabel('Task').selectOption('mlp');
  await app.getByLabel('Scaling').selectOption('standard');
  await app.getByLabel('Hidden layers (units, comma-separated)').fill('32');
  await app.getByLabel('Activation').selectOption('relu');
  await app.getByLabel('Initial weights').selectOption('he');
  await app.getByLabel('Learning rate').fill('0.05');
  await app.getByLabel('Epochs').fill('60');
  await fitAndWait(app, 1, 120_000);
  const accuracy = await number(cell(app.getByRole('table', { name: 'Metrics' }), 'Accuracy', 2));
  expect(accuracy).toBeGreaterThanOrEqual(0.9);
  await expect(app.getByRole('img', { name: 'Confusion matrix' })).toBeVisible();
  await app.getByTestId('language').selectOption('ko');
  await expect(app.getByRole('table', { name: '지표' })).toBeVisible();
  await expect(app.getByLabel('활성화 함수')).toBeVisible();
  await snapshot(app, 'models-mlp-digits-ko', testInfo.project.name);
});
