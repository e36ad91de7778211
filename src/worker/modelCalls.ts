/**
 * The engine's calls of the model workbench (the "models" area of the protocol,
 * src/protocol/models.ts): fit and stop a run, predict with a run's model or a model file, the
 * result charts, the Python script, reading a saved model, and the fit form's families and checks.
 */
import { pythonScript } from '../models/exportPython';
import { parseModelJSON } from '../models/modelJson';
import { validateModelOptions } from '../models/optionValidation';
import { refusePythonScriptForWorkbook } from '../io/xlsx/pythonScriptSource';
import { filterMask } from '../table/query/filterMask';
import type { EngineApi, RequestId, RunId } from '../protocol/protocol';
import { buildModelChart } from './modelChart';
import { modelForms } from './modelForms';
import { predictPreview, predictionsCsvText, regressionCharts } from './modelResults';
import { notify } from './engineState';
import type { EngineState } from './engineState';

type ModelCalls = Pick<
  EngineApi,
  | 'fit'
  | 'stopFit'
  | 'predict'
  | 'predictionsCsv'
  | 'modelCharts'
  | 'forgetRun'
  | 'modelChart'
  | 'pythonScript'
  | 'readModel'
  | 'modelForms'
  | 'checkModelOptions'
>;

/** The run id is `run<requestId>`, so the UI can stop a fit before its first progress event. */
export function runIdOf(requestId: RequestId): RunId {
  return `run${requestId}`;
}

export function modelCalls(state: EngineState): ModelCalls {
  const { runs } = state;
  return {
    fit(meta, datasetId, spec, onProgress) {
      return state
        .run(meta, () => {
          const { table, filters } = state.dataset(datasetId);
          const rowFilter = filterMask(table, filters);
          return runs.fit(runIdOf(meta.requestId), datasetId, table, { filters, ...(rowFilter && { rowFilter }) }, spec, (event) =>
            notify(onProgress, event),
          );
        })
        .finally(() => state.releaseAll(onProgress));
    },

    stopFit(runId) {
      runs.stop(runId);
    },

    predict(meta, model, datasetId, previewRows) {
      return state.run(meta, () => predictPreview(runs.model(model), state.dataset(datasetId).table, previewRows));
    },

    predictionsCsv(meta, model, datasetId) {
      return state.run(meta, () => predictionsCsvText(runs.model(model), state.dataset(datasetId).table));
    },

    modelCharts(meta, runId, datasetId, look) {
      return state.run(meta, () => {
        const { result, rowFilter } = runs.run(runId);
        return regressionCharts(result.report, result.model, state.dataset(datasetId).table, look, rowFilter);
      });
    },

    forgetRun(runId) {
      runs.forget(runId);
    },

    modelChart(meta, request, look) {
      return state.run(meta, () => buildModelChart(request, look));
    },

    pythonScript(meta, spec, report) {
      return state.run(meta, () => {
        refusePythonScriptForWorkbook(spec.fileName);
        return pythonScript(spec, report);
      });
    },

    readModel(meta, text, fileName) {
      return state.run(meta, () => parseModelJSON(text, fileName));
    },

    async modelForms() {
      return modelForms();
    },

    async checkModelOptions(family, method, values) {
      return validateModelOptions(family, method, values);
    },
  };
}
