/**
 * The Explain region and the guided lessons in browser mode: the linear-neuron lesson loads the
 * course's diabetes_scaled.csv, fits stochastic descent (file order, lr 1, w = b = 1, 100 epochs)
 * beside least squares; the neuron lands on w ≈ 913.6, b ≈ 123.4 and its Explain region writes
 * out the first step with its numbers; least squares shows its normal equations. KaTeX's fonts
 * must load from the app itself (no boxes). A Newton logistic run writes out its first step with the
 * Hessian, a lasso run its first coordinate sweep. Screenshots in English (light) and Korean (dark).
 */
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { ARTIFACTS, expect, snapshot, test } from './fixtures';
import { chooseFeatures, fitAndWait, openModels } from './modelsPage';

test.describe.configure({ timeout: 180_000 });

const number = async (cell: Locator): Promise<number> => Number((await cell.innerText()).trim());

function cell(table: Locator, row: string, column = 1): Locator {
  return table
    .locator('tbody tr')
    .filter({ has: table.page().locator('th', { hasText: new RegExp(`^${row}$`) }) })
    .locator('td')
    .nth(column - 1);
}

/** The Runs table's row of run `n` (the table is named "실행 목록" in Korean). */
function runRow(app: Page, n: number, table = 'Runs'): Locator {
  return app
    .getByRole('table', { name: table })
    .locator('tbody tr')
    .filter({ has: app.locator('td:nth-child(2)', { hasText: new RegExp(`^${n}$`) }) });
}

