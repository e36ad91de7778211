/**
 * Starting a lesson: its sample is loaded the way the Start view opens samples (unless that file
 * is already the loaded table), the view comes back to Models, and the lesson's runs start
 * together, ticked for comparison, with the fit form left at the last run's settings.
 */
import { openSample } from '../../../app/commands';
import { useApp } from '../../../app/store';
import type { FormFamily } from '../../../../src/protocol/protocol';
import { startFit } from '../fitCommands';
import { specFromForm } from '../fitForm';
import { methodOf } from '../methodSpecs';
import { useModels } from '../runsStore';
import type { Lesson } from './lessons';
import { lessonForms } from './lessons';

export async function runLesson(lesson: Lesson, forms: readonly FormFamily[]): Promise<void> {
  if (useApp.getState().dataset?.fileName !== lesson.fileName) {
    await openSample(lesson.sample);
    useApp.setState({ view: 'models' });
  }
  const dataset = useApp.getState().dataset;
  // The load failed: its error is shown by the app; nothing to fit.
  if (dataset?.fileName !== lesson.fileName) return;
  const runForms = lessonForms(lesson, dataset.columns, forms);
  const ids = runForms.flatMap((form) => {
    const method = methodOf(forms, form.model, form.method);
    return method ? [startFit(dataset.datasetId, dataset.fileName, specFromForm(form, dataset.fileName, method), method.labelKey)] : [];
  });
  useModels.setState({ compare: ids, form: runForms.at(-1)!, formDataset: dataset.datasetId });
}
