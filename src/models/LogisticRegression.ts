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
 */
import type { DenseMatrix } from '../linalg';
import { FitplotError } from '../table/errors';
import type { Message } from '../table/messages';
import { msg } from '../table/messages';
import type { DescentProblem, Estimator, EstimatorJSON, FitInfo, FitOptions, StopReason } from './estimatorContract';
import { checkFeatures, checkXY, notFitted, paramsFromJSON, paramsToJSON } from './estimatorContract';
import type { DescentResult, GradientDescentOptions } from './gradientDescent';
import { descentInfo, descentSettings, gradientDescent } from './gradientDescent';
import type { LinearParameters } from './linear';
import { linearOutputs, lossAndMetric } from './linear';
import { sigmoid, softmaxInto } from './losses';
import type { LogisticProblem, SolverResult } from './logisticSolvers';
import { lossFor, newtonLogistic, objectiveOf } from './logisticSolvers';
import { proximalGradientLogistic } from './logisticFista';
import { lbfgsLogistic } from './logisticLbfgs';
import { proximalNewtonL1 } from './logisticL1';
import type { TrainingCurves } from './curves';
import { emptyCurves } from './curves';

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
  solverUsed: 'newton' | 'newton-l1' | 'lbfgs' | 'fista' | 'gd' | undefined;
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
    const fitIntercept = this.options.fitIntercept ?? true;
    this.warnings = [];
    if (solver === 'gd' || solver === 'minibatch' || solver === 'sgd') {
      const hooks = {
        metric: 'accuracy' as const,
        threshold: this.threshold,
        ...(fitOptions.validation && { validation: fitOptions.validation }),
        ...(fitOptions.control && { control: fitOptions.control }),
      };
      const { params, ...rest } = gradientDescent({ x, y }, lossFor(k), this.descentOptions(solver, penalty), hooks);
      this.params = params;
      this.descent = rest;
      this.curves = rest.curves;
      this.iterations = rest.epochsRun;
      this.converged = rest.stopReason !== 'diverged';
      this.stopReason = rest.stopReason;
      this.solverUsed = 'gd';
      if (rest.message) this.warnings.push(rest.message);
    } else {
      const useFista = solver === 'fista' || (penalty === 'l1' && k > 2);
      const useL1Newton = !useFista && penalty === 'l1';
      const useLbfgs = !useFista && !useL1Newton && solver === 'lbfgs';
      const curves = emptyCurves('accuracy');
      const record = curveRecorder(curves, k, x, y, fitOptions, this.threshold);
      const maxIter = this.options.maxIter ?? (useFista ? 100000 : useLbfgs ? 1000 : 100);
      const control = fitOptions.control;
      const start = performance.now();
      let stopped = false;
      const problem: LogisticProblem = {
        x,
        y,
        classes: k,
        penalty,
        lambda: this.lambda,
        fitIntercept,
        maxIter,
        tol: this.solverTol(useLbfgs),
        onIteration: (p, objective) => {
          record(p, objective);
          // The iterate as the live weights: a reader, so nothing is copied unless a front end draws it.
          control?.onEpoch?.(progressOf(curves, maxIter, performance.now() - start), () => p);
          stopped = control?.shouldStop?.() === true;
          return !stopped;
        },
      };
      const r: SolverResult = useFista
        ? proximalGradientLogistic(problem)
        : useL1Newton
          ? proximalNewtonL1(problem)
          : useLbfgs
            ? lbfgsLogistic(problem)
            : newtonLogistic(problem);
      this.params = r.params;
      this.iterations = r.iterations;
      this.converged = r.converged;
      this.separated = r.separated;
      this.solverUsed = useFista ? 'fista' : useL1Newton ? 'newton-l1' : useLbfgs ? 'lbfgs' : 'newton';
      this.curves = curves;
      this.stopReason = r.separated ? 'separation' : stopped ? 'stopped' : r.converged ? 'converged' : 'maxEpochs';
      if (r.separated) this.warnings.push(msg('model.warning.separation'));
      else if (stopped) this.warnings.push(msg('model.warning.stopped', { epoch: r.iterations, epochs: maxIter }));
      else if (!r.converged) this.warnings.push(msg('model.warning.notConverged', { solver: this.solverUsed, iterations: r.iterations }));
    }
    if (!this.separated && accuracyOf(y, this.predict(x)) === 1) this.warnings.push(msg('model.warning.trainingAccuracyOne'));
    return this;
  }

  /** The epoch loop's options for a descent solver: the penalty's strength as λ. */
  private descentOptions(solver: 'gd' | 'minibatch' | 'sgd', penalty: 'none' | 'l1' | 'l2'): GradientDescentOptions {
    return { ...this.options, method: solver === 'gd' ? 'batch' : solver, penalty, alpha: this.lambda };
  }

  /** ‖∇J‖∞ at which Newton and L-BFGS stop: Newton gets there in a few steps, L-BFGS's linear rate needs a looser default. */
  private solverTol(lbfgs: boolean): number {
    return this.options.tol ?? (lbfgs ? 1e-6 : 1e-10);
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
      tol: this.solverTol(lbfgs),
    };
  }

  descentProblem(): DescentProblem | undefined {
    const solver = this.options.solver ?? 'newton';
    if (this.solverUsed !== 'gd' || (solver !== 'gd' && solver !== 'minibatch' && solver !== 'sgd')) return undefined;
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

export function probabilities(x: DenseMatrix, p: LinearParameters): Float64Array {
  const z = linearOutputs(x, p);
  const n = x.rows;
  if (p.outputs === 1) {
    const out = new Float64Array(n * 2);
    for (let i = 0; i < n; i++) {
      const s = sigmoid(z[i]!);
      out[2 * i] = 1 - s;
      out[2 * i + 1] = s;
    }
    return out;
  }
  const k = p.outputs;
  const out = new Float64Array(n * k);
  for (let i = 0; i < n; i++) softmaxInto(z.subarray(i * k, i * k + k), out, i * k);
  return out;
}

export function predictClasses(x: DenseMatrix, p: LinearParameters, threshold: number): Float64Array {
  const n = x.rows;
  if (p.outputs === 1) {
    // Binary: the same σ(z) ≥ threshold test as below, without the n×2 probability matrix.
    const z = linearOutputs(x, p);
    for (let i = 0; i < n; i++) z[i] = sigmoid(z[i]!) >= threshold ? 1 : 0;
    return z;
  }
  const proba = probabilities(x, p);
  const k = p.outputs;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let c = 1; c < k; c++) if (proba[i * k + c]! > proba[i * k + best]!) best = c;
    out[i] = best;
  }
  return out;
}

