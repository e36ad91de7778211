/**
 * The training-curve chart options: one or several runs' train/validation loss per epoch (the live
 * epochs while a run trains, its recorded curves once done), the best epoch marked, and a closed-form
 * run (least squares) drawn as the flat level a descent converges to.
 */
import { buildTrainingCurves } from '../../../src/charts/modelCharts';
import type { TrainingRun } from '../../../src/charts/modelCharts';
import type { EChartsOption } from '../../components/echarts';
import type { RunRecord } from './runsStore';

export interface Look {
  readonly theme: 'light' | 'dark';
  readonly locale: 'en' | 'ko';
}

/** Loss per epoch of a run: the report's curves when finished, the streamed epochs while training. */
export function runLosses(run: RunRecord): { train: number[]; validation?: number[] } | null {
  const curves = run.result?.report.curves;
  if (curves && curves.trainLoss.length > 0) return { train: curves.trainLoss, ...(curves.validationLoss.length === curves.trainLoss.length && { validation: curves.validationLoss }) };
  if (run.epochs.length === 0) return null;
  const validation = run.epochs.every((e) => e.validationLoss !== undefined) ? run.epochs.map((e) => e.validationLoss!) : undefined;
  return { train: run.epochs.map((e) => e.trainLoss), ...(validation && { validation }) };
}

/** The epoch (1-based) with the lowest validation loss, if there is a validation curve. */
export function bestEpoch(losses: { readonly validation?: readonly number[] }): number | undefined {
  const v = losses.validation;
  if (!v || v.length === 0) return undefined;
  let best = 0;
  v.forEach((x, i) => (x < v[best]! ? (best = i) : undefined));
  return best + 1;
}

/** Half the mean squared error on the training rows: the loss the descent curves use, for a closed-form level. */
function closedFormLoss(run: RunRecord): number | undefined {
  const m = run.result?.report.metrics.train as { mse?: number } | undefined;
  return m?.mse === undefined ? undefined : m.mse / 2;
}

export function trainingOption(runs: readonly RunRecord[], name: (run: RunRecord) => string, look: Look, title?: string): EChartsOption | null {
  const curves: TrainingRun[] = [];
  const levels: { name: string; value: number }[] = [];
  let longest = 1;
  for (const run of runs) {
    const losses = runLosses(run);
    if (losses) {
      curves.push({ name: name(run), ...losses });
      longest = Math.max(longest, losses.train.length);
    } else {
      const level = closedFormLoss(run);
      if (level !== undefined) levels.push({ name: name(run), value: level });
    }
  }
  if (curves.length === 0) return null;
  const option = buildTrainingCurves(curves, { ...look, ...(title !== undefined && { title }) }) as EChartsOption & { series: Record<string, unknown>[] };
  const first = curves.length === 1 ? bestEpoch(curves[0]!) : undefined;
  if (first !== undefined && option.series[0]) {
    option.series[0].markLine = { symbol: 'none', silent: true, label: { formatter: look.locale === 'ko' ? `최적 에포크 ${first}` : `best epoch ${first}` }, lineStyle: { type: 'dotted' }, data: [{ xAxis: first }] };
  }
  for (const level of levels) {
    option.series.push({ type: 'line', name: level.name, data: [[1, level.value], [longest, level.value]], showSymbol: false, lineStyle: { type: 'dotted', width: 2 } });
  }
  return option;
}
