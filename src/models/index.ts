/** The model engine's public API (docs/models.md). */
export type {
  DescentData,
  Estimator,
  EstimatorJSON,
  EpochProgress,
  FitControl,
  FitInfo,
  FitOptions,
  StopReason,
} from './estimatorContract';
export { LinearRegression } from './LinearRegression';
export type { LinearRegressionOptions } from './LinearRegression';
export type { OlsInference, CoefficientInference } from './inference';
export { Ridge } from './Ridge';
export type { RidgeOptions } from './Ridge';
export { ElasticNet, Lasso } from './ElasticNet';
export type { ElasticNetOptions } from './ElasticNet';
export { GradientDescentRegressor } from './GradientDescentRegressor';
export { gradientDescent } from './gradientDescent';
export type { GradientDescentOptions, DescentMethod } from './descentOptions';
export type { DescentResult } from './descentMonitor';
export { LogisticRegression } from './LogisticRegression';
export { probabilities, predictClasses } from './logisticPrediction';
export type { LogisticRegressionOptions, LogisticSolver } from './LogisticRegression';
export type { LinearParameters } from './linear';
export type { TrainingCurves } from './curves';
export { regressionMetrics, r2Score } from './metrics/regression';
export type { RegressionMetrics } from './metrics/regression';
export { classificationMetrics, confusionMatrix, logLoss, rocAuc, rocAndPrCurves } from './metrics/classification';
export type { ClassificationMetrics, ClassMetrics, CurvePoints } from './metrics/classification';
export { StandardScaler, MinMaxScaler, applyScaling, unscaleCoefficients } from './prepare/scaling';
export type { ScalerJSON, ScalingKind } from './prepare/scaling';
export { planEncoders, encodeRows, encodedNames } from './prepare/design';
export type { Encoder, DatetimePart } from './prepare/design';
export { fitImputer, applyImputer } from './prepare/impute';
export type { ImputerJSON, MissingStrategy } from './prepare/impute';
export { polynomialTerms, polynomialExpand } from './prepare/polynomial';
export { noSplit, randomSplit, stratifiedSplit, timeSplit, parseSplitJSON, kFold } from './split';
export type { Split } from './split';
export { learningCurve, validationCurve, crossValidate } from './studies';
export type { ScoreCurve, CrossValidation } from './studies';
export { validationCurveOnTable, learningCurveOnTable } from './tableStudies';
export { STUDY_PARAMS } from './tableStudies';
export type { StudyParam, StudyProgress } from './tableStudies';
export { diagnose } from './diagnosis';
export type { Diagnosis, DiagnosisInput, Verdict } from './diagnosis';
export { compareLeastSquaresDescent } from './compare';
export type { LeastSquaresVsDescent } from './compare';
export { fitTable } from './pipeline';
export { explainFit } from './explain/explainFit';
export type { Explanation, DescentStepExplanation, NormalEquationsExplanation } from './explain/types';
export type { FitSpec, FitReport, SplitRequest, SplitReport } from './pipeline';
export { ESTIMATORS, estimatorEntry, entryForMethod, makeEstimator, estimatorFromJSON } from './registry';
export type { EstimatorCapabilities, EstimatorEntry, EstimatorSettings } from './registry';
export { MODEL_SPECS, familySpec, methodSpec, optionSpec, allOptionSpecs, effectiveOption } from './specs';
export type { FamilySpec, MethodSpec, ModelFamily, ModelOptionSpec, ModelOptionValues, OptionKind, OptionValue, Task } from './specs';
export { validateModelOptions } from './optionValidation';
export { MODEL_MESSAGE_KEYS, verdictKey } from './messageKeys';
export { parseModelJSON, fingerprint, MODEL_FORMAT, MODEL_VERSION } from './modelJson';
export type { ModelJSON } from './modelJson';
export { predictTable } from './predictTable';
export { pythonScript } from './exportPython';
export type { InvalidCells, Predictions } from './predictTable';
