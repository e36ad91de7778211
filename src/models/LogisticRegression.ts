/**
 * Logistic regression, binary (sigmoid) or multinomial (softmax over K ≥ 3 classes).
 *
 * Objective (mean form): (1/n) Σ cross-entropy + λ·R(W), R = ½‖W‖² (l2) | ‖W‖₁ (l1) | 0, intercepts
 * not penalised. Regularisation is given either as scikit-learn's C or as alpha (= λ directly):
 *     sklearn `LogisticRegression(C, penalty)` minimises C·Σ CE + R(W)  ⇔  λ = 1/(n·C).
 * Solvers: 'newton' (IRLS / Newton for l2 or none; for binary l1 proximal Newton with coordinate
 * descent, as liblinear), 'lbfgs' (limited-memory quasi-Newton, gradients only: scales to many
 * classes; l1 falls back to the l1 solvers),
 * 'fista' (proximal gradient, any penalty; used for multinomial l1), or gradient descent 'gd' | 'minibatch' | 'sgd' (the course's sigmoid neuron)
 * with every option of the gradient-descent engine.
 * y holds class indices 0..K−1; for binary problems 1 is the positive class.
 *
 * This file is the estimator: its options, the checks on y, the fitted state, the problem the
 * Explain panel replays, its report and JSON. Running the solvers is logisticSolverRun.ts,
 * prediction from the parameters logisticPrediction.ts.
 */
import type { DenseMatrix } from '../linalg';
import { FitplotError } from '../table/errors';
import type { Message } from '../table/messages';
import { msg } from '../table/messages';
import type { DescentProblem, Estimator, EstimatorJSON, FitInfo, FitOptions, StopReason } from './estimatorContract';
import { checkFeatures, checkXY, notFitted, paramsFromJSON, paramsToJSON } from './estimatorContract';
import type { GradientDescentOptions } from './descentOptions';
import { descentSettings } from './descentOptions';
import type { DescentResult } from './descentMonitor';
import { descentInfo } from './descentMonitor';
import type { LinearParameters } from './linear';
import type { LogisticProblem } from './logisticObjective';
import { lossFor, objectiveOf } from './logisticObjective';
import type { DescentSolver, SolverUsed } from './logisticSolverRun';
import { isDescentSolver, runDescentSolver, runFullBatchSolver, solverTol } from './logisticSolverRun';
import { accuracyOf, predictClasses, probabilities } from './logisticPrediction';
import type { TrainingCurves } from './curves';

export type LogisticSolver = 'newton' | 'lbfgs' | 'fista' | 'gd' | 'minibatch' | 'sgd';

export interface LogisticRegressionOptions extends Omit<GradientDescentOptions, 'method' | 'alpha' | 'penalty'> {
  readonly solver?: LogisticSolver;
  readonly penalty?: 'none' | 'l1' | 'l2';
  /** Inverse regularisation strength as in scikit-learn (default 1 when neither C nor alpha is given). */
  readonly C?: number;
  /** λ of the mean-form objective; overrides C when given. */
  readonly alpha?: number;
  /** Number of classes (default: max(y) + 1). */
  readonly classes?: number;
  /** Probability of class 1 at or above which a row is predicted positive (binary; default 0.5). */
  readonly threshold?: number;
  readonly maxIter?: number;
}

export class LogisticRegression implements Estimator {
  readonly kind = 'LogisticRegression';
  readonly options: LogisticRegressionOptions;
  private params: LinearParameters | undefined;
  classes = 0;
  /** λ actually used (from C or alpha). */
  lambda = 0;
  solverUsed: SolverUsed | undefined;
  iterations = 0;
  converged = false;
  /** True when the training classes are perfectly separable (unpenalised: no finite optimum exists). */
  separated = false;
  descent: Omit<DescentResult, 'params'> | undefined;
  curves: TrainingCurves | undefined;
  stopReason: StopReason | undefined;
  warnings: Message[] = [];

  constructor(options: LogisticRegressionOptions = {}) {
    this.options = { ...options };
    const { C, threshold } = options;
    if (C !== undefined && !(C > 0))
      throw new FitplotError({
        code: 'BAD_OPTION',
        key: 'model.option.outOfRange',
        params: { option: 'C', value: C, min: 0 },
        message: `LogisticRegression: C must be > 0, got ${C}.`,
        hint: 'Use --penalty none for no regularisation.',
      });
    if (threshold !== undefined && !(threshold > 0 && threshold < 1))
      throw new FitplotError({ code: 'BAD_OPTION', message: `LogisticRegression: the threshold must be in (0, 1), got ${threshold}.` });
  }

