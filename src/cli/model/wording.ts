/**
 * English wording of the model engine's messages for the command line, with flag hints (the app
 * words the same keys in its own languages). Every key of MODEL_MESSAGE_KEYS has an entry; a test
 * checks it. Options are named by their `fitplot fit` flag, taken from MODEL_SPECS.
 */
import type { Message, MessageParam, MessageParams } from '../../table/messages';
import { allOptionSpecs } from '../../models/specs';

type Words = (p: MessageParams) => string;

/** Numbers as a reader wants them: at most 3 decimals, or 3 significant digits when very large or small. */
export function num(v: MessageParam | undefined): string {
  if (typeof v !== 'number') return String(v ?? '');
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return String(v);
  return Math.abs(v) >= 1000 || (Math.abs(v) < 0.001 && v !== 0) ? v.toPrecision(3) : String(Number(v.toFixed(3)));
}

const list = (v: MessageParam | undefined): string => (Array.isArray(v) ? v.join(', ') : String(v ?? ''));
// A switch that is on by default is named by the form that changes something (--no-intercept).
const flagOf = new Map(
  allOptionSpecs().map((o) => [o.name, o.kind === 'boolean' && o.default === true ? `--no-${o.cliFlag}` : `--${o.cliFlag}`]),
);
/** An option name as the user types it on the command line. */
export const flag = (name: MessageParam | undefined): string => flagOf.get(String(name)) ?? `--${String(name)}`;
const flags = (v: MessageParam | undefined): string =>
  Array.isArray(v) ? (v.length ? v.map((n) => flag(n)).join(', ') : 'none') : flag(v);
const lrHint = (p: MessageParams) => (p.learningRate !== undefined ? ` (--lr ${num(p.learningRate)})` : '');

const OPTION_HELP: Readonly<Record<string, string>> = {
  alpha: 'penalty strength: ridge ‖y−Xw‖²+A‖w‖²; lasso/elasticnet/descent (1/2n)‖y−Xw‖²+A·penalty; logistic: λ itself',
  l1Ratio: 'elastic-net mix of L1 in [0, 1]',
  penalty: 'descent and logistic penalty: none, l1 or l2 (logistic default l2 with C = 1, i.e. λ = 1/(n·C))',
  C: 'logistic inverse strength as scikit-learn: λ = 1/(n·C)',
  maxIter: 'most iterations of coordinate descent, Newton or L-BFGS',
  fitIntercept: "ols: --no-intercept fits through the origin (R² then measures y about 0, as R's lm)",
  learningRate: 'learning rate η of gradient descent',
  learningRateSchedule: "'constant', or 'decay': η/(1 + decay·epoch)",
  decay: 'decay of the learning rate per epoch (with --lr-schedule decay)',
  epochs: 'epochs of gradient descent',
  batchSize: 'rows per mini-batch step',
  shuffle: 'reshuffle rows every epoch with the seed (default: file order)',
  init: 'initial weights: zeros, ones or random (seeded)',
  earlyStopping: 'stop when the validation loss stops improving; keep the best epoch',
  patience: 'epochs without improvement before early stopping',
  threshold: 'binary logistic decision threshold',
  hidden: 'units per hidden layer, 1 to 3 layers (e.g. 10 or 10,5)',
  activation: 'hidden units: sigmoid, tanh or relu',
  mlpInit: 'initial network weights: ones, normal N(0, 1), glorot or he (seeded); biases start at 0',
  momentum: 'momentum μ of each step: v ← μ·v − η·g',
  loss: 'network loss: crossEntropy or squared error',
};

const LABELS: Readonly<Record<string, string>> = {
  'model.family.linear': 'linear regression',
  'model.family.logistic': 'logistic regression',
  'model.family.mlp': 'neural network classifier (multilayer perceptron)',
  'model.family.mlpRegression': 'neural network regression (multilayer perceptron)',
  'model.method.ols': 'ordinary least squares',
  'model.method.ridge': 'ridge regression',
  'model.method.lasso': 'lasso',
  'model.method.elasticnet': 'elastic net',
  'model.method.gd': 'batch gradient descent',
  'model.method.minibatch': 'mini-batch gradient descent',
  'model.method.sgd': 'stochastic (per-row) gradient descent',
  'model.method.newton': 'Newton (IRLS)',
  'model.method.lbfgs': 'L-BFGS',
};

