/**
 * The model engine's messages (keys `model.*`, src/models/messageKeys.ts) in English for the app:
 * options are named by their label in the form (not a CLI flag); numbers arrive formatted
 * (renderer/features/models/wording.ts). Nested by the dots of the key.
 */
export const modelMessagesEn = {
  advice: {
    addFeatures: 'Add informative features.',
    addPenalty: 'Add a penalty (L2 with a penalty strength, or the Ridge method).',
    crossValidate: 'k-fold cross-validation shows how stable the scores are.',
    holdOut: 'Hold out rows for validation (a random or time-ordered split), or use k-fold cross-validation.',
    largerLearningRate: 'Use a larger learning rate than {{learningRate}}.',
    moreData: 'Use more training rows.',
    moreEpochs: 'Train for more epochs.',
    nothingToFix: 'Nothing to fix.',
    polynomialTerms: 'Add polynomial terms (degree 2).',
    scaleFeatures: 'Scale the features (standardise).',
    simplerModel: 'Use a simpler model (fewer features, a lower polynomial degree).',
    smallerLearningRate: 'Use a smaller learning rate than {{learningRate}}.',
    stopEarly: 'Stop near epoch {{bestEpoch}} (turn on early stopping).',
    strongerPenalty: 'Use a stronger penalty (larger α, smaller C).',
    weakerPenalty: 'Use a weaker penalty (smaller α, larger C).',
  },
  error: {
    badSplitColumn: "The split column '{{column}}' must be a category or text column whose values mark each row train, validation or test.",
    badSplitValues:
      "The split column '{{column}}' has {{count}} rows that are not train, validation or test: {{values}} (data-row indices {{rows}}). Mark each row train, validation or test (also: training, valid, val, testing), or leave the cell empty to leave the row out.",
    splitColumnNoTrain: "The split column '{{column}}' marks no usable row 'train'.",
    noTrainingRows:
      'The validation ({{validation}}) and test ({{test}}) fractions must add up to less than 1 so rows are left for training.',
    badFolds: 'Time-ordered folds must be from 2 to one less than the {{rows}} rows (got {{folds}}).',
    oneClass: 'The target has only one class in the training rows; check the target column (a stratified random split keeps every class).',
    compareNeedsDescent: 'The comparison with least squares needs a linear gradient-descent method.',
    damagedWeights: 'The saved {{kind}} has weights of the wrong size: the model file is damaged.',
    featureAllMissing: "The feature '{{column}}' has no values in the rows with a target; leave it out of the features.",
    noPythonExport: 'There is no Python export for the method {{method}} yet.',
    epochCurveNeedsDescent: 'A curve over epochs needs a gradient-descent method and validation rows.',
    learningCurveNeedsSplit: 'A learning curve needs validation rows: choose a random or time-ordered split.',
    modelFileNotJson: '{{file}} is not valid JSON; choose a model saved by Fitplot.',
    newerModelFile: '{{file}} has model format version {{version}}; this Fitplot reads up to {{supported}}.',
    noFeatures: 'Choose at least one feature.',
    noRows: 'No rows to fit.',
    notAModelFile: '{{file}} is not a Fitplot model; choose a model saved by Fitplot.',
    notATimeColumn: "The time column '{{column}}' is not a date/time column.",
    notFitted: '{{kind}} is not fitted yet.',
    studyNeedsValidation: 'A validation curve needs validation rows: choose a random or time-ordered split.',
    targetIsFeature: "The target '{{target}}' cannot also be a feature.",
    targetNotFound: "The target column '{{target}}' is not in {{file}}.",
    tooFewRows: 'Only {{count}} usable rows after removing missing values; a model needs more (fill missing values with the mean instead).',
    unknownEstimator: "Unknown model kind '{{kind}}' in the model file; it may come from a newer Fitplot.",
    unknownFamily: "Unknown model '{{family}}'; use one of: {{families}}.",
    unknownReferenceLevel: "The reference level '{{level}}' is not a value of '{{column}}' (values: {{levels}}).",
  },
  family: {
    linear: 'linear regression',
    logistic: 'logistic regression',
    mlp: 'neural network classifier',
    mlpRegression: 'neural network regression',
  },
  method: {
    ols: 'Least squares',
    ridge: 'Ridge (L2)',
    lasso: 'Lasso (L1)',
    elasticnet: 'Elastic net (L1 + L2)',
    gd: 'Gradient descent (batch)',
    minibatch: 'Gradient descent (mini-batch)',
    sgd: 'Stochastic gradient descent',
    newton: 'Newton (IRLS)',
    lbfgs: 'L-BFGS',
  },
  option: {
    activation: { help: 'The hidden units: sigmoid, tanh or ReLU.' },
    fitIntercept: { help: 'Least squares through the origin when off (R² then measures y about 0, as R does).' },
    hidden: { help: 'Units per hidden layer, 1 to 3 layers (e.g. 10 or 10,5).' },
    loss: { help: 'The network loss: cross-entropy or squared error.' },
    mlpInit: { help: 'Initial network weights: ones, normal N(0, 1), Glorot or He (seeded); biases start at 0.' },
    momentum: { help: 'Momentum μ of each step: v ← μ·v − η·g (0 = plain descent).' },
    C: { help: 'Smaller C = stronger penalty, as scikit-learn (λ = 1/(n·C)).' },
    alpha: { help: 'Larger α shrinks the coefficients more: less overfitting, more bias.' },
    batchSize: { help: 'Rows per update.' },
    decay: { help: 'How fast the learning rate shrinks: η / (1 + decay·epoch).' },
    earlyStopping: { help: 'Stop when the validation loss stops improving, keeping the best epoch.' },
    epochs: { help: 'Passes over the training rows.' },
    init: { help: 'Starting weights: zeros, ones or random (seeded).' },
    l1Ratio: { help: '0 = pure L2 (ridge), 1 = pure L1 (lasso).' },
    learningRate: { help: 'Step size of each update: too large diverges, too small crawls.' },
    learningRateSchedule: { help: 'Constant, or decaying with the epochs.' },
    maxIter: { help: 'Most iterations of coordinate descent, Newton or L-BFGS.' },
    patience: { help: 'Epochs without improvement before early stopping.' },
    penalty: { help: 'None, L1 (sets some coefficients to zero) or L2 (shrinks all).' },
    shuffle: { help: 'Reshuffle the rows every epoch (off: file order, as in the course).' },
    threshold: { help: 'Probability above which a row is predicted positive.' },
    badList: '{{option}} must be a comma-separated list of numbers (got {{value}}).',
    conflict: '{{option}} and {{other}} set the same penalty strength; give one of them.',
    notAChoice: '{{option}} must be one of {{choices}} (got {{value}}).',
    notANumber: '{{option}} must be a number (got {{value}}).',
    notAnInteger: '{{option}} must be a whole number (got {{value}}).',
    notBoolean: '{{option}} is on or off.',
    notUsedByMethod: '{{option}} is not used by this method; its options are: {{options}}.',
    outOfRange: '{{option}} must be {{range}} (got {{value}}).',
    requires: '{{option}} only applies when {{requires}} is {{values}} (now {{actual}}).',
    unknown: "'{{option}}' is not an option of {{family}} models.",
    unknownMethod: "Unknown method '{{method}}' for {{family}} models; use one of: {{methods}}.",
  },
  predict: {
    invalidCells: "Column '{{column}}': {{count}} cells are not numbers (e.g. {{values}}); those rows have no prediction.",
    missingValues: '{{count}} rows have a missing feature value and no prediction (fit with missing values filled to predict them).',
    unseenLevel: "Column '{{column}}': level '{{level}}' was not in the training data ({{count}} rows); those rows have no prediction.",
  },
  reason: {
    close:
      'Training {{metric}} {{train}} and validation {{validation}} are close (gap {{gap}}); validation loss is {{ratio}}× the training loss.',
    crossValidation: '{{folds}}-fold validation score {{mean}} ± {{std}}.',
    diverged: 'The training loss diverged.',
    lossEndsAboveMinimum:
      'The training loss ended at {{last}}, far above its minimum {{min}} at epoch {{minEpoch}}: the steps are too large.',
    lossOscillates: 'The training loss rose in {{rises}} of the last {{epochs}} epochs: it oscillates.',
    nearBaseline: 'Training accuracy {{accuracy}} is close to always predicting the majority class ({{baseline}}).',
    noValidation: 'No validation rows: overfitting cannot be judged from the training rows alone.',
    poorR2: 'Training R² is only {{r2}} (< {{min}}): the model misses much of the variation even on the rows it was fitted to.',
    scoreGap:
      'Training {{metric}} {{train}} vs validation {{validation}} (gap {{gap}} > {{maxGap}}); validation loss is {{ratio}}× the training loss (> {{maxRatio}}).',
    stillFalling: 'Training loss was still falling over the last epochs ({{from}} → {{to}}, {{percent}} %): the fit has not converged.',
    validationRose:
      'Validation loss was lowest at epoch {{bestEpoch}} ({{best}}) and rose {{risePercent}} % to {{last}} by epoch {{lastEpoch}}, while training loss kept falling ({{trainBest}} → {{trainLast}}).',
  },
  verdict: { goodFit: 'good fit', overfitting: 'overfitting', underfitting: 'underfitting', unknown: 'cannot tell', unstable: 'unstable' },
  warning: {
    batchLargerThanRows: 'The batch size {{batchSize}} is more than the {{rows}} training rows: every step used all rows (full batch).',
    nearCollinear:
      'Near-collinear features: the condition number of the design (columns scaled to unit length) is {{condition}}, so the coefficients can lose about {{digits}} significant digits. They are still the least-squares solution; fewer or centred features make them better determined.',
    shuffledFoldsTimeSeries:
      "The table has a date/time column '{{column}}', but the {{folds}} folds are shuffled: later rows help predict earlier ones (leakage). Choose time-ordered folds.",
    timeFoldsFileOrder: 'The table has no date/time column: the time-ordered folds follow the file order.',
    timeSplitFileOrder: 'The table has no date/time column: the time-ordered split takes the last {{fraction}} of the rows in file order.',
    collinear: 'Collinear features (combinations of the others) were given coefficient 0: {{features}}.',
    constantFeature:
      "The feature '{{column}}' has the same value ({{value}}) in every row: it cannot be told apart from the intercept and was left out.",
    featureAllMissing: "The column '{{column}}' has no values in the rows with a target and was left out of the features.",
    leakage:
      "The feature '{{column}}' is a one-to-one copy of the target '{{target}}' (target leakage): the scores will look perfect but mean nothing.",
    leakageExcluded:
      "The column '{{column}}' is a one-to-one copy of the target '{{target}}' (target leakage) and was left out of the features (tick it to use it anyway).",
    nearConstantFeature:
      "The feature '{{column}}' is nearly constant (from {{min}} to {{max}}): its coefficient is unstable; consider leaving it out.",
    diverged:
      'Gradient descent diverged in epoch {{epoch}}; it stopped and kept the weights from before that epoch. Use a smaller learning rate than {{learningRate}}.',
    droppedMissingFeatures: '{{count}} rows with a missing feature value were dropped (fill them with the mean or median instead).',
    earlyStopped:
      'Stopped early after epoch {{epoch}}: validation loss did not improve for {{patience}} epochs; kept the weights of epoch {{bestEpoch}}.',
    filteredOut: '{{count}} rows were outside the row filter and left out.',
    missingTarget: "{{count}} rows with a missing target '{{target}}' were left out.",
    notConverged:
      'The {{solver}} solver stopped after {{iterations}} iterations without meeting its tolerance; results may be approximate.',
    separation:
      'Perfect separation: a straight boundary classifies every training row correctly, so without a penalty the coefficients would grow without bound. The coefficients shown are one separating solution. Add an L2 penalty or use fewer features.',
    noTestRows: 'The split has no test rows to evaluate (keep a test part, or mark rows test in the split column).',
    testScoreOnce:
      'Scored on the {{count}} test rows: look at this score once, at the end; choosing a model or settings by it makes it a validation score.',
    splitColumnIsFeature: "The split column '{{column}}' marks where rows go, so it is not used as a feature.",
    splitColumnMissing: "{{count}} rows with an empty split column '{{column}}' were left out.",
    splitRowsLeftOut: '{{count}} rows of the split were left out (missing values).',
    stopped: 'Stopped after epoch {{epoch}} of {{epochs}}.',
    timeSplitDefault:
      "The table has a date/time column '{{column}}': validation is the last {{percent}} % in time (a random split would leak the future into training).",
    trainingAccuracyOne: 'The fitted model separates the training rows perfectly (training accuracy 1).',
  },
};
