/** Buttons that start a comparison in one click: descent variants, learning rates, penalty strengths. */
import { useTranslation } from 'react-i18next';
import type { FormFamily } from '../../../src/protocol/protocol';
import { startFit } from './fitCommands';
import type { FitFormState } from './fitForm';
import { specFromForm } from './fitForm';
import { methodOf } from './methodSpecs';
import { PRESETS, presetVariants } from './presets';
import type { PresetKind } from './presets';
import { useModels } from './runsStore';

interface Props {
  readonly forms: readonly FormFamily[];
  readonly form: FitFormState;
  readonly datasetId: string;
  readonly fileName: string;
  readonly disabled: boolean;
}

export function Presets({ forms, form, datasetId, fileName, disabled }: Props) {
  const { t } = useTranslation();
  const run = (kind: PresetKind) => {
    const ids = presetVariants(kind, form).flatMap((v) => {
      const method = methodOf(forms, form.model, v.method);
      if (!method) return [];
      const variant = { ...form, method: v.method, options: v.options };
      return [startFit(datasetId, fileName, specFromForm(variant, fileName, method), method.labelKey)];
    });
    useModels.setState({ compare: ids });
  };
  return (
    <section className="panel presets" aria-labelledby="presets-title">
      <h2 id="presets-title">{t('models.presets')}</h2>
      <div className="row">
        {PRESETS.map((kind) => (
          <button key={kind} type="button" disabled={disabled} onClick={() => run(kind)} title={t(`models.presetHelp.${kind}`)}>
            {t(`models.preset.${kind}`)}
          </button>
        ))}
      </div>
    </section>
  );
}
