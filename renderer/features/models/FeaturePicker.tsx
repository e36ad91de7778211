/** Features as a searchable list of checkboxes, with "all numeric" and "none"; categories say they are one-hot encoded. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnInfo } from '../../../src/protocol/protocol';

interface Props {
  readonly candidates: readonly ColumnInfo[];
  readonly chosen: readonly string[];
  readonly onChange: (features: string[]) => void;
}

export function FeaturePicker({ candidates, chosen, onChange }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const shown = candidates.filter((c) => c.name.toLowerCase().includes(query.trim().toLowerCase()));
  const toggle = (name: string, on: boolean) =>
    onChange(on ? candidates.map((c) => c.name).filter((n) => n === name || chosen.includes(n)) : chosen.filter((n) => n !== name));
  return (
    <fieldset aria-label={t('models.features')}>
      <legend>
        {t('models.features')} ({chosen.length}/{candidates.length})
      </legend>
      <div className="row" style={{ gap: 6 }}>
        <input
          type="text"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('models.searchFeatures')}
          aria-label={t('models.searchFeatures')}
          style={{ flex: 1 }}
        />
        <button type="button" onClick={() => onChange(candidates.filter((c) => c.type === 'number').map((c) => c.name))}>
          {t('models.allNumeric')}
        </button>
        <button type="button" onClick={() => onChange([])}>
          {t('models.noFeatures')}
        </button>
      </div>
      <div className="feature-list">
        {shown.map((c) => (
          <label key={c.name} className="check">
            <input type="checkbox" checked={chosen.includes(c.name)} onChange={(e) => toggle(c.name, e.target.checked)} />
            <span className="feature-name">{c.name}</span>
            {c.type !== 'number' && <span className="muted">{c.type === 'category' ? t('models.oneHot') : t(`types.${c.type}`)}</span>}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
