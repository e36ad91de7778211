/**
 * Table → fitted model + report, in stages, each in its own module under fit/:
 * encode (target, features, missing values) → split → train (preprocessing fitted on the training
 * rows, then the estimator, with live progress and a stop button) → evaluate (metrics,
 * coefficients, inference, k-fold) → diagnose. The report is the `fitplot fit --json` output
 * (docs/models.md) and the app's model view; the model is what `predictTable` re-applies.
 */
import type { Message } from '../table/messages';
import { msg } from '../table/messages';
import type { Table } from '../table/types';
import type { FitControl } from './estimatorContract';
import type { ModelJSON } from './modelJson';
import { MODEL_FORMAT, MODEL_VERSION, fingerprint } from './modelJson';
import { assertModelOptions } from './optionValidation';
import { entryForMethod } from './registry';
import { familySpec } from './specs';
import { encodeStage } from './fit/encodeStage';
import { splitStage } from './fit/splitStage';
import { trainStage } from './fit/trainStage';
import { evaluateStage } from './fit/evaluateStage';
import { diagnoseStage } from './fit/diagnoseStage';
import type { FitReport, FitSpec } from './fit/fitSpec';
import type { MetricsReport } from './report';
import type { Explanation } from './explain/types';
import { explainFit } from './explain/explainFit';

export type { FitReport, FitSpec, SplitRequest, SplitReport } from './fit/fitSpec';

/** Split lists are kept in the report only up to this many rows (the seed reproduces larger ones). */
const MAX_LISTED_ROWS = 10000;

export function fitTable(
  table: Table,
  spec: FitSpec,
  control?: FitControl,
): { report: FitReport; model: ModelJSON; explanation?: Explanation; testMetrics?: MetricsReport } {
  const t0 = performance.now();
  const warnings: Message[] = [];
  const methodSpec = assertModelOptions(spec.model, spec.method, spec.options ?? {});
  const entry = entryForMethod(spec.model, methodSpec.method);
  const task = familySpec(spec.model)!.task;
  const classification = task === 'classification';
  const enc = encodeStage(table, spec, classification, warnings, control?.rowFilter);
  const { split, timeColumn, folds } = splitStage(table, spec, enc.rows, enc.y, classification, warnings);
  const trained = trainStage(spec, methodSpec.method, enc, split, control);
  const info = trained.est.fitInfo();
  warnings.push(...info.warnings);
  const ev = evaluateStage(spec, trained, entry.capabilities, enc.encoding, folds, enc.x, enc.y, split.test);
  // A test score stays fair only while nothing is chosen by it: say so whenever it is shown.
  if (spec.evaluateTest)
    warnings.push(ev.test ? msg('model.warning.testScoreOnce', { count: split.test!.length }) : msg('model.warning.noTestRows'));
  const shownTest = spec.evaluateTest ? ev.test : undefined;
  const classes = enc.encoding.classes?.length;
  const diagnosis = diagnoseStage(spec, methodSpec, trained, info, entry.capabilities, ev, classes, warnings);
  const imputed: Record<string, number> = {};
  if ((spec.missing ?? 'drop') !== 'drop')
    enc.baseNames.forEach((nm, j) => (trained.imputed[j]! > 0 ? (imputed[nm] = trained.imputed[j]!) : undefined));
  const n = enc.rows.length;
  const listed = n <= MAX_LISTED_ROWS;
  const { warnings: _w, ...fitInfo } = info;
  const curves = trained.est.curves;
  const report: FitReport = {
    model: spec.model,
    task,
    method: methodSpec.method,
    estimator: trained.est.kind,
    ...fitInfo,
    // Settings the user did not choose: the output says they are defaults.
    defaults: Object.keys(info.settings).filter((k) => k !== 'lambda' && !Object.hasOwn(spec.options ?? {}, k)),
    ...(diagnosis.bestEpoch !== undefined && { bestEpoch: diagnosis.bestEpoch }),
    target: spec.target,
    features: trained.names,
    ...(enc.encoding.classes && { classes: enc.encoding.classes }),
    ...(enc.encoding.positiveClass !== undefined && { positiveClass: enc.encoding.positiveClass }),
    ...(classes === 2 && typeof info.settings.threshold === 'number' && { threshold: info.settings.threshold }),
    ...ev.coefficients,
    ...(ev.inference && { inference: ev.inference }),
    metrics: { train: ev.train, ...(ev.validation && { validation: ev.validation }), ...(shownTest && { test: shownTest }) },
    ...(curves && { curves }),
    ...(ev.crossValidation && { crossValidation: ev.crossValidation }),
    ...(trained.comparison && { comparison: trained.comparison }),
    diagnosis,
    split: {
      kind: folds ? 'kfold' : split.kind,
      trainRows: split.train.length,
      validationRows: split.validation.length,
      ...(split.validationFraction !== undefined && { validationFraction: split.validationFraction }),
      ...(split.test && { testRows: split.test.length }),
      ...(split.testFraction !== undefined && { testFraction: split.testFraction }),
      ...(split.seed !== undefined && { seed: split.seed }),
      ...(timeColumn !== undefined && { timeColumn }),
      ...(spec.split?.kind === 'column' && { column: spec.split.column }),
      // Data-row indices of the file (0-based), so the split can be replayed with --split-file.
      ...(listed && { train: split.train.map((p) => enc.rows[p]!), validation: split.validation.map((p) => enc.rows[p]!) }),
      ...(listed && split.test && { test: split.test.map((p) => enc.rows[p]!) }),
      ...(listed &&
        folds && {
          folds: folds.map((f) => ({ train: f.train.map((p) => enc.rows[p]!), validation: f.validation.map((p) => enc.rows[p]!) })),
        }),
    },
    rows: { total: table.rowCount, used: n, ...enc.counts, imputed },
    preprocessing: { scale: spec.scale ?? 'none', degree: spec.degree ?? 1, missing: spec.missing ?? 'drop' },
    referenceLevels: Object.fromEntries(
      enc.encoders.flatMap((e) => (e.kind === 'onehot' && e.droppedLevel !== undefined ? [[e.column, e.droppedLevel]] : [])),
    ),
    warnings,
    timeMs: performance.now() - t0,
  };
  const model: ModelJSON = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    model: spec.model,
    target: spec.target,
    targetEncoding: enc.encoding,
    encoders: enc.encoders,
    features: trained.names,
    transform: trained.transform,
    estimator: trained.est.toJSON(),
    report: report as unknown as Record<string, unknown>,
    fingerprint: { rows: split.train.length, columns: enc.features, hash: fingerprint(trained.xTrainRaw.data, trained.yTrain) },
  };
  const explanation = explainFit(spec, methodSpec, trained, classes);
  // The test score rides along unseen, so the app can show it later from this very model (no refit).
  return { report, model, ...(explanation && { explanation }), ...(ev.test && { testMetrics: ev.test }) };
}
