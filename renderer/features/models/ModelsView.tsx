/**
 * Models: the fit panel on the left; on the right the shown run (live training, then its results),
 * the Runs table with comparison presets, the comparison of ticked runs, and using a model.
 */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { useApp } from '../../app/store';
import { useEffectiveTheme } from '../../app/useThemeAndLanguage';
import { CompareRuns } from './CompareRuns';
import { FitPanel } from './FitPanel';
import { LiveTraining } from './LiveTraining';
import { ModelError } from './ModelError';
import { Presets } from './Presets';
import { RunResults } from './RunResults';
import { RunsTable } from './RunsTable';
import { UseModel } from './UseModel';
import { startFit, stopFit } from './fitCommands';
import { initialForm, specFromForm } from './fitForm';
import { formProblems, usedOptionNames } from './methodSpecs';
import { activeRun, useModels } from './runsStore';
import './models.css';

export function ModelsView() {
  const { t } = useTranslation();
  const dataset = useApp((s) => s.dataset);
  const language = useApp((s) => s.language);
  const theme = useEffectiveTheme();
  const look = useMemo(() => ({ theme, locale: language }), [theme, language]);
  const form = useModels((s) => s.form);
  const formDataset = useModels((s) => s.formDataset);
  const run = useModels(activeRun);
  const runs = useModels((s) => s.runs);
  const compare = useModels((s) => s.compare);

  useEffect(() => {
    if (dataset && formDataset !== dataset.datasetId) useModels.setState({ form: initialForm(dataset.columns), formDataset: dataset.datasetId });
  }, [dataset, formDataset]);

  if (!dataset) return <EmptyState>{t('models.noFile')}</EmptyState>;
  if (!form || formDataset !== dataset.datasetId) return <EmptyState>{t('common.loading')}</EmptyState>;
  const running = run?.status === 'running';
  const spec = () => specFromForm(form, dataset.fileName, usedOptionNames(form.model, form.method));
  const compared = runs.filter((r) => compare.includes(r.id));
  return (
    <section className="view models-view" aria-labelledby="models-title">
      <h1 id="models-title">{t('models.title')}</h1>
      <div className="models-layout">
        <FitPanel
          form={form}
          columns={dataset.columns}
          fileName={dataset.fileName}
          problems={formProblems(form)}
          running={running}
          onChange={(next) => useModels.setState({ form: next })}
          onFit={() => startFit(dataset.datasetId, dataset.fileName, spec())}
          onStop={() => run && stopFit(run.id)}
        />
        <div className="models-main">
          {run ? (
            <>
              <LiveTraining run={run} look={look} />
              {run.error && <ModelError error={run.error} />}
              {run.status === 'stopped' && <p className="warnings" role="status">{t('models.stoppedNote')}</p>}
              {run.result && <RunResults result={run.result} datasetId={run.datasetId} look={look} />}
            </>
          ) : (
            <p className="panel muted">{t('models.intro')}</p>
          )}
          {runs.length > 0 && <RunsTable />}
          <Presets form={form} datasetId={dataset.datasetId} fileName={dataset.fileName} />
          {compared.length >= 2 && <CompareRuns runs={compared} look={look} />}
          {run?.result && <UseModel result={run.result} />}
        </div>
      </div>
    </section>
  );
}
