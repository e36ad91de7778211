/** Use the model: save it (JSON), load a saved one, apply either to another CSV with a preview, and save the predictions. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo, FitResult, FitSpec, ModelJSON, ModelRef } from '../../../src/protocol/protocol';
import { host } from '../../host';
import { ModelError } from './ModelError';
import type { Applied } from './modelFiles';
import { applyToFile, readModelFile, saveModel, savePredictions, savePythonScript } from './modelFiles';

export function UseModel({ result, spec }: { result: FitResult; spec: FitSpec }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<{ name: string; model: ModelJSON } | null>(null);
  const [applied, setApplied] = useState<Applied | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const ref: ModelRef = loaded ? { model: loaded.model } : { runId: result.runId };
  const model = loaded?.model ?? result.model;

  const onModelFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readModelFile(file);
    setApplied(null);
    if (read.kind === 'error') return setError(read.error);
    if (read.kind !== 'ok') return;
    setError(null);
    setLoaded({ name: file.name, model: read.value });
  };
  const onCsv = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    const outcome = await applyToFile(ref, host().fromDroppedFile(file));
    setBusy(false);
    if (outcome.kind === 'ok') setApplied(outcome.value);
    else if (outcome.kind === 'error') setError(outcome.error);
  };
  const onSave = async () => {
    if (!applied) return;
    const outcome = await savePredictions(ref, applied);
    if (outcome.kind === 'error') setError(outcome.error);
  };
  return (
    <section className="panel use-model" aria-labelledby="use-model-title">
      <h2 id="use-model-title">{t('models.useModel')}</h2>
      <p className="muted">
        {loaded ? t('models.usingLoaded', { name: loaded.name }) : t('models.usingRun')} ·{' '}
        {t('models.modelSummary', { target: model.target, features: model.features.length })}
      </p>
      <div className="row">
        <button type="button" onClick={() => void saveModel(model)}>
          {t('models.saveModel')}
        </button>
        <button
          type="button"
          onClick={() => void savePythonScript(spec, result.report).then((o) => o.kind === 'error' && setError(o.error))}
        >
          {t('models.exportPython')}
        </button>
        <label className="file-button">
          {t('models.loadModel')}
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            data-testid="model-file"
            onChange={(e) => void onModelFile(e.target.files?.[0])}
          />
        </label>
        {loaded && (
          <button type="button" onClick={() => (setLoaded(null), setApplied(null))}>
            {t('models.useRunAgain')}
          </button>
        )}
        <label className="file-button">
          {t('models.applyToCsv')}
          <input
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/plain"
            className="visually-hidden"
            data-testid="apply-file"
            onChange={(e) => void onCsv(e.target.files?.[0])}
          />
        </label>
      </div>
      {busy && <p className="muted">{t('common.loading')}</p>}
      {error && <ModelError error={error} />}
      {applied && (
        <div className="applied" data-testid="applied">
          <p>
            {t('models.predicted', {
              predicted: applied.preview.rows - applied.preview.skippedRows,
              rows: applied.preview.rows,
              file: applied.fileName,
            })}
            {applied.preview.skippedRows > 0 && ` ${t('models.skipped', { n: applied.preview.skippedRows })}`}
          </p>
          <div className="preview-wrap">
            <table className="preview" aria-label={t('models.predictionsPreview')}>
              <thead>
                <tr>
                  <th>#</th>
                  {applied.preview.columns.map((c) => (
                    <th key={c}>{c}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {applied.preview.preview.map((row, i) => (
                  <tr key={i}>
                    <td>{i + 1}</td>
                    {row.map((v, j) => (
                      <td key={j} className="num">
                        {v}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="button" className="primary" onClick={() => void onSave()}>
            {t('models.savePredictions')}
          </button>
        </div>
      )}
    </section>
  );
}
