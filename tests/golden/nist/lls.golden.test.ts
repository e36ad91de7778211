/**
 * Certified accuracy of ordinary least squares on all eleven NIST StRD linear regression datasets:
 * every coefficient, every standard error, the residual standard deviation and R² to at least 7
 * digits (LRE ≥ 7), for the LinearRegression estimator and for `fitplot fit linear --method ols`
 * with the predictors given as columns and, for the polynomial datasets, with `--degree`.
 * The LRE table is printed, so a run shows how many digits each quantity keeps.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { matrix } from '../../../src/linalg';
import { LinearRegression } from '../../../src/models/LinearRegression';
import { runCli } from '../../../src/cli/run';
import { fitCommand } from '../../../src/cli/commands/fit';
import type { LinearDataset } from './nistFixtures';
import { linearDatasets, lre, lreTable, predictors } from './nistFixtures';

const MIN_LRE = 7;
const rows: (string | number)[][] = [];
const conditions: string[][] = [];

interface Fitted {
  coefficients: number[];
  standardErrors: number[];
  residualStandardDeviation: number;
  r2: number;
}

function scores(d: LinearDataset, f: Fitted): { coef: number; se: number; rsd: number; r2: number } {
  const c = d.certified;
  const min = (v: number[], cert: string[]) => Math.min(...v.map((q, j) => lre(q, cert[j]!)));
  return {
    coef: min(f.coefficients, c.coefficients),
    se: min(f.standardErrors, c.standardErrors),
    rsd: lre(f.residualStandardDeviation, c.residualStandardDeviation),
    r2: lre(f.r2, c.r2),
  };
}

function record(d: LinearDataset, how: string, f: Fitted): void {
  expect(f.coefficients.length).toBe(d.certified.coefficients.length);
  const s = scores(d, f);
  rows.push([d.name, how, s.coef, s.se, s.rsd, s.r2]);
  expect({ dataset: d.name, how, ...s }).toEqual({ dataset: d.name, how, coef: atLeast(), se: atLeast(), rsd: atLeast(), r2: atLeast() });
}

const atLeast = () => expect.toSatisfy((v: number) => v >= MIN_LRE, `LRE ≥ ${MIN_LRE}`);

function fitEstimator(d: LinearDataset): Fitted {
  const { columns } = predictors(d);
  const n = columns[0]!.length;
  const p = columns.length;
  const data = new Float64Array(n * p);
  columns.forEach((col, j) => col.forEach((v, i) => (data[i * p + j] = v)));
  const y = d.data[0]!.map(Number);
  const m = new LinearRegression({ fitIntercept: d.intercept }).fit(matrix(n, p, data), y);
  const inf = m.inference!;
  expect(m.collinear).toEqual([]);
  conditions.push([d.name, m.conditionNumber!.toPrecision(3)]);
  return {
    coefficients: inf.coefficients.map((c) => c.estimate),
    standardErrors: inf.coefficients.map((c) => c.standardError),
    residualStandardDeviation: Math.sqrt(inf.residualVariance),
    r2: inf.r2,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'fitplot-nist-'));

async function fitCli(d: LinearDataset, polynomial: boolean): Promise<Fitted> {
  const { names, columns } = predictors(d);
  const file = join(dir, `${d.name}.csv`);
  const header = ['y', ...names];
  const y = d.data[0]!;
  writeFileSync(file, [header.join(','), ...y.map((v, i) => [v, ...columns.map((c) => String(c[i]))].join(','))].join('\n') + '\n');
  const features = polynomial ? ['--features', 'x', '--degree', String(d.degree)] : ['--features', names.join(',')];
  let out = '';
  let err = '';
  const code = await runCli(
    [
      'fit',
      'linear',
      file,
      '--target',
      'y',
      ...features,
      '--method',
      'ols',
      '--validation',
      '0',
      ...(d.intercept ? [] : ['--no-intercept']),
      '--json',
    ],
    { stdout: (t) => (out += t), stderr: (t) => (err += t), stderrIsTTY: false, cwd: dir },
    [fitCommand],
  );
  expect(err).toBe('');
  expect(code).toBe(0);
  const report = JSON.parse(out) as {
    warnings: { key: string; params?: Record<string, unknown> }[];
    inference: { r2: number; residualVariance: number; coefficients: Record<string, { estimate: number; standardError: number }> };
  };
  // Ill-conditioned is not dependent: nothing is dropped, and only Filip is flagged as near-collinear.
  expect(report.warnings.filter((w) => w.key === 'model.warning.collinear')).toEqual([]);
  const near = report.warnings.filter((w) => w.key === 'model.warning.nearCollinear');
  expect(near.length).toBe(d.name === 'Filip' ? 1 : 0);
  const coefs = Object.values(report.inference.coefficients);
  return {
    coefficients: coefs.map((c) => c.estimate),
    standardErrors: coefs.map((c) => c.standardError),
    residualStandardDeviation: Math.sqrt(report.inference.residualVariance),
    r2: report.inference.r2,
  };
}

describe('NIST StRD linear regression: LRE ≥ 7 in every coefficient, standard error, residual SD and R²', () => {
  for (const d of linearDatasets()) {
    it(`${d.name}: LinearRegression`, () => record(d, 'estimator', fitEstimator(d)));
    it(`${d.name}: fitplot fit linear, predictors as columns`, async () => record(d, 'fit, columns', await fitCli(d, false)));
    if (d.degree !== null)
      it(`${d.name}: fitplot fit linear --degree ${d.degree}`, async () => record(d, `fit --degree`, await fitCli(d, true)));
  }
  afterAll(() => {
    console.log(
      lreTable(
        'LRE (digits in agreement with NIST, minimum over the coefficients and over the standard errors)',
        ['dataset', 'how', 'coef', 'SE', 'resid SD', 'R²'],
        rows,
      ),
    );
    console.log(lreTable('Condition number of the design, columns scaled to unit length', ['dataset', 'condition'], conditions));
  });
});
