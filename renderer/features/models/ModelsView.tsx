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
import { Lessons } from './explain/Lessons';
import { startFit, stopFit } from './fitCommands';
import { initialForm, specFromForm } from './fitForm';
import { methodOf } from './methodSpecs';
import { activeRun, useModels } from './runsStore';
import { useFormProblems } from './useFormProblems';
import { useModelForms } from './useModelForms';
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
  const forms = useModelForms();
  const method = form && forms ? methodOf(forms, form.model, form.method) : undefined;
  const problems = useFormProblems(form, method);

  useEffect(() => {
    if (dataset && forms && formDataset !== dataset.datasetId)
      useModels.setState({ form: initialForm(dataset.columns, forms), formDataset: dataset.datasetId });
  }, [dataset, forms, formDataset]);

  if (!dataset) return <EmptyState>{t('models.noFile')}</EmptyState>;
  if (!form || !forms || !method || formDataset !== dataset.datasetId) return <EmptyState>{t('common.loading')}</EmptyState>;
  const running = run?.status === 'running';
  const compared = runs.filter((r) => compare.includes(r.id));
  return (
    <section className="view models-view" aria-labelledby="models-title">
      <h1 id="models-title">{t('models.title')}</h1>
      <div className="models-layout">
        <FitPanel
          forms={forms}
          method={method}
          form={form}
          columns={dataset.columns}
          fileName={dataset.fileName}
          {...(dataset.workbook && { workbook: dataset.workbook })}
          problems={problems}
          running={running}
          onChange={(next) => useModels.setState({ form: next })}
          onFit={() => startFit(dataset.datasetId, dataset.fileName, specFromForm(form, dataset.fileName, method), method.labelKey)}
          onStop={() => run && stopFit(run.id)}
        />
        <div className="models-main">
          {run ? (
            <>
              <LiveTraining run={run} look={look} />
              {run.error && <ModelError error={run.error} />}
              {run.status === 'stopped' && (
                <p className="warnings" role="status">
                  {t('models.stoppedNote')}
                </p>
              )}
              {run.result && (
                <RunResults
                  result={run.result}
                  datasetId={run.datasetId}
                  columns={run.datasetId === dataset.datasetId ? dataset.columns : []}
                  look={look}
                />
              )}
            </>
          ) : (
            <p className="panel muted">{t('models.intro')}</p>
          )}
          {runs.length > 0 && (
            <div className="table-wrap">
              <RunsTable />
            </div>
          )}
          <Presets forms={forms} form={form} datasetId={dataset.datasetId} fileName={dataset.fileName} disabled={problems.length > 0} />
          <Lessons forms={forms} />
          {compared.length >= 2 && <CompareRuns runs={compared} look={look} />}
          {run?.result && <UseModel result={run.result} spec={run.spec} />}
        </div>
      </div>
    </section>
  );
}
