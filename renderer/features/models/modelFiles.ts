/**
 * Using a fitted model outside the session: save it as JSON, read a saved one back, and apply it to
 * another CSV opened in the worker beside the current table (the source file is only read), with
 * the predictions saved as a new CSV through the host (Electron: atomic write; browser: a download).
 */
import type { FitReport, FitSpec, ModelJSON, ModelRef, PredictResult } from '../../../src/protocol/protocol';
import { engine } from '../../engine/EngineClient';
import type { Outcome } from '../../engine/engineConnection';
import { host } from '../../host';
import type { HostFile } from '../../host';

const PREVIEW_ROWS = 20;

export function saveModel(model: ModelJSON): Promise<boolean> {
  return host().save({
    suggestedName: `${model.target}-${model.model}-model.json`,
    data: `${JSON.stringify(model, null, 2)}\n`,
    mimeType: 'application/json',
    filter: { name: 'Fitplot model', extensions: ['json'] },
  });
}

/** Reads a saved model (the worker checks its format and version). */
export async function readModelFile(file: File): Promise<Outcome<ModelJSON>> {
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return {
      kind: 'error',
      error: {
        code: 'UNREADABLE',
        message: `${file.name} could not be read (${String(error)}).`,
        file: file.name,
        hint: 'Choose the file again.',
      },
    };
  }
  return engine().readModel(text, file.name);
}

export interface Applied {
  readonly fileName: string;
  readonly datasetId: string;
  readonly preview: PredictResult;
}

let openedForPrediction: string | null = null;

/** Opens the CSV in the worker (without replacing the app's table) and predicts its rows. */
export async function applyToFile(model: ModelRef, file: HostFile): Promise<Outcome<Applied>> {
  if (openedForPrediction) engine().close(openedForPrediction);
  openedForPrediction = null;
  const opened = await engine().open(file, {}, () => undefined).result;
  if (opened.kind !== 'ok') return opened;
  openedForPrediction = opened.value.datasetId;
  const predicted = await engine().predict(model, opened.value.datasetId, PREVIEW_ROWS);
  if (predicted.kind !== 'ok') return predicted;
  return { kind: 'ok', value: { fileName: file.name, datasetId: opened.value.datasetId, preview: predicted.value } };
}

/** The numpy/scikit-learn script reproducing a run, saved as a .py file. */
export async function savePythonScript(spec: FitSpec, report: FitReport): Promise<Outcome<boolean>> {
  const script = await engine().pythonScript(spec, report);
  if (script.kind !== 'ok') return script;
  const saved = await host().save({
    suggestedName: `${report.target}-${report.method}.py`,
    data: script.value,
    mimeType: 'text/x-python',
    filter: { name: 'Python script', extensions: ['py'] },
  });
  return { kind: 'ok', value: saved };
}

export async function savePredictions(model: ModelRef, applied: Applied): Promise<Outcome<boolean>> {
  const csv = await engine().predictionsCsv(model, applied.datasetId);
  if (csv.kind !== 'ok') return csv;
  const saved = await host().save({
    suggestedName: applied.fileName.replace(/\.[^.]+$/, '') + '-predictions.csv',
    data: csv.value,
    mimeType: 'text/csv',
    filter: { name: 'CSV', extensions: ['csv'] },
  });
  return { kind: 'ok', value: saved };
}
