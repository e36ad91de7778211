/**
 * The golden data of tests/golden/explain/fixtures/explain_steps.json as tables fitTable takes:
 * breast cancer's three unscaled features with the malignant flag (Newton, L-BFGS) and diabetes'
 * ten features (the lasso and elastic-net sweeps), iris' three species (softmax Newton).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { categoryColumn, makeTable, numberColumn } from '../../src/table/build';

interface StepsFixture {
  logistic: { features: string[]; X: number[][]; y: number[]; newton: { direction: number[]; t: number; theta1: number[] } };
  softmax: { features: string[]; X: number[][]; y: number[] };
  diabetes: { features: string[]; X: number[][]; y: number[]; lasso: { after: number[]; intercept: number } };
}
export const steps = JSON.parse(readFileSync(join(__dirname, '../golden/explain/fixtures/explain_steps.json'), 'utf8')) as StepsFixture;
export const CANCER_STEPS = makeTable([
  ...steps.logistic.features.map((f, j) =>
    numberColumn(
      f,
      steps.logistic.X.map((r) => r[j]!),
    ),
  ),
  numberColumn('malignant', steps.logistic.y),
]);
export const DIABETES_STEPS = makeTable([
  ...steps.diabetes.features.map((f, j) =>
    numberColumn(
      f,
      steps.diabetes.X.map((r) => r[j]!),
    ),
  ),
  numberColumn('target', steps.diabetes.y),
]);
const SPECIES = ['setosa', 'versicolor', 'virginica'];
export const IRIS_STEPS = makeTable([
  ...steps.softmax.features.map((f, j) =>
    numberColumn(
      f,
      steps.softmax.X.map((r) => r[j]!),
    ),
  ),
  categoryColumn(
    'species',
    steps.softmax.y.map((v) => SPECIES[v]!),
  ),
]);
