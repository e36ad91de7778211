/**
 * Guided lessons: the course's experiments on the bundled samples, each a few runs that differ in
 * one thing, started together and ticked for comparison. Plain data over the fit form: a run
 * overrides the form made for the sample (initialForm: last column as target, every number
 * column as a feature). Only MODEL_SPECS options are used, so each run is also a `fitplot fit`
 * command line (shown in the fit panel for the last run of the lesson).
 */
import type { ColumnInfo, FormFamily, OptionValue } from '../../../../src/protocol/protocol';
import type { SampleInfo } from '../../../host';
import type { FitFormState } from '../fitForm';
import { initialForm } from '../fitForm';

export type LessonId = 'neuron' | 'logisticScaling' | 'overfitting' | 'penalties';

export interface LessonRun {
  readonly model: 'linear' | 'logistic';
  readonly method: string;
  readonly options: Readonly<Record<string, OptionValue>>;
  readonly scale?: FitFormState['scale'];
  readonly degree?: number;
}

export interface Lesson {
  readonly id: LessonId;
  readonly sample: SampleInfo['id'];
  /** The sample's file name: a loaded table of this name is used as is. */
  readonly fileName: string;
  /** Features when not all number columns. */
  readonly features?: readonly string[];
  /** The split when not the form's default (random, 20 % validation, seed 0). */
  readonly split?: FitFormState['split'];
  readonly runs: readonly LessonRun[];
}

// The course's linear neuron: one row at a time in file order, from w = b = 1, learning rate 1.
const NEURON = { learningRate: 1, init: 'ones', epochs: 100, shuffle: false };
const LOGISTIC_NEURON = { learningRate: 0.1, epochs: 100 };
const LONG_TRAINING = { learningRate: 0.05, epochs: 2000, batchSize: 16 };
const PENALISED_DESCENT = { learningRate: 0.1, epochs: 500, alpha: 5 };

export const LESSONS: readonly Lesson[] = [
  {
    // diabetes_scaled.csv is the course's data (each feature centred, sum of squares 1): w ≈ 913.6, b ≈ 123.4 on all 442 rows.
    id: 'neuron',
    sample: 'diabetes-scaled',
    fileName: 'diabetes_scaled.csv',
    features: ['bmi'],
    split: 'none',
    runs: [
      { model: 'linear', method: 'ols', options: {} },
      { model: 'linear', method: 'sgd', options: NEURON },
    ],
  },
  {
    id: 'logisticScaling',
    sample: 'breast-cancer',
    fileName: 'breast_cancer.csv',
    runs: [
      { model: 'logistic', method: 'sgd', options: LOGISTIC_NEURON },
      { model: 'logistic', method: 'sgd', options: LOGISTIC_NEURON, scale: 'standard' },
    ],
  },
  {
    // Degree-2 terms give 65 inputs for 354 training rows: 2000 epochs overfit (tests/e2e/models.spec.ts).
    id: 'overfitting',
    sample: 'diabetes',
    fileName: 'diabetes.csv',
    runs: [
      { model: 'linear', method: 'minibatch', options: LONG_TRAINING, scale: 'standard', degree: 2 },
      { model: 'linear', method: 'minibatch', options: { ...LONG_TRAINING, earlyStopping: true }, scale: 'standard', degree: 2 },
      { model: 'linear', method: 'minibatch', options: { ...LONG_TRAINING, penalty: 'l2', alpha: 0.05 }, scale: 'standard', degree: 2 },
    ],
  },
  {
    // The same descent and α with either penalty: L1 sets about half the weights to exactly 0, L2 shrinks all of them.
    id: 'penalties',
    sample: 'diabetes',
    fileName: 'diabetes.csv',
    runs: [
      { model: 'linear', method: 'ols', options: {}, scale: 'standard' },
      { model: 'linear', method: 'gd', options: { ...PENALISED_DESCENT, penalty: 'l1' }, scale: 'standard' },
      { model: 'linear', method: 'gd', options: { ...PENALISED_DESCENT, penalty: 'l2' }, scale: 'standard' },
    ],
  },
];

/** The fit forms of a lesson's runs for the loaded sample. */
export function lessonForms(lesson: Lesson, columns: readonly ColumnInfo[], forms: readonly FormFamily[]): FitFormState[] {
  const base = initialForm(columns, forms);
  return lesson.runs.map((run) => ({
    ...base,
    ...(lesson.features && { features: [...lesson.features] }),
    ...(lesson.split && { split: lesson.split }),
    model: run.model,
    method: run.method,
    options: run.options,
    scale: run.scale ?? 'none',
    degree: run.degree ?? 1,
  }));
}
