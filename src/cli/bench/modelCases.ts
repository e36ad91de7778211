/**
 * The model rows, on the n × p data of modelData.ts: least squares through the estimator users get
 * (LinearRegression: intercept, solver choice and statsmodels inference included) and 100 epochs
 * of full-batch gradient descent on the logistic loss (the engine's descent loop, loss recorded per
 * epoch), with the same learning rate numpyBaseline.ts uses, so the coefficients can be compared.
 */
import type { BenchCase, CaseContext } from './benchCase';
import { readModelData } from './modelData';
import type { ModelData } from './modelData';
import { LOGISTIC_EPOCHS, LOGISTIC_LEARNING_RATE } from './numpyBaseline';
import { matrix } from '../../linalg';
import { LinearRegression } from '../../models/LinearRegression';
import { gradientDescent } from '../../models/gradientDescent';
import { logisticLoss } from '../../models/losses';

function data(ctx: CaseContext): ModelData {
  if (!ctx.models) throw new Error('the model data was not prepared');
  return readModelData(ctx.models);
}

export const leastSquaresCase: BenchCase = {
  id: 'least-squares',
  label: 'least squares (LinearRegression)',
  group: 'model',
  numpy: 'lstsq',
  async prepare(ctx) {
    const d = data(ctx);
    const x = matrix(d.rows, d.cols, d.x);
    return () => {
      const model = new LinearRegression().fit(x, d.yLinear);
      return { coefficients: [model.intercept, ...model.coef] };
    };
  },
};

export const logisticDescentCase: BenchCase = {
  id: 'logistic-descent',
  label: `logistic regression, ${LOGISTIC_EPOCHS} epochs batch descent`,
  group: 'model',
  numpy: 'logistic',
  async prepare(ctx) {
    const d = data(ctx);
    const x = matrix(d.rows, d.cols, d.x);
    return () => {
      const result = gradientDescent({ x, y: d.yLogistic }, logisticLoss, { method: 'batch', learningRate: LOGISTIC_LEARNING_RATE, epochs: LOGISTIC_EPOCHS, init: 'zeros' });
      if (result.stopReason !== 'completed') throw new Error(`descent stopped early: ${result.message ?? result.stopReason}`);
      return { coefficients: [result.params.intercepts[0]!, ...result.params.weights] };
    };
  },
};