const WORDS: Readonly<Record<string, Words>> = {
  'model.advice.addFeatures': () => 'Add informative features (--features).',
  'model.advice.addPenalty': () => 'Add a penalty (--penalty l2 with --alpha, or --method ridge).',
  'model.advice.crossValidate': () => 'K-fold cross-validation (--folds 5) shows how stable the scores are.',
  'model.advice.holdOut': () => 'Hold out rows (--validation 0.2, --time-split 0.2) or use --folds 5.',
  'model.advice.largerLearningRate': (p) => `Use a larger learning rate than --lr ${num(p.learningRate)}.`,
  'model.advice.moreData': () => 'Use more training rows.',
  'model.advice.moreEpochs': () => 'Train for more epochs (--epochs).',
  'model.advice.nothingToFix': () => 'Nothing to fix.',
  'model.advice.polynomialTerms': () => 'Add polynomial terms (--degree 2).',
  'model.advice.scaleFeatures': () => 'Scale the features (--scale standard).',
  'model.advice.simplerModel': () => 'Use a simpler model (fewer features, lower --degree).',
  'model.advice.smallerLearningRate': (p) => `Use a smaller learning rate than --lr ${num(p.learningRate)}.`,
  'model.advice.stopEarly': (p) => `Stop near epoch ${num(p.bestEpoch)} (--early-stopping).`,
  'model.advice.strongerPenalty': () => 'Use a stronger penalty (larger --alpha, smaller --C).',
  'model.advice.weakerPenalty': () => 'Use a weaker penalty (smaller --alpha, larger --C).',
  'model.error.compareNeedsDescent': () => '--compare needs a linear gradient-descent method (--method gd, minibatch or sgd).',
  'model.error.badSplitColumn': (p) =>
    `--split-column ${p.column} must be a category or text column whose values mark each row train, validation or test.`,
  'model.error.badSplitValues': (p) =>
    `The split column '${p.column}' has ${num(p.count)} row${p.count === 1 ? '' : 's'} that ${p.count === 1 ? 'is' : 'are'} not train, validation or test: ${list(p.values)} (data-row indices ${list(p.rows)}${Number(p.count) > (Array.isArray(p.rows) ? p.rows.length : 0) ? ', …' : ''}). Mark each row train, validation or test (also: training, valid, val, testing), or leave the cell empty to leave the row out.`,
  'model.error.badFolds': (p) => `--time-folds must be from 2 to ${num(Number(p.rows) - 1)} (got ${num(p.folds)}).`,
  'model.error.damagedWeights': (p) => `The saved ${p.kind} has weights of the wrong size: the model file is damaged.`,
  'model.error.epochCurveNeedsDescent': () =>
    'A curve over epochs needs a gradient-descent method (--method gd, minibatch or sgd) and validation rows.',
  'model.error.learningCurveNeedsSplit': () => 'A learning curve needs validation rows (--validation F or --time-split F).',
  'model.error.modelFileNotJson': (p) => `${p.file} is not valid JSON; give a file written by \`fitplot fit … --save model.json\`.`,
  'model.error.newerModelFile': (p) => `${p.file} has model format version ${p.version}; this Fitplot reads up to ${p.supported}.`,
  'model.error.noPythonExport': (p) => `There is no Python export for --method ${p.method} yet.`,
  'model.error.featureAllMissing': (p) => `The feature '${p.column}' has no values in the rows with a target; leave it out of --features.`,
  'model.error.noFeatures': () => 'No feature columns: give --features, or add number or category columns.',
  'model.error.noRows': () => 'No rows to fit.',
  'model.error.noTrainingRows': (p) =>
    `The validation (${num(p.validation)}) and test (${num(p.test)}) fractions leave no rows for training; make them smaller (e.g. --validation 0.2 --test 0.2).`,
  'model.error.splitColumnNoTrain': (p) => `The split column '${p.column}' marks no usable row 'train' (--split-column).`,
  'model.error.oneClass': () =>
    'The target has only one class in the training rows; check the target column (a stratified split keeps every class: --validation F).',
  'model.error.notAModelFile': (p) => `${p.file} is not a Fitplot model; give a file written by \`fitplot fit … --save model.json\`.`,
  'model.error.notATimeColumn': (p) => `The time column '${p.column}' is not a datetime column (--time-column).`,
  'model.error.notFitted': (p) => `${p.kind} is not fitted yet.`,
  'model.error.studyNeedsValidation': () => 'A validation curve needs validation rows (--validation F or --time-split F).',
  'model.error.targetIsFeature': (p) => `The target '${p.target}' cannot also be a feature (--features).`,
  'model.error.targetNotFound': (p) => `Target column '${p.target}' is not in ${p.file}.\nColumns are: ${list(p.columns)}.`,
  'model.error.tooFewRows': (p) =>
    `Only ${num(p.count)} usable rows after removing missing values; a model needs more (--missing mean imputes instead).`,
  'model.error.unknownEstimator': (p) => `Unknown model kind '${p.kind}' in the model file; it may come from a newer Fitplot.`,
  'model.error.unknownFamily': (p) => `Unknown model '${p.family}'; use one of: ${list(p.families)}.`,
  'model.error.unknownReferenceLevel': (p) =>
    `The reference level '${p.level}' is not a value of '${p.column}' (values: ${list(p.levels)}).`,
  'model.option.badList': (p) => `${flag(p.option)} must be a comma-separated list of numbers (got '${p.value}').`,
  'model.option.conflict': (p) => `${flag(p.option)} and ${flag(p.other)} set the same penalty strength; give one of them.`,
  'model.option.notAChoice': (p) => `${flag(p.option)} must be one of ${list(p.choices)} (got '${p.value}').`,
  'model.option.notANumber': (p) => `${flag(p.option)} must be a number (got '${p.value}').`,
  'model.option.notAnInteger': (p) => `${flag(p.option)} must be a whole number (got ${p.value}).`,
  'model.option.notBoolean': (p) => `${flag(p.option)} is a switch without a value.`,
  'model.option.notUsedByMethod': (p) => `${flag(p.option)} is not used by --method ${p.method}; its options are: ${flags(p.options)}.`,
  'model.option.outOfRange': (p) =>
    `${flag(p.option)} must be ${[p.min !== undefined && `${p.minRule} ${num(p.min)}`, p.max !== undefined && `${p.maxRule} ${num(p.max)}`].filter(Boolean).join(' and ')} (got ${num(p.value)}).`,
  'model.option.requires': (p) =>
    `${flag(p.option)} only applies with ${flag(p.requires)} ${list(p.values).replace('true', '(on)')} (now ${p.actual === 'true' ? 'on' : p.actual === 'false' ? 'off' : p.actual}).`,
  'model.option.unknown': (p) => `'${p.option}' is not an option of ${p.family} models.`,
  'model.option.unknownMethod': (p) => `--method must be one of ${list(p.methods)} for ${p.family} models (got '${p.method}').`,
  'model.predict.invalidCells': (p) =>
    `Column '${p.column}': ${num(p.count)} cell(s) are not numbers, e.g. ${zipLines(p.values, p.lines)}; those rows have no prediction.`,
  'model.predict.missingValues': (p) =>
    `${num(p.count)} rows have a missing or unreadable feature value and no prediction (fit with --missing mean|median to impute).`,
  'model.predict.unseenLevel': (p) =>
    `Column '${p.column}': level '${p.level}' was not in the training data (${num(p.count)} rows); those rows have no prediction.`,
  'model.reason.close': (p) =>
    `Training ${p.metric} ${num(p.train)} and validation ${num(p.validation)} are close (gap ${num(p.gap)}); validation loss is ${num(p.ratio)}× the training loss.`,
  'model.reason.crossValidation': (p) => `${num(p.folds)}-fold validation score ${num(p.mean)} ± ${num(p.std)}.`,
  'model.reason.diverged': (p) => `The training loss diverged${lrHint(p)}.`,
  'model.reason.lossEndsAboveMinimum': (p) =>
    `The training loss ended at ${num(p.last)}, far above its minimum ${num(p.min)} at epoch ${num(p.minEpoch)}: the steps are too large${lrHint(p)}.`,
  'model.reason.lossOscillates': (p) =>
    `The training loss rose in ${num(p.rises)} of the last ${num(p.epochs)} epochs: it oscillates${lrHint(p)}.`,
  'model.reason.nearBaseline': (p) =>
    `Training accuracy ${num(p.accuracy)} is close to always predicting the majority class (${num(p.baseline)}).`,
  'model.reason.noValidation': () => 'No validation rows: overfitting cannot be judged from the training rows alone.',
  'model.reason.poorR2': (p) =>
    `Training R² is only ${num(p.r2)} (< ${num(p.min)}): the model misses much of the variation even on the rows it was fitted to.`,
  'model.reason.scoreGap': (p) =>
    `Training ${p.metric} ${num(p.train)} vs validation ${num(p.validation)} (gap ${num(p.gap)} > ${num(p.maxGap)}); validation loss is ${num(p.ratio)}× the training loss (> ${num(p.maxRatio)}).`,
  'model.reason.stillFalling': (p) =>
    `Training loss was still falling over the last epochs (${num(p.from)} → ${num(p.to)}, ${num(p.percent)} %): the fit has not converged.`,
  'model.reason.validationRose': (p) =>
    `Validation loss was lowest at epoch ${num(p.bestEpoch)} (${num(p.best)}) and rose ${num(p.risePercent)} % to ${num(p.last)} by epoch ${num(p.lastEpoch)}, while training loss kept falling (${num(p.trainBest)} → ${num(p.trainLast)}).`,
  'model.verdict.goodFit': () => 'good fit',
  'model.verdict.overfitting': () => 'overfitting',
  'model.verdict.underfitting': () => 'underfitting',
  'model.verdict.unknown': () => 'unknown',
  'model.verdict.unstable': () => 'unstable',
  'model.warning.batchLargerThanRows': (p) =>
    `--batch-size ${num(p.batchSize)} is more than the ${num(p.rows)} training rows: every step used all rows (full batch).`,
  'model.warning.collinear': (p) => `Collinear features (linear combinations of the others) were given coefficient 0: ${list(p.features)}.`,
  'model.warning.nearCollinear': (p) =>
    `Near-collinear features: the condition number of the design (columns scaled to unit length) is ${p.condition}, so the coefficients can lose about ${p.digits} significant digits to rounding or noise in the data. They are still the least-squares solution; fewer or centred features make them better determined.`,
  'model.warning.diverged': (p) =>
    `Gradient descent diverged in epoch ${num(p.epoch)}${p.loss !== undefined ? ` (training loss ${num(p.loss)})` : ''}; stopped and kept the weights from before that epoch. Use a smaller learning rate than --lr ${num(p.learningRate)}.`,
  'model.warning.droppedMissingFeatures': (p) =>
    `${num(p.count)} rows with a missing feature value were dropped (use --missing mean|median to impute instead).`,
  'model.warning.earlyStopped': (p) =>
    `Stopped early after epoch ${num(p.epoch)}: validation loss did not improve for ${num(p.patience)} epochs; kept the weights of epoch ${num(p.bestEpoch)}.`,
  'model.warning.constantFeature': (p) =>
    `The feature '${p.column}' has the same value (${typeof p.value === 'number' ? num(p.value) : p.value}) in every row: it cannot be told apart from the intercept and was left out.`,
  'model.warning.featureAllMissing': (p) =>
    `The column '${p.column}' has no values in the rows with a target and was left out of the features.`,
  'model.warning.leakage': (p) =>
    `The feature '${p.column}' is a one-to-one copy of the target '${p.target}' (target leakage): the scores will look perfect but mean nothing.`,
  'model.warning.leakageExcluded': (p) =>
    `The column '${p.column}' is a one-to-one copy of the target '${p.target}' (target leakage) and was left out of the features (name it in --features to use it anyway).`,
  'model.warning.nearConstantFeature': (p) =>
    `The feature '${p.column}' is nearly constant (from ${p.min} to ${p.max}): its coefficient is unstable; consider leaving it out.`,
  'model.warning.filteredOut': (p) => `${num(p.count)} rows were outside the row filter and left out.`,
  'model.warning.missingTarget': (p) => `${num(p.count)} rows with a missing target '${p.target}' were left out.`,
  'model.warning.notConverged': (p) =>
    `The ${p.solver} solver stopped after ${num(p.iterations)} iterations without meeting the tolerance; results may be approximate (--max-iter).`,
  'model.warning.separation': () =>
    'Perfect separation: a linear boundary classifies every training row correctly, so without a penalty the coefficients would grow without bound. The coefficients shown are one separating solution, not a maximum-likelihood estimate. Add a penalty (--penalty l2 --C 1) or use fewer features.',
  'model.warning.noTestRows': () =>
    '--evaluate-test: the split has no test rows (keep some aside with --test F, or mark rows test in --split-column).',
  'model.warning.testScoreOnce': (p) =>
    `Scored on the ${num(p.count)} test rows: look at this score once, at the end; choosing a model or settings by it makes it a validation score.`,
  'model.warning.splitColumnIsFeature': (p) =>
    `The split column '${p.column}' marks where rows go, so it is not used as a feature (left out of --features).`,
  'model.warning.splitColumnMissing': (p) => `${num(p.count)} rows with an empty split column '${p.column}' were left out.`,
  'model.warning.splitRowsLeftOut': (p) => `${num(p.count)} rows of the split file were left out (missing values).`,
  'model.warning.stopped': (p) =>
    `Stopped after epoch ${num(p.epoch)} of ${num(p.epochs)}${p.bestEpoch !== undefined ? `; kept the weights of epoch ${num(p.bestEpoch)}` : ''}.`,
  'model.warning.shuffledFoldsTimeSeries': (p) =>
    `The table has a datetime column '${p.column}', but the ${num(p.folds)} folds are shuffled: later rows help predict earlier ones (leakage). Use --time-folds ${num(p.folds)} for time-ordered folds.`,
  'model.warning.timeFoldsFileOrder': () => 'The table has no datetime column: the time-ordered folds follow the file order.',
  'model.warning.timeSplitFileOrder': (p) =>
    `The table has no datetime column: --time-split takes the last ${num(100 * Number(p.fraction))} % of the rows in file order.`,
  'model.warning.timeSplitDefault': (p) =>
    `The table has a datetime column '${p.column}': validation is the last ${num(100 * Number(p.fraction))} % in time (a random split would leak the future into training; --validation F splits at random anyway).`,
  'model.warning.trainingAccuracyOne': () => 'The training rows are perfectly separated by the fitted model (training accuracy 1).',
};

function zipLines(values: MessageParam | undefined, lines: MessageParam | undefined): string {
  const v = Array.isArray(values) ? values : [];
  const l = Array.isArray(lines) ? lines : [];
  return v.map((x, i) => `"${x}"${l[i] !== undefined ? ` (line ${l[i]})` : ''}`).join(', ');
}

/** The English text of a model message; help and label keys too. Unknown keys show as the key, so a gap is visible. */
export function word(m: Message): string {
  const p = m.params ?? {};
  const w = WORDS[m.key];
  if (w) return w(p);
  if (LABELS[m.key]) return LABELS[m.key]!;
  const help = /^model\.option\.(\w+)\.help$/.exec(m.key);
  if (help && OPTION_HELP[help[1]!]) return OPTION_HELP[help[1]!]!;
  return m.key;
}

/** Whether a key has English wording (for the test that every engine key is worded). */
export function isWorded(key: string): boolean {
  return word({ key }) !== key;
}
