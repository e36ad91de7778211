/**
 * The fitted preprocessing chain as plain data, applied in one order everywhere (fit, validation,
 * cross-validation folds and `predict` on new files): impute → polynomial terms → scale.
 * Every statistic (imputation values, scaler offsets) is fitted on the training rows only.
 */
import type { DenseMatrix } from '../../linalg';
import type { ImputerJSON, MissingStrategy } from './impute';
import { applyImputer, fitImputer } from './impute';
import { polynomialExpand, polynomialTerms } from './polynomial';
import type { ScalerJSON, ScalingKind } from './scaling';
import { applyScaling, makeScaler } from './scaling';

export interface TransformJSON {
  readonly missing: MissingStrategy;
  readonly imputer?: ImputerJSON;
  readonly degree: number;
  /** Exponent vectors when degree > 1. */
  readonly terms?: number[][];
  readonly scaler: ScalerJSON;
}

export function fitTransform(
  xTrain: DenseMatrix,
  missing: MissingStrategy,
  degree: number,
  scale: ScalingKind,
): { transform: TransformJSON; x: DenseMatrix; imputed: number[] } {
  let x = xTrain;
  let imputer: ImputerJSON | undefined;
  let imputed = new Array<number>(x.cols).fill(0);
  if (missing !== 'drop') {
    imputer = fitImputer(x, missing);
    const r = applyImputer(x, imputer);
    x = r.x;
    imputed = r.filled;
  }
  const terms = degree > 1 ? polynomialTerms(x.cols, degree) : undefined;
  if (terms) x = polynomialExpand(x, terms);
  const scaler: ScalerJSON = scale === 'none' ? { kind: 'none', offset: [], scale: [] } : makeScaler(scale).fit(x).toJSON();
  x = applyScaling(x, scaler);
  return { transform: { missing, ...(imputer && { imputer }), degree, ...(terms && { terms }), scaler }, x, imputed };
}

export function applyTransform(x0: DenseMatrix, t: TransformJSON): DenseMatrix {
  let x = x0;
  if (t.imputer) x = applyImputer(x, t.imputer).x;
  if (t.terms) x = polynomialExpand(x, t.terms);
  return applyScaling(x, t.scaler);
}
