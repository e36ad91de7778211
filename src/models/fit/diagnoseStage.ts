/**
 * Stage 6 of fitTable: the diagnosis (diagnosis.ts) from the metrics, the curves and what the run
 * already did, plus the warnings that depend on the whole fit (collinear features).
 */
import type { Message } from '../../table/messages';
import { msg } from '../../table/messages';
import type { Diagnosis } from '../diagnosis';
import { diagnose } from '../diagnosis';
import type { FitInfo } from '../estimatorContract';
import type { LinearRegression } from '../LinearRegression';
import { NEAR_COLLINEAR_CONDITION } from '../LinearRegression';
import type { EstimatorCapabilities } from '../registry';
import type { MetricsReport } from '../report';
import type { MethodSpec } from '../specs';
import type { Evaluated } from './evaluateStage';
import type { FitSpec } from './fitSpec';
import type { Trained } from './trainStage';

export function diagnoseStage(
  spec: FitSpec,
  method: MethodSpec,
  t: Trained,
  info: FitInfo,
  caps: EstimatorCapabilities,
  ev: Evaluated,
  classes: number | undefined,
  warnings: Message[],
): Diagnosis {
  const classification = classes !== undefined;
  const mainScore = (m: MetricsReport) => (classification ? (m as { accuracy: number }).accuracy : (m as { r2: number }).r2);
  const mainLoss = (m: MetricsReport) => (classification ? (m as { logLoss: number }).logLoss : (m as { mse: number }).mse);
  const s = info.settings;
  const diagnosis = diagnose({
    metric: classification ? 'accuracy' : 'r2',
    trainScore: mainScore(ev.train),
    trainLoss: mainLoss(ev.train),
    ...(ev.validation && { validationScore: mainScore(ev.validation), validationLoss: mainLoss(ev.validation) }),
    ...(classification && { baselineAccuracy: majorityShare(t.yTrain, classes) }),
    ...(t.est.curves && { curves: t.est.curves }),
    run: {
      iterative: method.iterative,
      ...(typeof s.learningRate === 'number' && { learningRate: s.learningRate }),
      scaled: (spec.scale ?? 'none') !== 'none',
      penalised: (s.penalty !== undefined && s.penalty !== 'none') || typeof s.alpha === 'number',
      earlyStopping: s.earlyStopping === true,
      degree: spec.degree ?? 1,
      crossValidated: ev.crossValidation !== undefined,
      ...(info.stopReason && { stopReason: info.stopReason }),
    },
  });
  if (ev.crossValidation && diagnosis.verdict === 'unknown') {
    diagnosis.reasons.push(
      msg('model.reason.crossValidation', { folds: ev.crossValidation.folds, mean: ev.crossValidation.mean, std: ev.crossValidation.std }),
    );
  }
  if (caps.inference) {
    const { collinear, conditionNumber } = t.est as LinearRegression;
    if (collinear.length > 0) warnings.push(msg('model.warning.collinear', { features: collinear.map((j) => t.names[j]!) }));
    // Ill-conditioned is not dependent: the solution stands, but rounding can cost about log10(κ) digits.
    if (conditionNumber !== undefined && conditionNumber > NEAR_COLLINEAR_CONDITION) {
      warnings.push(
        msg('model.warning.nearCollinear', {
          condition: Number(conditionNumber.toPrecision(2)),
          digits: Math.round(Math.log10(conditionNumber)),
        }),
      );
    }
  }
  return diagnosis;
}

function majorityShare(y: Float64Array, k: number): number {
  const counts = new Array<number>(k).fill(0);
  for (const v of y) counts[v]! += 1;
  return Math.max(...counts) / y.length;
}
