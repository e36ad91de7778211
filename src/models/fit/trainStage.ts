/**
 * Stages 3 and 4 of fitTable: fit the preprocessing (impute → polynomial terms → scale) on the
 * training rows only, apply it to the validation rows, then fit the estimator with the caller's
 * FitControl (the training rows once, live progress with the weights in the table's units, stop). The least-squares comparison runs here too when asked.
 */
import type { DenseMatrix } from '../../linalg';
import { FitplotError } from '../../table/errors';
import type { LeastSquaresVsDescent } from '../compare';
import { compareLeastSquaresDescent } from '../compare';
import type { Estimator, FitControl } from '../estimatorContract';
import type { GradientDescentRegressor } from '../GradientDescentRegressor';
import { takeRows, takeValues } from '../prepare/impute';
import { termName } from '../prepare/polynomial';
import type { TransformJSON } from '../prepare/transform';
import { applyTransform, fitTransform } from '../prepare/transform';
import { entryForMethod, makeEstimator } from '../registry';
import { methodSpec } from '../specs';
import type { Split } from '../split';
import type { Encoded } from './encodeStage';
import { liveWeightsControl } from './liveWeights';
import type { FitSpec } from './fitSpec';

export interface Trained {
  readonly est: Estimator;
  readonly method: string;
  readonly transform: TransformJSON;
  /** Model input names (after polynomial terms). */
  readonly names: string[];
  readonly xTrainRaw: DenseMatrix;
  readonly xTrain: DenseMatrix;
  readonly yTrain: Float64Array;
  readonly xVal: DenseMatrix;
  readonly yVal: Float64Array;
  /** Cells filled per encoded column (missing: mean|median). */
  readonly imputed: number[];
  readonly comparison?: LeastSquaresVsDescent;
}

export function trainStage(spec: FitSpec, method: string, enc: Encoded, split: Split, control?: FitControl): Trained {
  const xTrainRaw = takeRows(enc.x, split.train);
  const yTrain = takeValues(enc.y, split.train);
  const yVal = takeValues(enc.y, split.validation);
  const prep = fitTransform(xTrainRaw, spec.missing ?? 'drop', spec.degree ?? 1, spec.scale ?? 'none');
  const xTrain = prep.x;
  const xVal = applyTransform(takeRows(enc.x, split.validation), prep.transform);
  const names = prep.transform.terms ? prep.transform.terms.map((e) => termName(enc.baseNames, e)) : enc.baseNames;
  const est = makeEstimator(spec.model, method, spec.options ?? {}, {
    seed: spec.seed ?? 0,
    ...(enc.encoding.classes && { classes: enc.encoding.classes.length }),
  });
  // Only a linear model has a line or boundary to draw over its rows.
  if (entryForMethod(spec.model, method).capabilities.linearCoefficients)
    control?.onTrainingData?.({
      x: xTrainRaw,
      y: yTrain,
      inputs: enc.baseNames,
      ...(enc.encoding.classes && { classes: enc.encoding.classes }),
    });
  const live = liveWeightsControl(control, prep.transform, xTrain.cols);
  est.fit(xTrain, yTrain, { ...(split.validation.length > 0 && { validation: { x: xVal, y: yVal } }), ...(live && { control: live }) });
  let comparison: LeastSquaresVsDescent | undefined;
  if (spec.compare) {
    if (methodSpec(spec.model, method)?.estimator !== 'GradientDescentRegressor')
      throw new FitplotError({
        code: 'BAD_OPTION',
        key: 'model.error.compareNeedsDescent',
        message: 'The least-squares comparison needs a linear gradient-descent method (gd, minibatch or sgd).',
      });
    comparison = compareLeastSquaresDescent(xTrain, yTrain, (est as GradientDescentRegressor).options);
  }
  return { est, method, transform: prep.transform, names, xTrainRaw, xTrain, yTrain, xVal, yVal, imputed: prep.imputed, comparison };
}