function accuracyOf(y: ArrayLike<number>, pred: ArrayLike<number>): number {
  let ok = 0;
  for (let i = 0; i < y.length; i++) if (y[i] === pred[i]) ok++;
  return ok / y.length;
}

/** Records train/validation cross-entropy and accuracy for one iterate (one point of the curves). */
function curveRecorder(
  curves: TrainingCurves,
  classes: number,
  x: DenseMatrix,
  y: ArrayLike<number>,
  fitOptions: FitOptions,
  threshold: number,
) {
  const loss = lossFor(classes);
  return (p: LinearParameters, objective: number) => {
    curves.epochs.push(curves.epochs.length + 1);
    curves.objective.push(objective);
    const t = lossAndMetric(x, y, p, loss, 'accuracy', threshold);
    curves.trainLoss.push(t.loss);
    curves.trainMetric.push(t.metric);
    const v = fitOptions.validation;
    if (v && v.x.rows > 0) {
      const e = lossAndMetric(v.x, v.y, p, loss, 'accuracy', threshold);
      curves.validationLoss.push(e.loss);
      curves.validationMetric.push(e.metric);
    }
  };
}

/** The progress of a full-batch solver after its latest iteration, read off the curves it records. */
function progressOf(curves: TrainingCurves, epochs: number, elapsedMs: number) {
  const last = curves.epochs.length - 1;
  const hasValidation = curves.validationLoss.length > last;
  return {
    epoch: curves.epochs[last]!,
    epochs,
    trainLoss: curves.trainLoss[last]!,
    trainMetric: curves.trainMetric[last]!,
    ...(hasValidation && { validationLoss: curves.validationLoss[last]!, validationMetric: curves.validationMetric[last]! }),
    elapsedMs,
  };
}
