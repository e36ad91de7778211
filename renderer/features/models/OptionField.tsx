/** One method option, generated from its MODEL_SPECS entry: the control, its label and its inline explanation. */
import { useTranslation } from 'react-i18next';
import { Field } from './Field';
import type { OptionValue } from './fitForm';
import type { ModelOptionSpec } from './methodSpecs';
import { optionDefault } from './methodSpecs';

interface Props {
  readonly option: ModelOptionSpec;
  readonly value: OptionValue | undefined;
  readonly onChange: (value: OptionValue | undefined) => void;
}

export function OptionField({ option, value, onChange }: Props) {
  const { t } = useTranslation();
  const label = t(`models.option.${option.name}`, { defaultValue: option.name });
  const help = t(`models.help.${option.name}`, { defaultValue: '' }) || undefined;
  const current = value ?? optionDefault(option);
  if (option.kind === 'boolean') {
    return (
      <div className="field">
        <label className="check">
          <input type="checkbox" checked={current === true} onChange={(e) => onChange(e.target.checked)} />
          {label}
        </label>
        {help && <small className="muted option-help">{help}</small>}
      </div>
    );
  }
  if (option.kind === 'enum') {
    return (
      <Field label={label} {...(help && { help })}>
        <select value={String(current ?? '')} onChange={(e) => onChange(e.target.value)}>
          {(option.choices ?? []).map((c) => <option key={c} value={c}>{t(`models.choice.${c}`, { defaultValue: c })}</option>)}
        </select>
      </Field>
    );
  }
  return (
    <Field label={label} {...(help && { help })}>
      <input
        type="number"
        value={current === undefined ? '' : String(current)}
        min={option.min}
        max={option.max}
        step={option.kind === 'integer' ? 1 : 'any'}
        onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
      />
    </Field>
  );
}