/** KaTeX font faces the page has loaded (from the app's own assets: the CSP allows no other). */
const katexFontsLoaded = (app: Page) =>
  app.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((f) => f.family.replace(/"/g, '').startsWith('KaTeX') && f.status === 'loaded')
      .map((f) => f.family.replace(/"/g, ''));
  });

test('the neuron lesson: w ≈ 913.6, b ≈ 123.4, its first step written out; least squares shows the normal equations', async ({
  app,
}, testInfo) => {
  await app.getByTestId('sample-diabetes').click();
  await expect(app.getByRole('heading', { name: /Statistics/ })).toBeVisible();
  await app.getByRole('button', { name: 'Models' }).click();
  const lessons = app.getByRole('region', { name: 'Lessons' });
  await lessons.getByRole('button', { name: 'Linear neuron on diabetes bmi, beside least squares' }).click();

  // The lesson loads its own sample and comes back to Models with two runs.
  await expect(app.getByTestId('file-name')).toHaveText('diabetes_scaled.csv');
  await expect(runRow(app, 2)).toBeVisible();
  // A finished run's row shows the rows it was fitted on (all 442: the course fits without a split).
  await expect(runRow(app, 1)).toContainText('442 of 442', { timeout: 60_000 });
  await expect(runRow(app, 2)).toContainText('442 of 442', { timeout: 60_000 });

  // Run 2 (the neuron) is shown: the course's weights after 100 epochs.
  const coefficients = app.getByRole('table', { name: 'Coefficients' });
  expect(await number(cell(coefficients, 'bmi'))).toBe(913.6);
  expect(await number(cell(coefficients, '\\(intercept\\)'))).toBe(123.4);
  await expect(app.getByLabel('Method', { exact: true })).toHaveValue('sgd');
  await expect(app.getByLabel('Initial weights')).toHaveValue('ones');

  const explain = app.getByRole('region', { name: 'Explain' });
  await expect(explain.getByText('Gradient descent moves every weight a step of size η')).toBeVisible();
  const step = explain.getByTestId('explain-step');
  // From w = b = 1 on row 1 (bmi 0.061696, target 151): error −149.94, w → 10.251, b → 150.94.
  await expect(explain).toContainText('The first update uses training row 1 alone');
  for (const shown of ['0.061696', '149.94', '9.2506', '10.251', '150.94']) await expect(step).toContainText(shown);
  expect(await katexFontsLoaded(app)).toEqual(expect.arrayContaining(['KaTeX_Main', 'KaTeX_Math']));
  await explain.scrollIntoViewIfNeeded();
  await snapshot(app, 'models-explain-neuron', testInfo.project.name);
  await explain.screenshot({ path: join(ARTIFACTS, `${testInfo.project.name}-explain-neuron.png`) });

  // Run 1, least squares: XᵀX β = Xᵀy with 442 rows and the solution 152.13, 949.44.
  await runRow(app, 1).locator('td').nth(2).click();
  expect(await number(cell(app.getByRole('table', { name: 'Coefficients' }), 'bmi'))).toBe(949.4);
  const normal = explain.getByTestId('explain-normal-equations');
  for (const shown of ['442', '67243', '152.13', '949.44']) await expect(normal).toContainText(shown);
  await expect(explain.getByTestId('explain-step')).toHaveCount(0);
  await explain.scrollIntoViewIfNeeded();
  await explain.screenshot({ path: join(ARTIFACTS, `${testInfo.project.name}-explain-ols.png`) });

  await app.getByLabel('Theme').selectOption('dark');
  await app.getByTestId('language').selectOption('ko');
  const explainKo = app.getByRole('region', { name: '설명' });
  await expect(explainKo.getByText('이 실행의 숫자로 본 정규 방정식')).toBeVisible();
  await runRow(app, 2, '실행 목록').locator('td').nth(2).click();
  await expect(explainKo.getByText('이 실행의 숫자로 본 한 단계')).toBeVisible();
  await explainKo.scrollIntoViewIfNeeded();
  await snapshot(app, 'models-explain-neuron-ko-dark', testInfo.project.name);
  await explainKo.screenshot({ path: join(ARTIFACTS, `${testInfo.project.name}-explain-neuron-ko-dark.png`) });
});

test('the L1 vs L2 lesson: the same descent and α, L1 zeroes weights; its step shows the soft-threshold', async ({ app }, testInfo) => {
  await app.getByTestId('sample-breast-cancer').click();
  await expect(app.getByRole('heading', { name: /Statistics/ })).toBeVisible();
  await app.getByRole('button', { name: 'Models' }).click();
  const lessons = app.getByRole('region', { name: 'Lessons' });
  await lessons.scrollIntoViewIfNeeded();
  await snapshot(app, 'models-lessons', testInfo.project.name);
  await lessons.getByRole('button', { name: 'L1 vs L2 on the same data' }).click();
  await expect(app.getByTestId('file-name')).toHaveText('diabetes.csv');
  for (const n of [1, 2, 3]) await expect(runRow(app, n)).toContainText('442 of 442', { timeout: 60_000 });

  // Run 3 (L2) is shown; then run 2 (L1): the update soft-thresholds by ηα = 0.1 · 5.
  const explain = app.getByRole('region', { name: 'Explain' });
  await expect(explain.getByText('With the L2 penalty each step also shrinks the weights')).toBeVisible();
  const zeros = async () =>
    (await app.getByRole('table', { name: 'Coefficients' }).locator('tbody td:nth-child(2)').allInnerTexts()).filter(
      (v) => v.trim() === '0',
    ).length;
  expect(await zeros()).toBe(0);
  await runRow(app, 2).locator('td').nth(2).click();
  await expect(explain.getByText('With the L1 penalty each step moves against the gradient')).toBeVisible();
  expect(await zeros()).toBeGreaterThanOrEqual(3);
  // Ten weights and an intercept: the first update is listed as a table, not written out.
  const firstUpdate = explain.getByRole('table', { name: 'First update of each parameter' });
  await expect(firstUpdate.locator('tbody tr')).toHaveCount(11);
  await expect(explain).toContainText('mean gradient of 354 training rows');
  await explain.scrollIntoViewIfNeeded();
  await explain.screenshot({ path: join(ARTIFACTS, `${testInfo.project.name}-explain-l1.png`) });
});

test('the logistic lesson: scaling lifts validation accuracy; the per-sample step lists 31 parameters with p − y (Korean)', async ({
  app,
}, testInfo) => {
  await app.getByTestId('sample-diabetes').click();
  await expect(app.getByRole('heading', { name: /Statistics/ })).toBeVisible();
  await app.getByRole('button', { name: 'Models' }).click();
  await app.getByTestId('language').selectOption('ko');
  await app.getByRole('region', { name: '따라 하기' }).getByRole('button', { name: '유방암 로지스틱 뉴런: 스케일링 전과 후' }).click();
  await expect(app.getByTestId('file-name')).toHaveText('breast_cancer.csv');
  const runs = '실행 목록';
  for (const n of [1, 2]) await expect(runRow(app, n, runs)).toContainText('569개 중 569개', { timeout: 60_000 });
  const validation = async (n: number) => number(runRow(app, n, runs).locator('td').nth(6));
  const [unscaled, scaled] = [await validation(1), await validation(2)];
  expect(scaled).toBeGreaterThanOrEqual(0.95);
  expect(scaled).toBeGreaterThan(unscaled + 0.05);

  const explain = app.getByRole('region', { name: '설명' });
  await expect(explain).toContainText('첫 업데이트는 훈련 행');
  await expect(explain.getByRole('table', { name: '매개변수별 첫 업데이트' }).locator('tbody tr')).toHaveCount(31);
  await expect(explain.getByTestId('explain-step')).toContainText('p−y');
  await explain.scrollIntoViewIfNeeded();
  await explain.screenshot({ path: join(ARTIFACTS, `${testInfo.project.name}-explain-logistic-ko.png`) });
  testInfo.annotations.push({ type: 'validation accuracy', description: `unscaled ${unscaled}, scaled ${scaled}` });
});

test('the overfitting lesson: training long overfits, early stopping and L2 each lift the validation R²', async ({ app }, testInfo) => {
  await app.getByTestId('sample-diabetes').click();
  await expect(app.getByRole('heading', { name: /Statistics/ })).toBeVisible();
  await app.getByRole('button', { name: 'Models' }).click();
  const lessons = app.getByRole('region', { name: 'Lessons' });
  await lessons.getByRole('button', { name: /^Overfitting/ }).click();
  for (const n of [1, 2, 3]) await expect(runRow(app, n)).toContainText('442 of 442', { timeout: 120_000 });

  const validationR2 = async (n: number) => {
    await runRow(app, n).locator('td').nth(2).click();
    return number(cell(app.getByRole('table', { name: 'Metrics' }), 'R²', 2));
  };
  // Run 1: 2,000 mini-batch epochs over 65 degree-2 terms, no penalty.
  const long = await validationR2(1);
  await expect(app.getByTestId('verdict')).toHaveText('overfitting');
  await snapshot(app, 'lesson-overfitting-long', testInfo.project.name);
  // Run 2 keeps the epoch with the best validation loss; run 3 adds L2 (α = 0.05).
  const early = await validationR2(2);
  await expect(app.getByTestId('verdict')).not.toHaveText('overfitting');
  const l2 = await validationR2(3);
  expect(early).toBeGreaterThan(long + 0.1);
  expect(l2).toBeGreaterThan(long + 0.1);
  testInfo.annotations.push({ type: 'validation R²', description: `long ${long}, early stopping ${early}, L2 ${l2}` });
});

test('Newton on breast cancer writes out H Δ = ∇J and its step; L-BFGS its step along −∇J (Korean, dark)', async ({ app }, testInfo) => {
  await openModels(app, 'breast-cancer');
  await app.getByLabel('Task').selectOption('logistic');
  await app.getByLabel('Method', { exact: true }).selectOption('newton');
  await app.getByLabel('Scaling').selectOption('standard');
  await chooseFeatures(app, ['mean radius', 'mean texture', 'mean smoothness']);
  await fitAndWait(app, 1);
  const explain = app.getByRole('region', { name: 'Explain' });
  const newton = explain.getByRole('region', { name: 'Newton’s first step with this run’s numbers' });
  await expect(newton).toContainText('J = 0.6931');
  // Four unknowns (b and three weights): the 4 × 4 Hessian is written out; from θ₀ = 0 every σ(z) = ½, so H's corner is ¼.
  await expect(newton.getByTestId('explain-newton')).toContainText('0.25');
  await expect(newton).toContainText('Armijo’s rule');
  await newton.scrollIntoViewIfNeeded();
  await newton.screenshot({ path: join(ARTIFACTS, `${testInfo.project.name}-explain-newton.png`) });

  // The same data by L-BFGS: its first step goes along −∇J, with no matrix to show.
  await app.getByLabel('Method', { exact: true }).selectOption('lbfgs');
  await fitAndWait(app, 2);
  const lbfgs = explain.getByRole('region', { name: 'L-BFGS’s first step with this run’s numbers' });
  await expect(lbfgs).toContainText('never formed as a matrix');
  await expect(lbfgs.getByTestId('explain-lbfgs')).toContainText('J(θ');
  await lbfgs.screenshot({ path: join(ARTIFACTS, `${testInfo.project.name}-explain-lbfgs.png`) });

  await app.getByLabel('Theme').selectOption('dark');
  await app.getByTestId('language').selectOption('ko');
  await runRow(app, 1, '실행 목록').locator('td').nth(2).click();
  const newtonKo = app.getByRole('region', { name: '이 실행의 숫자로 본 뉴턴 방법의 첫 단계' });
  await expect(newtonKo).toContainText('아르미호 규칙');
  await newtonKo.scrollIntoViewIfNeeded();
  await newtonKo.screenshot({ path: join(ARTIFACTS, `${testInfo.project.name}-explain-newton-ko-dark.png`) });
});

test('a lasso run on diabetes shows its first coordinate sweep, in English and Korean', async ({ app }, testInfo) => {
  await openModels(app, 'diabetes');
  await app.getByLabel('Task').selectOption('linear');
  await app.getByLabel('Method', { exact: true }).selectOption('lasso');
  await app.getByLabel('Scaling').selectOption('standard');
  await fitAndWait(app, 1);
  const sweep = app
    .getByRole('region', { name: 'Explain' })
    .getByRole('region', { name: 'First coordinate-descent sweep with this run’s numbers' });
  await expect(sweep).toContainText('soft-thresholded by αρ = 1');
  await expect(sweep.getByRole('table', { name: 'Each weight in the first sweep' }).locator('tbody tr')).toHaveCount(10);
  await sweep.scrollIntoViewIfNeeded();
  await sweep.screenshot({ path: join(ARTIFACTS, `${testInfo.project.name}-explain-sweep.png`) });

  await app.getByTestId('language').selectOption('ko');
  const sweepKo = app.getByRole('region', { name: '이 실행의 숫자로 본 좌표 하강법의 첫 순회' });
  await expect(sweepKo.getByRole('table', { name: '첫 순회의 가중치별 값' })).toBeVisible();
  await sweepKo.scrollIntoViewIfNeeded();
  await sweepKo.screenshot({ path: join(ARTIFACTS, `${testInfo.project.name}-explain-sweep-ko.png`) });
});
