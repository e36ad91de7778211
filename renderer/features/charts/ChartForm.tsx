/** The chart form, generated from the engine's charts spec: type, column roles, options, title and colours. */
import { useTranslation } from 'react-i18next';
import type { ChartSpecs, ColumnInfo, OptionSpec, RoleSpec } from '../../../src/protocol/protocol';
import type { ChartState } from '../../app/store';
import type { ChartKind, Settings } from './chartForm';
import { changeSetting, columnsFor, initialSettings, PALETTES, roleUnused } from './chartForm';
import { kindLabelKey, optionLabelKey, roleLabelKey, valueLabelKey } from './specKeys';

interface Props {
  readonly specs: ChartSpecs;
  readonly chart: ChartState;
  readonly columns: readonly ColumnInfo[];
  readonly onChange: (patch: Partial<Omit<ChartState, 'id'>>) => void;
}

function RoleField({
  kind,
  role,
  settings,
  columns,
  set,
  unused,
}: {
  kind: ChartKind;
  role: RoleSpec;
  settings: Settings;
  columns: readonly ColumnInfo[];
  set: (key: string, value: unknown) => void;
  unused: boolean;
}) {
  const { t } = useTranslation();
  const label = t(roleLabelKey(kind, role.key));
  const fits = columnsFor(role, columns);
  if (role.multiple) {
    const chosen = Array.isArray(settings[role.key]) ? (settings[role.key] as string[]) : [];
    return (
      <fieldset>
        <legend>
          {label}
          {role.required ? ' *' : ''}
        </legend>
        {fits.map((c) => (
          <label key={c.name} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(c.name)}
              onChange={(e) => set(role.key, e.target.checked ? [...chosen, c.name] : chosen.filter((n) => n !== c.name))}
            />
            {c.name}
          </label>
        ))}
      </fieldset>
    );
  }
  const value = typeof settings[role.key] === 'string' ? (settings[role.key] as string) : '';
  return (
    <label>
      {label}
      {role.required ? ' *' : ''}
      <select value={value} onChange={(e) => set(role.key, e.target.value || undefined)} disabled={unused} data-testid={`role-${role.key}`}>
        {!role.required || value === '' ? <option value="">{t('charts.none')}</option> : null}
        {fits.map((c) => (
          <option key={c.name} value={c.name}>
            {c.name} ({t(`types.${c.type}`)})
          </option>
        ))}
      </select>
    </label>
  );
}

/** `scope`: the chart kind, or 'look' for the options every chart shares (see specKeys.ts). */
function OptionField({
  scope,
  option,
  settings,
  set,
}: {
  scope: string;
  option: OptionSpec;
  settings: Settings;
  set: (key: string, value: unknown) => void;
}) {
  const { t } = useTranslation();
  const label = t(optionLabelKey(scope, option.key));
  const value = settings[option.key] ?? option.default;
  if (option.kind === 'boolean') {
    return (
      <label className="check">
        <input type="checkbox" checked={value === true} onChange={(e) => set(option.key, e.target.checked)} />
        {label}
      </label>
    );
  }
  if (option.kind === 'enum') {
    return (
      <label>
        {label}
        <select value={String(value)} onChange={(e) => set(option.key, e.target.value)}>
          {option.values.map((v) => (
            <option key={v} value={v}>
              {t(valueLabelKey(option.key, v))}
            </option>
          ))}
        </select>
      </label>
    );
  }
  return (
    <label>
      {label}
      <input
        type="number"
        min={option.min}
        max={option.max}
        step={option.integer ? 1 : 'any'}
        value={String(value)}
        onChange={(e) => {
          const n = Number(e.target.value);
          if (e.target.value !== '' && Number.isFinite(n))
            set(option.key, Math.min(option.max, Math.max(option.min, option.integer ? Math.round(n) : n)));
        }}
      />
    </label>
  );
}

export function ChartForm({ specs, chart, columns, onChange }: Props) {
  const { t } = useTranslation();
  const kind = chart.settings.kind as ChartKind;
  const spec = specs.charts[kind];
  const set = (key: string, value: unknown) => onChange({ settings: changeSetting(spec, chart.settings, key, value) });
  return (
    <div className="form panel chart-form" aria-label={t('charts.options')}>
      <label>
        {t('charts.type')}
        <select
          value={kind}
          onChange={(e) => onChange({ settings: initialSettings(specs.charts[e.target.value as ChartKind], columns, chart.settings) })}
          data-testid="chart-kind"
        >
          {Object.values(specs.charts).map((s) => (
            <option key={s.kind} value={s.kind}>
              {t(kindLabelKey(s.kind))}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('charts.roles')}</legend>
        {spec.roles.map((role) => (
          <RoleField
            key={role.key}
            kind={kind}
            role={role}
            settings={chart.settings}
            columns={columns}
            set={set}
            unused={roleUnused(role, chart.settings, spec)}
          />
        ))}
      </fieldset>
      {spec.options.length > 0 && (
        <fieldset>
          <legend>{t('charts.options')}</legend>
          {spec.options.map((option) => (
            <OptionField key={option.key} scope={kind} option={option} settings={chart.settings} set={set} />
          ))}
        </fieldset>
      )}
      <fieldset>
        <legend>{t('charts.look')}</legend>
        <label>
          {t('charts.chartTitle')}
          <input
            type="text"
            value={typeof chart.settings.title === 'string' ? chart.settings.title : ''}
            onChange={(e) => set('title', e.target.value || undefined)}
            data-testid="chart-title"
          />
        </label>
        <label>
          {t('charts.subtitle')}
          <input
            type="text"
            value={typeof chart.settings.subtitle === 'string' ? chart.settings.subtitle : ''}
            onChange={(e) => set('subtitle', e.target.value || undefined)}
          />
        </label>
        {spec.axes &&
          (['xTitle', 'yTitle'] as const).map((key) => (
            <label key={key}>
              {t(`charts.${key}`)}
              <input
                type="text"
                value={typeof chart.settings[key] === 'string' ? chart.settings[key] : ''}
                placeholder={t('charts.axisTitlePlaceholder')}
                onChange={(e) => set(key, e.target.value || undefined)}
                data-testid={`chart-${key}`}
              />
            </label>
          ))}
        {specs.look.map((option) => (
          <OptionField key={option.key} scope="look" option={option} settings={chart.settings} set={set} />
        ))}
        <label>
          {t('charts.palette')}
          <select value={chart.palette} onChange={(e) => onChange({ palette: e.target.value })}>
            {Object.keys(PALETTES).map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
    </div>
  );
}
