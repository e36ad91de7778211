/** Buttons that start a comparison in one click: descent variants, learning rates, penalty strengths. */
import { useTranslation } from 'react-i18next';
import { startFit } from './fitCommands';
import type { FitFormState } from './fitForm';
import { specFromForm } from './fitForm';
import { formProblems, usedOptionNames } from './methodSpecs';
import { PRESETS, presetVariants } from './presets';
import type { PresetKind } from './presets';
import { useModels } from './runsStore';

export function Presets({ form, datasetId, fileName }: { form: FitFormState; datasetId: string; fileName: string }) {
  const { t } = useTranslation();
  const run = (kind: PresetKind) => {
    const ids = presetVariants(kind, form).map((v) => {
      const variant = { ...form, method: v.method, options: v.options };
      return startFit(datasetId, fileName, specFromForm(variant, fileName, usedOptionNames(variant.model, variant.method)));
    });
    useModels.setState({ compare: ids });
  };
  const blocked = formProblems(form).length > 0;
  return (
    <section className="panel presets" aria-labelledby="presets-title">
      <h2 id="presets-title">{t('models.presets')}</h2>
      <div className="row">
        {PRESETS.map((kind) => (
          <button key={kind} type="button" disabled={blocked} onClick={() => run(kind)} title={t(`models.presetHelp.${kind}`)}>{t(`models.preset.${kind}`)}</button>
        ))}
      </div>
    </section>
  );
}
