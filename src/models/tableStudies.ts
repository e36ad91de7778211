/**
 * Over-/underfitting studies on a table, built on fitTable so each point goes through the same
 * encoding, split and training-only preprocessing as a normal fit:
 * - validation curves: score vs alpha, C or polynomial degree (one fit per value), or vs epochs
 *   (one long fit, read off its per-epoch curves);
 * - learning curves: score vs the number of training rows (seeded random subsets of the training
 *   part, validation part fixed).
 * The score is R² for linear models and accuracy for logistic ones.
 */
import { FitplotError } from '../table/errors';
import type { Table } from '../table/types';
import { SeededRandom } from '../stats/random';
import type { FitReport, FitSpec } from './pipeline';
import { fitTable } from './pipeline';
import type { ScoreCurve } from './studies';

export type StudyParam = 'alpha' | 'C' | 'degree' | 'epochs';

function scores(r: FitReport): { train: number; validation: number } {
  const pick = (m: unknown) => (r.model === 'logistic' ? (m as { accuracy: number }).accuracy : (m as { r2: number }).r2);
  if (!r.metrics.validation) throw new FitplotError({ code: 'BAD_OPTION', message: 'A validation curve needs validation rows.', hint: 'Use a split with a validation part (e.g. 0.2).' });
  return { train: pick(r.metrics.train), validation: pick(r.metrics.validation) };
}

export function validationCurveOnTable(table: Table, spec: FitSpec, param: StudyParam, values: readonly number[]): ScoreCurve {
  if (param === 'epochs') {
    const maxEpochs = Math.max(...values);
    const { report } = fitTable(table, { ...spec, epochs: maxEpochs });
    const c = report.curves;
    if (!c || c.validationMetric.length === 0) throw new FitplotError({ code: 'BAD_OPTION', message: 'A curve over epochs needs an iterative method (gd, minibatch, sgd) and validation rows.' });
    const at = values.filter((e) => e <= c.epochs.length);
    return { param, values: at, trainScore: at.map((e) => c.trainMetric[e - 1]!), validationScore: at.map((e) => c.validationMetric[e - 1]!) };
  }
  const trainScore: number[] = [];
  const validationScore: number[] = [];
  for (const v of values) {
    const s = scores(fitTable(table, { ...spec, [param]: v }).report);
    trainScore.push(s.train);
    validationScore.push(s.validation);
  }
  return { param, values: [...values], trainScore, validationScore };
}

export function learningCurveOnTable(table: Table, spec: FitSpec, fractions: readonly number[] = [0.1, 0.2, 0.4, 0.6, 0.8, 1]): ScoreCurve {
  const base = fitTable(table, spec).report;
  const { train, validation } = base.split;
  if (!train || !validation || validation.length === 0) throw new FitplotError({ code: 'BAD_OPTION', message: 'A learning curve needs a listed train/validation split with validation rows.' });
  const order = new SeededRandom(spec.seed ?? 0).shuffle(train.slice());
  const values: number[] = [];
  const trainScore: number[] = [];
  const validationScore: number[] = [];
  for (const f of fractions) {
    const m = Math.max(3, Math.min(order.length, Math.ceil(f * order.length)));
    if (values.includes(m)) continue;
    try {
      const s = scores(fitTable(table, { ...spec, split: { kind: 'explicit', train: order.slice(0, m), validation } }).report);
      values.push(m);
      trainScore.push(s.train);
      validationScore.push(s.validation);
    } catch (error) {
      // A small subset can hold a single class; that size has no point on the curve.
      if (!(error instanceof FitplotError)) throw error;
    }
  }
  return { param: 'trainSize', values, trainScore, validationScore };
}
