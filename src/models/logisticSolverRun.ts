/**
 * Runs the solver a LogisticRegression fit asked for and says what came of it, the same way for
 * every solver: the parameters, iterations, convergence, the training curves, why it stopped and
 * the warnings. Which solver really runs is decided here: l1 goes to proximal Newton (binary) or
 * FISTA (multinomial) whatever was asked; gd / minibatch / sgd go to the gradient-descent engine.
 * The full-batch solvers record one curve point per iteration and report progress through the
 * caller's FitControl, as the descent engine does per epoch.
 */
import type { DenseMatrix } from '../linalg';
import type { Message } from '../table/messages';
import { msg } from '../table/messages';
import type { FitOptions, StopReason } from './estimatorContract';
import type { GradientDescentOptions } from './descentOptions';
import type { DescentResult } from './descentMonitor';
import { gradientDescent } from './gradientDescent';
import type { LinearParameters } from './linear';
import { lossAndMetric } from './linear';
import type { LogisticProblem, SolverResult } from './logisticObjective';
import { lossFor } from './logisticObjective';
import { newtonLogistic } from './logisticNewton';
import { proximalGradientLogistic } from './logisticFista';
import { lbfgsLogistic } from './logisticLbfgs';
import { proximalNewtonL1 } from './logisticL1';
import type { TrainingCurves } from './curves';
import { emptyCurves } from './curves';

export type DescentSolver = 'gd' | 'minibatch' | 'sgd';
export type SolverUsed = 'newton' | 'newton-l1' | 'lbfgs' | 'fista' | 'gd';

/** What one fit settled, whichever solver ran. */
export interface LogisticFitOutcome {
  readonly params: LinearParameters;
  readonly solverUsed: SolverUsed;
  readonly iterations: number;
  readonly converged: boolean;
  readonly separated: boolean;
  readonly curves: TrainingCurves;
  readonly stopReason: StopReason;
  readonly warnings: Message[];
  /** The descent engine's run (descent solvers only). */
  readonly descent?: Omit<DescentResult, 'params'>;
}

export function isDescentSolver(solver: string): solver is DescentSolver {
  return solver === 'gd' || solver === 'minibatch' || solver === 'sgd';
}

/** ‖∇J‖∞ at which Newton and L-BFGS stop: Newton gets there in a few steps, L-BFGS's linear rate needs a looser default. */
export function solverTol(tol: number | undefined, lbfgs: boolean): number {
  return tol ?? (lbfgs ? 1e-6 : 1e-10);
}

/** gd / minibatch / sgd: the epoch loop on the cross-entropy, with the penalty's strength as λ in `options`. */
export function runDescentSolver(
  x: DenseMatrix,
  y: ArrayLike<number>,
  classes: number,
  options: GradientDescentOptions,
  threshold: number,
  fitOptions: FitOptions,
): LogisticFitOutcome {
  const hooks = {
    metric: 'accuracy' as const,
    threshold,
    ...(fitOptions.validation && { validation: fitOptions.validation }),
    ...(fitOptions.control && { control: fitOptions.control }),
  };
  const { params, ...rest } = gradientDescent({ x, y }, lossFor(classes), options, hooks);
  return {
    params,
    solverUsed: 'gd',
    iterations: rest.epochsRun,
    converged: rest.stopReason !== 'diverged',
    separated: false,
    curves: rest.curves,
    stopReason: rest.stopReason,
    warnings: rest.message ? [rest.message] : [],
    descent: rest,
  };
}

/** Newton, L-BFGS or FISTA as asked — l1 by proximal Newton (binary) or FISTA (multinomial) — on `problem`. */
export function runFullBatchSolver(
  problem: Omit<LogisticProblem, 'maxIter' | 'tol' | 'onIteration'>,
  solver: 'newton' | 'lbfgs' | 'fista',
  limits: { readonly maxIter: number | undefined; readonly tol: number | undefined },
  threshold: number,
  fitOptions: FitOptions,
): LogisticFitOutcome {
  const { x, y, classes: k, penalty } = problem;
  const useFista = solver === 'fista' || (penalty === 'l1' && k > 2);
  const useL1Newton = !useFista && penalty === 'l1';
  const useLbfgs = !useFista && !useL1Newton && solver === 'lbfgs';
  const curves = emptyCurves('accuracy');
  const record = curveRecorder(curves, k, x, y, fitOptions, threshold);
  const maxIter = limits.maxIter ?? (useFista ? 100000 : useLbfgs ? 1000 : 100);
  const control = fitOptions.control;
  const start = performance.now();
  let stopped = false;
  const run: LogisticProblem = {
    ...problem,
    maxIter,
    tol: solverTol(limits.tol, useLbfgs),
    onIteration: (p, objective) => {
      record(p, objective);
      // The iterate as the live weights: a reader, so nothing is copied unless a front end draws it.
      control?.onEpoch?.(progressOf(curves, maxIter, performance.now() - start), () => p);
      stopped = control?.shouldStop?.() === true;
      return !stopped;
    },
  };
  const r: SolverResult = useFista
    ? proximalGradientLogistic(run)
    : useL1Newton
      ? proximalNewtonL1(run)
      : useLbfgs
        ? lbfgsLogistic(run)
        : newtonLogistic(run);
  const solverUsed = useFista ? 'fista' : useL1Newton ? 'newton-l1' : useLbfgs ? 'lbfgs' : 'newton';
  const warnings: Message[] = [];
  if (r.separated) warnings.push(msg('model.warning.separation'));
  else if (stopped) warnings.push(msg('model.warning.stopped', { epoch: r.iterations, epochs: maxIter }));
  else if (!r.converged) warnings.push(msg('model.warning.notConverged', { solver: solverUsed, iterations: r.iterations }));
  return {
    params: r.params,
    solverUsed,
    iterations: r.iterations,
    converged: r.converged,
    separated: r.separated,
    curves,
    stopReason: r.separated ? 'separation' : stopped ? 'stopped' : r.converged ? 'converged' : 'maxEpochs',
    warnings,
  };
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
