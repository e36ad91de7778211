/**
 * Every message key the model engine can send (warnings, errors, diagnosis reasons, advice,
 * verdicts, option help and labels), so each front end can test that it words all of them.
 * Keys with parameters: see docs/models.md ("Messages").
 */
import type { Verdict } from './diagnosis';
import { MODEL_SPECS } from './specs';

const FIXED_KEYS = [
  'model.advice.addFeatures',
  'model.advice.addPenalty',
  'model.advice.crossValidate',
  'model.advice.holdOut',
  'model.advice.largerLearningRate',
  'model.advice.moreData',
  'model.advice.moreEpochs',
  'model.advice.nothingToFix',
  'model.advice.polynomialTerms',
  'model.advice.scaleFeatures',
  'model.advice.simplerModel',
  'model.advice.smallerLearningRate',
  'model.advice.stopEarly',
  'model.advice.strongerPenalty',
  'model.advice.weakerPenalty',
  'model.error.badFolds',
  'model.error.badSplitColumn',
  'model.error.badSplitValues',
  'model.error.compareNeedsDescent',
  'model.error.damagedWeights',
  'model.error.epochCurveNeedsDescent',
  'model.error.featureAllMissing',
  'model.error.learningCurveNeedsSplit',
  'model.error.modelFileNotJson',
  'model.error.newerModelFile',
  'model.error.noFeatures',
  'model.error.noPythonExport',
  'model.error.noRows',
  'model.error.noTrainingRows',
  'model.error.notAModelFile',
  'model.error.notATimeColumn',
  'model.error.notFitted',
  'model.error.oneClass',
  'model.error.splitColumnNoTrain',
  'model.error.studyNeedsValidation',
  'model.error.targetIsFeature',
  'model.error.targetNotFound',
  'model.error.tooFewRows',
  'model.error.unknownEstimator',
  'model.error.unknownFamily',
  'model.error.unknownReferenceLevel',
  'model.option.badList',
  'model.option.conflict',
  'model.option.notAChoice',
  'model.option.notANumber',
  'model.option.notAnInteger',
  'model.option.notBoolean',
  'model.option.notUsedByMethod',
  'model.option.outOfRange',
  'model.option.requires',
  'model.option.unknown',
  'model.option.unknownMethod',
  'model.predict.invalidCells',
  'model.predict.missingValues',
  'model.predict.unseenLevel',
  'model.reason.close',
  'model.reason.crossValidation',
  'model.reason.diverged',
  'model.reason.lossEndsAboveMinimum',
  'model.reason.lossOscillates',
  'model.reason.nearBaseline',
  'model.reason.noValidation',
  'model.reason.scoreGap',
  'model.reason.stillFalling',
  'model.reason.validationRose',
  'model.warning.batchLargerThanRows',
  'model.warning.collinear',
  'model.warning.nearCollinear',
  'model.warning.constantFeature',
  'model.warning.diverged',
  'model.warning.droppedMissingFeatures',
  'model.warning.earlyStopped',
  'model.warning.featureAllMissing',
  'model.warning.filteredOut',
  'model.warning.leakage',
  'model.warning.leakageExcluded',
  'model.warning.missingTarget',
  'model.warning.nearConstantFeature',
  'model.warning.noTestRows',
  'model.warning.notConverged',
  'model.warning.separation',
  'model.warning.shuffledFoldsTimeSeries',
  'model.warning.splitColumnIsFeature',
  'model.warning.splitColumnMissing',
  'model.warning.splitRowsLeftOut',
  'model.warning.stopped',
  'model.warning.testScoreOnce',
  'model.warning.timeFoldsFileOrder',
  'model.warning.timeSplitDefault',
  'model.warning.timeSplitFileOrder',
  'model.warning.trainingAccuracyOne',
] as const;

const VERDICTS: readonly Verdict[] = ['overfitting', 'underfitting', 'good fit', 'unstable', 'unknown'];

/** The wording key of a verdict: 'good fit' → 'model.verdict.goodFit'. */
export function verdictKey(v: Verdict): string {
  return `model.verdict.${v.replace(/ (\w)/g, (_, c: string) => c.toUpperCase())}`;
}

function specKeys(): string[] {
  const keys = new Set<string>();
  for (const f of Object.values(MODEL_SPECS)) {
    keys.add(f.labelKey);
    for (const o of f.options) keys.add(o.helpKey);
    for (const m of f.methods) keys.add(m.labelKey);
  }
  return [...keys];
}

export const MODEL_MESSAGE_KEYS: readonly string[] = [...new Set([...FIXED_KEYS, ...VERDICTS.map(verdictKey), ...specKeys()])].sort();
