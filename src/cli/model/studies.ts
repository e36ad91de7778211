/** `fitplot fit … --learning-curve` and `--validation-curve PARAM=v1,v2,…`: over-/underfitting studies on the same table and settings. */
import { UsageError } from '../command';
import { formatTextTable } from '../textTable';
import type { Table } from '../../table/types';
import type { FitSpec } from '../../models/pipeline';
import type { ScoreCurve } from '../../models/studies';
import type { StudyParam } from '../../models/tableStudies';
import { STUDY_PARAMS, learningCurveOnTable, validationCurveOnTable } from '../../models/tableStudies';

export interface StudyRequest {
  readonly learning: boolean;
  readonly validation?: { readonly param: StudyParam; readonly values: number[] };
}

export function parseStudies(learning: boolean, validation: string | undefined): StudyRequest {
  if (validation === undefined) return { learning };
  const [param, list] = validation.split('=');
  if (!STUDY_PARAMS.includes(param as StudyParam) || !list)
    throw new UsageError(`--validation-curve takes PARAM=v1,v2,… with PARAM one of ${STUDY_PARAMS.join(', ')} (got '${validation}').`);
  const values = list.split(',').map((t) => Number(t.trim()));
  if (values.some((v) => !Number.isFinite(v))) throw new UsageError(`--validation-curve values must be numbers (got '${list}').`);
  return { learning, validation: { param: param as StudyParam, values } };
}

export function runStudies(table: Table, spec: FitSpec, req: StudyRequest): { learningCurve?: ScoreCurve; validationCurve?: ScoreCurve } {
  return {
    ...(req.learning && { learningCurve: learningCurveOnTable(table, spec) }),
    ...(req.validation && { validationCurve: validationCurveOnTable(table, spec, req.validation.param, req.validation.values) }),
  };
}

export function studyText(c: ScoreCurve, title: string): string {
  const f = (v: number) => String(Number(v.toPrecision(6)));
  return `\n${title}\n${formatTextTable([[c.param, 'train score', 'validation score'], ...c.values.map((v, i) => [f(v), f(c.trainScore[i]!), f(c.validationScore[i]!)])], [true, true, true])}`;
}
