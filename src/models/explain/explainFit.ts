/**
 * The Explain panel's data for a fitted linear or logistic model: the formula ids of its method,
 * the first descent step replayed with the run's numbers, and for least squares (ols, ridge) the
 * normal equations with the fitted solution, for logistic Newton and L-BFGS their first iteration,
 * for lasso and elastic net the first coordinate sweep. Other families (the MLP) have no explanation.
 */
import type { DenseMatrix } from '../../linalg';
import type { MethodSpec } from '../specs';
import { effectiveOption } from '../specs';
import type { Trained } from '../fit/trainStage';
import type { FitSpec } from '../fit/fitSpec';
import { firstDescentStep } from './descentStep';
import { normalEquations } from './normalEquations';
import { firstNewtonStep } from './newtonStep';
import { firstLbfgsStep } from './lbfgsStep';
import { firstCoordinateSweep } from './coordinateSweep';
import { LogisticRegression } from '../LogisticRegression';
import { ElasticNet } from '../ElasticNet';
import type { Explanation, GradientId, ObjectiveId, UpdateId } from './types';

type Formulas = { objective: ObjectiveId; gradient: GradientId; update: UpdateId };

const LINEAR: Readonly<Record<string, Formulas>> = {
  ols: { objective: 'leastSquares', gradient: 'leastSquares', update: 'normalEquations' },
  ridge: { objective: 'ridge', gradient: 'ridge', update: 'ridgeNormalEquations' },
  lasso: { objective: 'lasso', gradient: 'lassoSubgradient', update: 'coordinateDescent' },
  elasticnet: { objective: 'elasticNet', gradient: 'elasticNetSubgradient', update: 'coordinateDescent' },
};
const LINEAR_DESCENT: Formulas = { objective: 'halfMse', gradient: 'squaredError', update: 'descentStep' };

function logisticFormulas(method: string, classes: number): Formulas {
  const loss = classes > 2 ? 'softmaxCrossEntropy' : 'crossEntropy';
  const update: UpdateId = method === 'newton' ? 'newtonStep' : method === 'lbfgs' ? 'lbfgs' : 'descentStep';
  return { objective: loss, gradient: loss, update };
}

/**
 * Newton's or L-BFGS's first iteration. iterationProblem is undefined for the other solvers, among
 * them Newton with an l1 penalty (the proximal solver, not newtonLogistic): formulas only then.
 */
function solverStep(est: LogisticRegression, x: DenseMatrix, y: ArrayLike<number>): Pick<Explanation, 'newton' | 'lbfgs'> {
  const problem = est.iterationProblem(x, y);
  const newton = problem && est.solverUsed === 'newton' ? firstNewtonStep(problem) : undefined;
  const lbfgs = problem && est.solverUsed === 'lbfgs' ? firstLbfgsStep(problem) : undefined;
  return { ...(newton && { newton }), ...(lbfgs && { lbfgs }) };
}

export function explainFit(spec: FitSpec, method: MethodSpec, trained: Trained, classes: number | undefined): Explanation | undefined {
  if (spec.model !== 'linear' && spec.model !== 'logistic') return undefined;
  const option = (name: string) => effectiveOption(spec.model, method, spec.options ?? {}, name);
  const formulas = spec.model === 'linear' ? (LINEAR[method.method] ?? LINEAR_DESCENT) : logisticFormulas(method.method, classes ?? 2);
  const penalty = formulas.objective === 'leastSquares' ? 'none' : (option('penalty') as Explanation['penalty']);
  const problem = trained.est.descentProblem?.();
  const params = trained.est.parameters?.();
  const leastSquares = formulas.update === 'normalEquations' || formulas.update === 'ridgeNormalEquations';
  const { est, xTrain, yTrain } = trained;
  return {
    family: spec.model,
    method: method.method,
    ...formulas,
    penalty,
    features: trained.names,
    ...(problem && { step: firstDescentStep(trained.xTrain, trained.yTrain, problem) }),
    ...(leastSquares &&
      params && {
        normalEquations: normalEquations(
          trained.xTrain,
          trained.yTrain,
          trained.names,
          params,
          option('fitIntercept') !== false,
          formulas.update === 'ridgeNormalEquations' ? (option('alpha') as number) : undefined,
        ),
      }),
    ...(est instanceof LogisticRegression && solverStep(est, xTrain, yTrain)),
    ...(est instanceof ElasticNet && { coordinateSweep: firstCoordinateSweep(xTrain, yTrain, est.options) }),
  };
}
