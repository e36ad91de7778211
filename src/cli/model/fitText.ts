/** The terminal summary of `fitplot fit` (the --json output carries everything; this is the readable view). */
import { formatTextTable } from '../textTable';
import type { FitReport } from '../../models/pipeline';
import { verdictKey } from '../../models/messageKeys';
import { flag, word } from './wording';

const fmt = (v: number | undefined): string => {
  if (v === undefined || Number.isNaN(v)) return '';
  const a = Math.abs(v);
  if (Number.isInteger(v) && a < 1e15) return String(v);
  return a !== 0 && (a >= 1e9 || a < 1e-4) ? v.toExponential(4) : String(Number(v.toPrecision(6)));
};

export function fitSummary(r: FitReport, fileName: string): string {
  const out: string[] = [];
  out.push(
    `${r.estimator} on ${fileName}: ${r.target} ~ ${r.features.length} feature${r.features.length === 1 ? '' : 's'} (${r.rows.used} of ${r.rows.total} rows; split ${r.split.kind}: ${r.split.trainRows} train, ${r.split.validationRows} validation${r.split.testRows ? `, ${r.split.testRows} test` : ''})`,
  );
  // Test rows stay unseen until asked for (--evaluate-test): a score looked at often stops being a fair test.
  if (r.split.testRows && !r.metrics.test)
    out.push(`${r.split.testRows} test rows are kept aside; score them once, at the end, with --evaluate-test`);
  if (r.classes)
    out.push(
      `classes: ${r.classes.join(', ')}${r.positiveClass !== undefined ? `; positive class: ${r.positiveClass}, threshold ${r.threshold}` : ''}`,
    );
  out.push(settingsLine(r));
  const refs = Object.entries(r.referenceLevels);
  if (refs.length > 0) out.push(`reference levels (coefficients are relative to them): ${refs.map(([c, l]) => `${c}=${l}`).join(', ')}`);
  out.push('');
  // Estimators without linear coefficients have no coefficient table.
  if (typeof r.intercept === 'number') {
    const coef = r.coefficients as Record<string, number>;
    const orig = r.coefficientsOriginalUnits as Record<string, number> | undefined;
    const inf = r.inference?.coefficients as
      Record<string, { standardError: number; t: number; p: number; ciLow: number; ciHigh: number }> | undefined;
    const header = [
      'term',
      'coefficient',
      ...(orig ? ['original units'] : []),
      ...(inf ? ['std err', 't', 'p', '95% low', '95% high'] : []),
    ];
    const row = (name: string, value: number, o: number | undefined) => {
      const i = inf?.[name];
      return [
        name,
        fmt(value),
        ...(orig ? [fmt(o)] : []),
        ...(inf ? [fmt(i?.standardError), fmt(i?.t), fmt(i?.p), fmt(i?.ciLow), fmt(i?.ciHigh)] : []),
      ];
    };
    // A least-squares fit through the origin (--no-intercept) has no intercept row in its inference.
    const throughOrigin = inf !== undefined && !('(intercept)' in inf);
    const rows = [
      ...(throughOrigin ? [] : [row('(intercept)', r.intercept, r.interceptOriginalUnits as number | undefined)]),
      ...Object.entries(coef).map(([k, v]) => row(k, v, orig?.[k])),
    ];
    out.push(
      formatTextTable(
        [header, ...rows],
        header.map((_, i) => i > 0),
      ),
    );
  } else if (r.intercept !== undefined) {
    const coef = r.coefficients as Record<string, Record<string, number>>;
    const classes = Object.keys(coef);
    const header = ['term', ...classes];
    const icpt = r.intercept as Record<string, number>;
    const rows = [
      ['(intercept)', ...classes.map((c) => fmt(icpt[c]))],
      ...r.features.map((f) => [f, ...classes.map((c) => fmt(coef[c]![f]))]),
    ];
    out.push(
      formatTextTable(
        [header, ...rows],
        header.map((_, i) => i > 0),
      ),
    );
  }
  out.push('');
  const keys = r.classes ? ['accuracy', 'precision', 'recall', 'f1', 'macroF1', 'rocAuc', 'logLoss'] : ['r2', 'mse', 'rmse', 'mae'];
  const test = r.metrics.test as unknown as Record<string, number> | undefined;
  const metricRows = keys.map((k) => [
    k,
    fmt((r.metrics.train as unknown as Record<string, number>)[k]),
    fmt((r.metrics.validation as unknown as Record<string, number> | undefined)?.[k]),
    ...(test ? [fmt(test[k])] : []),
  ]);
  const blank = test ? ['', ''] : [''];
  if (r.inference)
    metricRows.push(
      ['adjusted r2', fmt(r.inference.adjustedR2 as number), ...blank],
      ['F (p)', `${fmt(r.inference.fStatistic as number)} (${fmt(r.inference.fPValue as number)})`, ...blank],
    );
  const header = ['metric', 'train', 'validation', ...(test ? ['test'] : [])];
  out.push(
    formatTextTable(
      [header, ...metricRows],
      header.map((_, i) => i > 0),
    ),
  );
  if (r.crossValidation)
    out.push(`\n${r.crossValidation.folds}-fold cross-validation score: ${fmt(r.crossValidation.mean)} ± ${fmt(r.crossValidation.std)}`);
  if (r.curves && r.curves.epochs.length > 0)
    out.push(
      `\ntraining: ${r.curves.epochs.length} epochs/iterations, final training loss ${fmt(r.curves.trainLoss.at(-1))}${r.curves.validationLoss.length ? `, validation loss ${fmt(r.curves.validationLoss.at(-1))}` : ''}`,
    );
  if (r.comparison) {
    const c = r.comparison;
    const rows = r.features.map((f, j) => [f, fmt(c.leastSquares.coefficients[j]), fmt(c.gradientDescent.coefficients[j])]);
    out.push('\nleast squares vs gradient descent');
    out.push(
      formatTextTable(
        [
          ['term', 'least squares', 'gradient descent'],
          ['(intercept)', fmt(c.leastSquares.intercept), fmt(c.gradientDescent.intercept)],
          ...rows,
          ['loss (½·MSE)', fmt(c.leastSquares.loss), fmt(c.gradientDescent.loss)],
          ['time (ms)', fmt(Math.round(c.leastSquares.timeMs)), fmt(Math.round(c.gradientDescent.timeMs))],
          ['iterations', '1 (closed form)', fmt(c.gradientDescent.epochs)],
          ['final distance to optimum', '0', fmt(c.distanceToOptimum.at(-1))],
        ],
        [false, true, true],
      ),
    );
  }
  out.push(`\ndiagnosis: ${word({ key: verdictKey(r.diagnosis.verdict) })}`);
  for (const reason of r.diagnosis.reasons) out.push(`  - ${word(reason)}`);
  for (const a of r.diagnosis.advice) out.push(`  advice: ${word(a)}`);
  for (const w of r.warnings) out.push(`warning: ${word(w)}`);
  return `${out.join('\n')}\n`;
}

const STOP_WORDS: Readonly<Record<string, string>> = {
  converged: 'converged',
  maxEpochs: 'reached the last epoch',
  earlyStopped: 'stopped early',
  diverged: 'diverged',
  separation: 'stopped at perfect separation',
  stopped: 'stopped by request',
};

/** Every setting that shaped the fit, as its flag, and how the run ended. */
function settingsLine(r: FitReport): string {
  const settings = Object.entries(r.settings).map(([k, v]) =>
    k === 'lambda'
      ? `λ=${fmt(v as number)}`
      : `${flag(k)} ${typeof v === 'number' ? fmt(v) : String(v)}${r.defaults.includes(k) ? ' (default)' : ''}`,
  );
  const run = r.stopReason
    ? `; ${STOP_WORDS[r.stopReason]}${r.epochsRun !== undefined ? ` after ${r.epochsRun}${r.epochsRequested !== undefined ? ` of ${r.epochsRequested}` : ''} epochs/iterations` : ''}`
    : '';
  return `method ${r.method} (${r.solver})${settings.length ? `: ${settings.join(', ')}` : ''}${run}`;
}
