/**
 * The model workbench in browser mode, as issue 10's proof asks: least squares beside stochastic
 * descent on diabetes (their coefficients agree), logistic regression on breast cancer (validation
 * accuracy ≥ 0.95, confusion matrix with a threshold, ROC), overfitting diagnosed and cured by
 * early stopping; a saved model applied to a CSV; screenshots in English and Korean, light and
 * dark (tests/e2e/artifacts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, SAMPLES, snapshot, test } from './fixtures';
import { cell, chooseFeatures, fitAndWait, number, openModels } from './modelsPage';

// Fits of a few seconds each on a shared two-core machine.
test.describe.configure({ timeout: 180_000 });

test('least squares and stochastic descent on diabetes agree', async ({ app }, testInfo) => {
  await openModels(app, 'diabetes');
  await expect(app.getByLabel('Target')).toHaveValue('target');
  await chooseFeatures(app, ['bmi']);
  await app.getByLabel('Scaling').selectOption('standard');
  await fitAndWait(app, 1);
  await expect(app.getByRole('region', { name: 'Diagnosis' })).toBeVisible();
  const coefficients = app.getByRole('table', { name: 'Coefficients' });
  const olsSlope = await number(cell(coefficients, 'bmi'));
  const olsSe = await number(cell(coefficients, 'bmi', 3));
  expect(olsSe).toBeGreaterThan(0);
  await snapshot(app, 'models-ols', testInfo.project.name);

  await app.getByLabel('Method', { exact: true }).selectOption('sgd');
  await app.getByLabel('Learning rate').fill('0.001');
  await app.getByLabel('Epochs').fill('300');
  await fitAndWait(app, 2);
  await expect(app.getByRole('img', { name: 'Training curves (loss per epoch)' })).toBeVisible();
  const sgdSlope = await number(cell(app.getByRole('table', { name: 'Coefficients' }), 'bmi'));
  expect(Math.abs(sgdSlope - olsSlope)).toBeLessThan(0.005);

  // Compare the two runs: coefficients side by side, least squares drawn as the level descent reaches.
  const runs = app.getByRole('table', { name: 'Runs' });
  await runs.getByRole('checkbox', { name: 'Compare run 1' }).check();
  await runs.getByRole('checkbox', { name: 'Compare run 2' }).check();
  const compared = app.getByRole('table', { name: 'Coefficients compared (original units)' });
  await expect(compared).toBeVisible();
  const [a, b] = [await number(cell(compared, 'bmi', 1)), await number(cell(compared, 'bmi', 2))];
  expect(a.toFixed(2)).toBe(b.toFixed(2));
  await app.getByRole('region', { name: 'Comparison' }).scrollIntoViewIfNeeded();
  await snapshot(app, 'models-compare', testInfo.project.name);
});

test('logistic regression on breast cancer: accuracy, confusion matrix with threshold, ROC (Korean, dark)', async ({ app }, testInfo) => {
  await openModels(app, 'breast-cancer');
  await expect(app.getByLabel('Task')).toHaveValue('logistic');
  await app.getByLabel('Scaling').selectOption('standard');
  await fitAndWait(app, 1);
  const metrics = app.getByRole('table', { name: 'Metrics' });
  expect(await number(cell(metrics, 'Accuracy', 2))).toBeGreaterThanOrEqual(0.95);
  await expect(app.getByRole('img', { name: 'Confusion matrix' })).toBeVisible();
  await expect(app.getByRole('img', { name: 'ROC curve' })).toBeVisible();
  await expect(app.getByRole('table', { name: 'Coefficients' }).getByRole('columnheader', { name: 'Odds ratio' })).toBeVisible();
  const before = await app.getByTestId('threshold-metrics').innerText();
  await app.getByRole('slider').fill('0.9');
  await expect(app.getByTestId('threshold-metrics')).not.toHaveText(before);
  await app.getByRole('table', { name: 'Metrics' }).scrollIntoViewIfNeeded();
  await snapshot(app, 'models-logistic', testInfo.project.name);

  await app.getByLabel('Theme').selectOption('dark');
  await app.getByTestId('language').selectOption('ko');
  await expect(app.getByRole('region', { name: '진단' })).toBeVisible();
  await expect(app.getByRole('table', { name: '계수' })).toBeVisible();
  await snapshot(app, 'models-logistic-ko-dark', testInfo.project.name);
});

test('training long without a penalty overfits; early stopping improves the validation score', async ({ app }, testInfo) => {
  await openModels(app, 'diabetes');
  await app.getByLabel('Scaling').selectOption('standard');
  await app.getByLabel('Polynomial degree').fill('2');
  await app.getByLabel('Method', { exact: true }).selectOption('minibatch');
  await app.getByLabel('Learning rate').fill('0.05');
  await app.getByLabel('Epochs').fill('2000');
  await app.getByLabel('Batch size').fill('16');
  await fitAndWait(app, 1);
  await expect(app.getByTestId('verdict')).toHaveText('overfitting');
  const validationR2 = async () => number(cell(app.getByRole('table', { name: 'Metrics' }), 'R²', 2));
  const overfitR2 = await validationR2();
  await snapshot(app, 'models-overfitting', testInfo.project.name);

  await app.getByLabel('Early stopping').check();
  await fitAndWait(app, 2);
  await expect(app.getByTestId('verdict')).not.toHaveText('overfitting');
  expect(await validationR2()).toBeGreaterThan(overfitR2 + 0.1);
  await snapshot(app, 'models-early-stopping', testInfo.project.name);
});

test('a saved model is loaded again and applied to a CSV; the predictions are saved', async ({ app, isElectron }, testInfo) => {
  test.skip(isElectron, 'browser mode: the model and the predictions are downloads');
  await openModels(app, 'diabetes');
  await chooseFeatures(app, ['bmi', 'bp']);
  await fitAndWait(app, 1);
  const coefficients = app.getByRole('table', { name: 'Coefficients' });
  const [b, wBmi, wBp] = [
    await number(cell(coefficients, '(intercept)')),
    await number(cell(coefficients, 'bmi')),
    await number(cell(coefficients, 'bp')),
  ];

  const exporting = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Export Python script' }).click();
  const scriptPath = testInfo.outputPath('fit.py');
  await (await exporting).saveAs(scriptPath);
  expect(readFileSync(scriptPath, 'utf8')).toContain('import numpy');

  const saving = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Save model (JSON)' }).click();
  const modelPath = testInfo.outputPath('model.json');
  await (await saving).saveAs(modelPath);
  await app.getByTestId('model-file').setInputFiles(modelPath);
  await expect(app.getByText('Loaded model model.json')).toBeVisible();

  await app.getByTestId('apply-file').setInputFiles(join(SAMPLES, 'diabetes.csv'));
  const applied = app.getByTestId('applied');
  await expect(applied).toContainText('442 of 442 rows of diabetes.csv predicted.');
  // First row: bmi 32.1, bp 101 (the table shows 4 significant digits).
  const first = Number(await applied.locator('tbody tr').first().locator('td').nth(1).innerText());
  expect(first).toBeCloseTo(b + wBmi * 32.1 + wBp * 101, 0);
  await applied.scrollIntoViewIfNeeded();
  await snapshot(app, 'models-applied', testInfo.project.name);

  const downloading = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Save CSV with predictions' }).click();
  const csvPath = testInfo.outputPath('predictions.csv');
  await (await downloading).saveAs(csvPath);
  const lines = readFileSync(csvPath, 'utf8').trim().split('\n');
  expect(lines).toHaveLength(443);
  expect(lines[0]).toBe('age,sex,bmi,bp,s1,s2,s3,s4,s5,s6,target,predicted_target');
  expect(Number(lines[1]!.split(',').at(-1))).toBeCloseTo(first, 1);
});
