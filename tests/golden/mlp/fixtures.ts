/** Reads the committed MLP fixtures (made by generate_mlp.py) and builds the data sets they refer to. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DenseMatrix } from '../../../src/linalg';
import { StandardScaler } from '../../../src/models/prepare/scaling';
import type { LayerJSON } from '../../../src/models/mlp/network';
import { pickRows, toMatrix } from '../models/loadFixture';

export function readFixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as T;
}

export interface Curves {
  trainLoss: number[];
  objective: number[];
  trainMetric: number[];
  validationLoss: number[];
  validationMetric: number[];
}

export interface CourseFixture {
  X: number[][];
  y: number[];
  train: number[];
  validation: number[];
  twoLayer: Curves & { epochs: number[] };
  courseAccuracy: { dualLayer: number; randomInit: number; minibatch32: number; minibatch128: number };
}

export interface DataSet {
  x: DenseMatrix;
  y: number[];
  validation?: { x: DenseMatrix; y: number[] };
}

export interface NumpyRun extends Curves {
  name: string;
  data: 'cancer' | 'iris' | 'regression';
  config: {
    head: 'identity' | 'sigmoid' | 'softmax';
    loss: 'crossEntropy' | 'squared';
    activation: 'sigmoid' | 'tanh' | 'relu';
    method: 'gd' | 'minibatch' | 'sgd';
    batchSize?: number;
    learningRate: number;
    schedule?: 'decay';
    decay?: number;
    momentum?: number;
    penalty: 'none' | 'l1' | 'l2';
    alpha: number;
    epochs: number;
  };
  start: LayerJSON[];
  final: LayerJSON[];
}

export interface SklearnRun {
  name: string;
  data: 'cancer' | 'iris' | 'regression';
  model: 'classifier' | 'regressor';
  activation: 'sigmoid' | 'tanh' | 'relu';
  alpha: number;
  learningRate: number;
  momentum: number;
  epochs: number;
  start: LayerJSON[];
  lossCurve: number[];
  final: LayerJSON[];
}

export interface RunsFixture {
  iris: { X: number[][]; y: number[] };
  regression: { X: number[][]; y: number[] };
  numpy: NumpyRun[];
  sklearn: SklearnRun[];
}

export const course = readFixture<CourseFixture>('course.json');
export const runs = readFixture<RunsFixture>('runs.json');

/** The course's split of breast cancer (train / validation rows), standardised on the training rows. */
export function cancerSplit(): DataSet {
  const scaler = new StandardScaler().fit(toMatrix(pickRows(course.X, course.train)));
  return {
    x: scaler.transform(toMatrix(pickRows(course.X, course.train))),
    y: course.train.map((i) => course.y[i]!),
    validation: { x: scaler.transform(toMatrix(pickRows(course.X, course.validation))), y: course.validation.map((i) => course.y[i]!) },
  };
}

export function dataSet(name: 'cancer' | 'iris' | 'regression'): DataSet {
  if (name === 'cancer') return cancerSplit();
  const d = runs[name];
  return { x: toMatrix(d.X), y: d.y };
}

/** max over i of |a − b| / max(|b|, floor). */
export function maxRelativeError(a: ArrayLike<number>, b: ArrayLike<number>, floor = 1e-300): number {
  let worst = 0;
  for (let i = 0; i < b.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!) / Math.max(Math.abs(b[i]!), floor));
  return worst;
}
