/**
 * What the Explain panel shows of a fit, as codes and numbers (no prose): which formulas describe
 * the method, one real update step of a descent, and the normal equations of least squares. The
 * app words and typesets them (renderer/features/models/explain/); the engine never holds LaTeX.
 */

/** The quantity the method minimises. */
export type ObjectiveId = 'leastSquares' | 'ridge' | 'lasso' | 'elasticNet' | 'halfMse' | 'crossEntropy' | 'softmaxCrossEntropy';
/** How its gradient is written. */
export type GradientId = 'leastSquares' | 'ridge' | 'lassoSubgradient' | 'elasticNetSubgradient' | 'squaredError' | 'crossEntropy' | 'softmaxCrossEntropy';
/** How the weights are found or updated. */
export type UpdateId = 'normalEquations' | 'ridgeNormalEquations' | 'coordinateDescent' | 'descentStep' | 'newtonStep' | 'lbfgs';

export interface DescentStepExplanation {
  /** Rows in the first step (1 per-sample, batchSize for mini-batch, all training rows for batch). */
  readonly batchRows: number;
  /** Training-row positions of the first step's rows (0-based, after any shuffle), at most MAX_LISTED_ROWS. */
  readonly rows: number[];
  readonly learningRate: number;
  readonly penalty: 'none' | 'l1' | 'l2';
  /** λ of the mean-form penalty (0 without penalty). */
  readonly alpha: number;
  /** Linear outputs K (1, or one per class for softmax); weights are K×p, row-major. */
  readonly outputs: number;
  readonly weightsBefore: number[];
  readonly interceptsBefore: number[];
  /** Mean gradient of the loss over the step's rows (penalty not included). */
  readonly gradWeights: number[];
  readonly gradIntercepts: number[];
  readonly weightsAfter: number[];
  readonly interceptsAfter: number[];
  /** Mean loss of the step's rows at the starting weights. */
  readonly batchLoss: number;
  /** Per-sample steps: the row itself — inputs, target, output z and ∂loss/∂z (the course's error). */
  readonly sample?: { readonly x: number[]; readonly y: number; readonly z: number[]; readonly dz: number[] };
}

export type NormalEquationsExplanation =
  | {
      readonly shown: true;
      /** Unknowns in order: '(intercept)' first when fitted, then the features. */
      readonly unknowns: string[];
      /** XᵀX (+ α on the feature diagonal for ridge), with the column of ones for the intercept. */
      readonly matrix: number[][];
      /** Xᵀy. */
      readonly rhs: number[];
      /** The fitted coefficients in the order of `unknowns`: the solution of matrix · β = rhs. */
      readonly solution: number[];
      readonly alpha?: number;
    }
  | { readonly shown: false; readonly unknowns: number; readonly max: number };

export interface Explanation {
  readonly family: string;
  readonly method: string;
  readonly objective: ObjectiveId;
  readonly gradient: GradientId;
  readonly update: UpdateId;
  readonly penalty: 'none' | 'l1' | 'l2';
  /** Model inputs the numbers refer to (after polynomial terms and scaling). */
  readonly features: string[];
  readonly step?: DescentStepExplanation;
  readonly normalEquations?: NormalEquationsExplanation;
}