  fit(x: DenseMatrix, y: ArrayLike<number>, fitOptions: FitOptions = {}): this {
    checkXY(this.kind, x, y);
    let maxY = 0;
    for (let i = 0; i < y.length; i++) {
      const v = y[i]!;
      if (!(Number.isInteger(v) && v >= 0))
        throw new FitplotError({
          code: 'BAD_OPTION',
          message: `LogisticRegression: class labels must be indices 0, 1, …; row ${i + 1} has ${v}.`,
        });
      maxY = Math.max(maxY, v);
    }
    const k = Math.max(this.options.classes ?? 0, maxY + 1);
    if (k < 2)
      throw new FitplotError({
        code: 'NOT_ENOUGH_DATA',
        message: 'LogisticRegression: the target has only one class in the training rows.',
        hint: 'Check the target column, or use a stratified split.',
      });
    this.classes = k;
    const n = x.rows;
    const penalty = this.options.penalty ?? 'l2';
    this.lambda = penalty === 'none' ? 0 : (this.options.alpha ?? 1 / (n * (this.options.C ?? 1)));
    const solver = this.options.solver ?? 'newton';
    const r = isDescentSolver(solver)
      ? runDescentSolver(x, y, k, this.descentOptions(solver, penalty), this.threshold, fitOptions)
      : runFullBatchSolver(
          { x, y, classes: k, penalty, lambda: this.lambda, fitIntercept: this.options.fitIntercept ?? true },
          solver,
          { maxIter: this.options.maxIter, tol: this.options.tol },
          this.threshold,
          fitOptions,
        );
    this.params = r.params;
    this.solverUsed = r.solverUsed;
    this.iterations = r.iterations;
    this.converged = r.converged;
    this.separated = r.separated;
    this.curves = r.curves;
    this.stopReason = r.stopReason;
    this.descent = r.descent;
    this.warnings = r.warnings;
    if (!this.separated && accuracyOf(y, this.predict(x)) === 1) this.warnings.push(msg('model.warning.trainingAccuracyOne'));
    return this;
  }

  /** The epoch loop's options for a descent solver: the penalty's strength as λ. */
  private descentOptions(solver: DescentSolver, penalty: 'none' | 'l1' | 'l2'): GradientDescentOptions {
    return { ...this.options, method: solver === 'gd' ? 'batch' : solver, penalty, alpha: this.lambda };
  }

  /**
   * The problem Newton or L-BFGS solved, on the fit's training rows (x, y), without its
   * progress hook: the Explain panel replays the first iteration. Undefined for the other solvers.
   */
  iterationProblem(x: DenseMatrix, y: ArrayLike<number>): LogisticProblem | undefined {
    if (this.solverUsed !== 'newton' && this.solverUsed !== 'lbfgs') return undefined;
    const lbfgs = this.solverUsed === 'lbfgs';
    return {
      x,
      y,
      classes: this.classes,
      penalty: this.options.penalty ?? 'l2',
      lambda: this.lambda,
      fitIntercept: this.options.fitIntercept ?? true,
      maxIter: 1,
      tol: solverTol(this.options.tol, lbfgs),
    };
  }

  descentProblem(): DescentProblem | undefined {
    const solver = this.options.solver ?? 'newton';
    if (this.solverUsed !== 'gd' || !isDescentSolver(solver)) return undefined;
    return { loss: lossFor(this.classes), options: this.descentOptions(solver, this.options.penalty ?? 'l2') };
  }

  get threshold(): number {
    return this.options.threshold ?? 0.5;
  }

  /** sklearn's objective value C·Σ CE + R(W) for these data (for comparisons with scikit-learn). */
  sklearnObjective(x: DenseMatrix, y: ArrayLike<number>, C: number): number {
    const penalty = this.options.penalty ?? 'l2';
    const n = x.rows;
    const j = objectiveOf(
      { x, y, classes: this.classes, penalty, lambda: 1 / (n * C), fitIntercept: true, maxIter: 0, tol: 0 },
      this.parameters(),
    );
    return n * C * j;
  }

  parameters(): LinearParameters {
    if (!this.params) throw notFitted(this.kind);
    return this.params;
  }

  get coef(): Float64Array {
    return this.parameters().weights;
  }

  get intercept(): Float64Array {
    return this.parameters().intercepts;
  }

  /** n×K probabilities, row-major (binary: K = 2, column 1 = positive class). */
  predictProba(x: DenseMatrix): Float64Array {
    const p = this.parameters();
    checkFeatures(this.kind, x, p.features);
    return probabilities(x, p);
  }

  predict(x: DenseMatrix): Float64Array {
    const p = this.parameters();
    checkFeatures(this.kind, x, p.features);
    return predictClasses(x, p, this.threshold);
  }

  score(x: DenseMatrix, y: ArrayLike<number>): number {
    return accuracyOf(y, this.predict(x));
  }

  fitInfo(): FitInfo {
    if (!this.solverUsed) throw notFitted(this.kind);
    const penalty = this.options.penalty ?? 'l2';
    // The penalty's strength as λ (mean form) and, unless given as alpha, scikit-learn's C = 1/(n·λ).
    const strength =
      penalty === 'none'
        ? {}
        : { lambda: this.lambda, ...(this.options.alpha === undefined ? { C: this.options.C ?? 1 } : { alpha: this.options.alpha }) };
    const common = { penalty, ...strength, threshold: this.threshold };
    if (this.descent) {
      return {
        solver: `gradient descent (${this.options.solver})`,
        settings: { ...descentSettings({ ...this.options, penalty: 'none' }), ...common },
        ...descentInfo(this.descent, this.options),
        separation: this.separated,
        warnings: this.warnings,
      };
    }
    return {
      solver: this.solverUsed,
      settings: common,
      stopReason: this.stopReason ?? 'converged',
      epochsRun: this.iterations,
      converged: this.converged,
      separation: this.separated,
      warnings: this.warnings,
    };
  }

  toJSON(): EstimatorJSON {
    return paramsToJSON(this.kind, this.options, this.parameters(), {
      classes: this.classes,
      lambda: this.lambda,
      solverUsed: this.solverUsed,
      separated: this.separated,
    });
  }

  static fromJSON(j: EstimatorJSON): LogisticRegression {
    const m = new LogisticRegression(j.options as LogisticRegressionOptions);
    m.params = paramsFromJSON(j);
    m.classes = Number(j.state.classes ?? (m.params.outputs === 1 ? 2 : m.params.outputs));
    m.lambda = Number(j.state.lambda ?? 0);
    return m;
  }
}
