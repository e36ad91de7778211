/**
 * Over-/underfitting studies on a table, built on fitTable so each point goes through the same
 * encoding, split and training-only preprocessing as a normal fit:
 * - validation curves: score vs alpha, C or polynomial degree (one fit per value), or vs epochs
 *   (one long fit, read off its per-epoch curves);
 * - learning curves: score vs the number of training rows (seeded random subsets of the training
 *   part, validation part fixed).
 * The score is R² for regression and accuracy for classification. `onPoint` reports progress
 * after each point (done of total) so a front end can show it.
 */
import { FitplotError } from '../table/errors';
import type { Table } from '../table/types';
import { SeededRandom } from '../stats/random';
import type { FitReport, FitSpec } from './pipeline';
import { fitTable } from './pipeline';
import type { ScoreCurve } from './studies';

export type StudyParam = 'alpha' | 'C' | 'degree' | 'epochs';
export const STUDY_PARAMS: readonly StudyParam[] = ['alpha', 'C', 'degree', 'epochs'];

export type StudyProgress = (done: number, total: number) => void;

function scores(r: FitReport): { train: number; validation: number } {
  const pick = (m: unknown) => (r.classes ? (m as { accuracy: number }).accuracy : (m as { r2: number }).r2);
  if (!r.metrics.validation)
    throw new FitplotError({
      code: 'BAD_OPTION',
      key: 'model.error.studyNeedsValidation',
      message: 'A validation curve needs validation rows.',
      hint: 'Use a split with a validation part (e.g. 0.2).',
    });
  return { train: pick(r.metrics.train), validation: pick(r.metrics.validation) };
}

/** The spec with one study parameter set: degree is a preprocessing setting, the rest are model options. */
function withParam(spec: FitSpec, param: StudyParam, value: number): FitSpec {
  return param === 'degree' ? { ...spec, degree: value } : { ...spec, options: { ...spec.options, [param]: value } };
}

export function validationCurveOnTable(
  table: Table,
  spec: FitSpec,
  param: StudyParam,
  values: readonly number[],
  onPoint?: StudyProgress,
): ScoreCurve {
  if (param === 'epochs') {
    const maxEpochs = Math.max(...values);
    const { report } = fitTable(table, withParam(spec, 'epochs', maxEpochs), { onEpoch: (p) => onPoint?.(p.epoch, p.epochs) });
    const c = report.curves;
    if (!c || c.validationMetric.length === 0)
      throw new FitplotError({
        code: 'BAD_OPTION',
        key: 'model.error.epochCurveNeedsDescent',
        message: 'A curve over epochs needs an iterative method (gd, minibatch, sgd) and validation rows.',
      });
    const at = values.filter((e) => e <= c.epochs.length);
    return {
      param,
      values: at,
      trainScore: at.map((e) => c.trainMetric[e - 1]!),
      validationScore: at.map((e) => c.validationMetric[e - 1]!),
    };
  }
  const trainScore: number[] = [];
  const validationScore: number[] = [];
  values.forEach((v, i) => {
    const s = scores(fitTable(table, withParam(spec, param, v)).report);
    trainScore.push(s.train);
    validationScore.push(s.validation);
    onPoint?.(i + 1, values.length);
  });
  return { param, values: [...values], trainScore, validationScore };
}

export function learningCurveOnTable(
  table: Table,
  spec: FitSpec,
  fractions: readonly number[] = [0.1, 0.2, 0.4, 0.6, 0.8, 1],
  onPoint?: StudyProgress,
): ScoreCurve {
  const base = fitTable(table, spec).report;
  const { train, validation } = base.split;
  if (!train || !validation || validation.length === 0)
    throw new FitplotError({
      code: 'BAD_OPTION',
      key: 'model.error.learningCurveNeedsSplit',
      message: 'A learning curve needs a listed train/validation split with validation rows.',
    });
  const order = new SeededRandom(spec.seed ?? 0).shuffle(train.slice());
  const values: number[] = [];
  const trainScore: number[] = [];
  const validationScore: number[] = [];
  fractions.forEach((f, i) => {
    const m = Math.max(3, Math.min(order.length, Math.ceil(f * order.length)));
    if (!values.includes(m)) {
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
    onPoint?.(i + 1, fractions.length);
  });
  return { param: 'trainSize', values, trainScore, validationScore };
}
