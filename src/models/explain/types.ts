/**
 * What the Explain panel shows of a fit, as codes and numbers (no prose): which formulas describe
 * the method, one real update step of a descent, and the normal equations of least squares. The
 * app words and typesets them (renderer/features/models/explain/); the engine never holds LaTeX.
 */

/** The quantity the method minimises. */
export type ObjectiveId = 'leastSquares' | 'ridge' | 'lasso' | 'elasticNet' | 'halfMse' | 'crossEntropy' | 'softmaxCrossEntropy';
/** How its gradient is written. */
export type GradientId =
  'leastSquares' | 'ridge' | 'lassoSubgradient' | 'elasticNetSubgradient' | 'squaredError' | 'crossEntropy' | 'softmaxCrossEntropy';
/** How the weights are found or updated. */
export type UpdateId = 'normalEquations' | 'ridgeNormalEquations' | 'coordinateDescent' | 'descentStep' | 'newtonStep' | 'lbfgs';

/**
 * One update of a linear model's parameters: K outputs (1, or one per class for softmax), weights
 * K×p row-major and K intercepts, before and after, with the gradient that moved them.
 */
export interface ParameterUpdate {
  readonly outputs: number;
  readonly weightsBefore: number[];
  readonly interceptsBefore: number[];
  /** Descent: the mean gradient of the step's rows (penalty not included); Newton, L-BFGS: ∇J at θ₀ (penalty included). */
  readonly gradWeights: number[];
  readonly gradIntercepts: number[];
  readonly weightsAfter: number[];
  readonly interceptsAfter: number[];
}

export interface DescentStepExplanation extends ParameterUpdate {
  /** Rows in the first step (1 per-sample, batchSize for mini-batch, all training rows for batch). */
  readonly batchRows: number;
  /** Training-row positions of the first step's rows (0-based, after any shuffle), at most MAX_LISTED_ROWS. */
  readonly rows: number[];
  readonly learningRate: number;
  readonly penalty: 'none' | 'l1' | 'l2';
  /** λ of the mean-form penalty (0 without penalty). */
  readonly alpha: number;
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

/** A square matrix of the run, or why it is not written out (more unknowns than `max`). */
export type ShownMatrix =
  { readonly shown: true; readonly matrix: number[][] } | { readonly shown: false; readonly unknowns: number; readonly max: number };

/**
 * The first iteration of a logistic Newton or L-BFGS fit from θ₀ = 0, with the solver's own
 * numbers (K = 1 binary, one per class for softmax). J is the mean cross-entropy plus the penalty.
 */
export interface SolverStepExplanation extends ParameterUpdate {
  /** λ of the l2 term (0 without penalty). */
  readonly lambda: number;
  readonly lossBefore: number;
  readonly lossAfter: number;
}

export interface NewtonStepExplanation extends SolverStepExplanation {
  /** Δ = H⁻¹∇J; θ₁ = θ₀ − tΔ. */
  readonly directionWeights: number[];
  readonly directionIntercepts: number[];
  /** Armijo step length the solver took (1, halved until J decreased enough). */
  readonly stepLength: number;
  /** H in the order (b, w₁…w_p) per output, as the solver factored it; shown for few unknowns only. */
  readonly hessian: ShownMatrix;
}

export interface LbfgsStepExplanation extends SolverStepExplanation {
  /** θ₁ = θ₀ − s·∇J: with no curvature pairs yet the first L-BFGS step is along the gradient; s as taken. */
  readonly stepAlongGradient: number;
}

/** The first sweep of coordinate descent from w = 0 over the centred features, in the mean form the formulas use. */
export interface CoordinateSweepExplanation {
  readonly alpha: number;
  readonly l1Ratio: number;
  /** αρ, the soft-threshold of every coordinate. */
  readonly threshold: number;
  /** Per feature, in sweep order: w_j before, z_j = (1/n)·x̃_jᵀr⁽ʲ⁾, the denominator (1/n)‖x̃_j‖² + α(1 − ρ), w_j after. */
  readonly before: number[];
  readonly correlation: number[];
  readonly denominator: number[];
  readonly after: number[];
  /** Feature positions with a constant column: skipped by the sweep (their weight stays 0). */
  readonly skipped: number[];
  /** b = ȳ − x̄ᵀw after the sweep (absent without an intercept). */
  readonly intercept?: number;
}

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
  readonly newton?: NewtonStepExplanation;
  readonly lbfgs?: LbfgsStepExplanation;
  readonly coordinateSweep?: CoordinateSweepExplanation;
}
