/** One method option, generated from its MODEL_SPECS entry: the control, its label and its inline explanation. */
import { useTranslation } from 'react-i18next';
import type { FormOption, OptionValue } from '../../../src/protocol/protocol';
import { Field } from './Field';
import { wordMessage } from './wording';

interface Props {
  readonly option: FormOption;
  readonly value: OptionValue | undefined;
  readonly onChange: (value: OptionValue | undefined) => void;
}

/** A list option typed as "0.01, 0.1, 1"; anything unreadable is kept as NaN so the engine's check names it. */
function parseList(text: string): number[] | undefined {
  const parts = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return parts.length === 0 ? undefined : parts.map(Number);
}

export function OptionField({ option, value, onChange }: Props) {
  const { t } = useTranslation();
  const label = t(`models.option.${option.name}`, { defaultValue: option.name });
  const help = wordMessage(t, { key: option.helpKey });
  const current = value ?? option.default;
  if (option.kind === 'boolean') {
    return (
      <div className="field">
        <label className="check">
          <input type="checkbox" checked={current === true} onChange={(e) => onChange(e.target.checked)} />
          {label}
        </label>
        <small className="muted option-help">{help}</small>
      </div>
    );
  }
  if (option.kind === 'enum') {
    return (
      <Field label={label} help={help}>
        <select value={String(current ?? '')} onChange={(e) => onChange(e.target.value)}>
          {(option.choices ?? []).map((c) => (
            <option key={c} value={c}>
              {t(`models.choice.${c}`, { defaultValue: c })}
            </option>
          ))}
        </select>
      </Field>
    );
  }
  if (option.kind === 'list') {
    return (
      <Field label={label} help={help}>
        <input type="text" value={Array.isArray(current) ? current.join(', ') : ''} onChange={(e) => onChange(parseList(e.target.value))} />
      </Field>
    );
  }
  return (
    <Field label={label} help={help}>
      <input
        type="number"
        value={typeof current === 'number' ? String(current) : ''}
        min={option.min}
        max={option.max}
        step={option.kind === 'integer' ? 1 : 'any'}
        onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
      />
    </Field>
  );
}
