/**
 * The model rows, on the n × p data of modelData.ts: least squares through the estimator users get
 * (LinearRegression: intercept, solver choice and statsmodels inference included) and 100 epochs
 * of full-batch gradient descent for LogisticRegression (solver 'gd', no penalty, zero start, loss
 * recorded per epoch), with the learning rate numpyBaseline.ts uses, so the coefficients compare;
 * and a multilayer perceptron (16 ReLU units, mini-batches of 256 rows in file order, training
 * loss recorded per epoch) from starting weights numpy shares, so its final weights compare too.
 */
import type { BenchCase, CaseContext } from './benchCase';
import { readModelData } from './modelData';
import type { ModelData } from './modelData';
import {
  LOGISTIC_EPOCHS,
  LOGISTIC_LEARNING_RATE,
  MLP_BATCH,
  MLP_EPOCHS,
  MLP_HIDDEN,
  MLP_LEARNING_RATE,
  mlpStartLayers,
} from './numpyBaseline';
import { matrix } from '../../linalg';
import { LinearRegression } from '../../models/LinearRegression';
import { LogisticRegression } from '../../models/LogisticRegression';
import { MLPClassifier } from '../../models/mlp/MLPClassifier';
import { flattenLayers } from '../../models/mlp/network';

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
      const model = new LogisticRegression({
        solver: 'gd',
        penalty: 'none',
        learningRate: LOGISTIC_LEARNING_RATE,
        epochs: LOGISTIC_EPOCHS,
        init: 'zeros',
      }).fit(x, d.yLogistic);
      if (model.descent?.stopReason !== 'maxEpochs')
        throw new Error(`descent stopped early: ${model.descent?.message?.key ?? model.descent?.stopReason}`);
      return { coefficients: [model.intercept[0]!, ...model.coef] };
    };
  },
};

export const mlpMinibatchCase: BenchCase = {
  id: 'mlp-minibatch',
  label: `MLP ${MLP_HIDDEN} ReLU units, ${MLP_EPOCHS} epochs mini-batch ${MLP_BATCH}`,
  group: 'model',
  numpy: 'mlp',
  async prepare(ctx) {
    const d = data(ctx);
    const x = matrix(d.rows, d.cols, d.x);
    const start = mlpStartLayers(d.cols);
    return () => {
      const model = new MLPClassifier({
        hidden: [MLP_HIDDEN],
        activation: 'relu',
        method: 'minibatch',
        batchSize: MLP_BATCH,
        shuffle: false,
        learningRate: MLP_LEARNING_RATE,
        epochs: MLP_EPOCHS,
      });
      model.startFrom(start, d.cols).fit(x, d.yLogistic);
      if (model.stopReason !== 'maxEpochs') throw new Error(`MLP training stopped early: ${model.stopReason ?? 'unknown'}`);
      return { coefficients: flattenLayers(model.layers()) };
    };
  },
};
