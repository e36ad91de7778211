/**
 * The fit panel: task, target, features, preparation, split and method with its options (generated
 * from the engine's MODEL_SPECS), Fit and Stop, and the equivalent `fitplot fit` command line.
 */
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/store';
import type { ColumnInfo, FormFamily, FormMethod, Message, WorkbookInfo } from '../../../src/protocol/protocol';
import { FeaturePicker } from './FeaturePicker';
import { Field } from './Field';
import { OptionField } from './OptionField';
import type { FitFormState, SplitKind } from './fitForm';
import { commandLine, featureCandidates, splitColumnCandidates, suggestedModel } from './fitForm';
import { familyOf, optionFlags, visibleOptions } from './methodSpecs';
import { wordMessage } from './wording';

interface Props {
  readonly forms: readonly FormFamily[];
  readonly method: FormMethod;
  readonly form: FitFormState;
  readonly columns: readonly ColumnInfo[];
  readonly fileName: string;
  /** Set when the dataset is a workbook's sheet: the command line names it. */
  readonly workbook?: WorkbookInfo;
  readonly problems: readonly Message[];
  readonly running: boolean;
  readonly onChange: (form: FitFormState) => void;
  readonly onFit: () => void;
  readonly onStop: () => void;
}

export function FitPanel({ forms, method, form, columns, fileName, workbook, problems, running, onChange, onFit, onStop }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<FitFormState>) => onChange({ ...form, ...patch });
  const setModel = (model: string) => set({ model, method: familyOf(forms, model)!.defaultMethod, options: {} });
  const setTarget = (target: string) => {
    const family = suggestedModel(
      forms,
      columns.find((c) => c.name === target),
    );
    onChange({
      ...form,
      target,
      features: form.features.filter((f) => f !== target),
      ...(family.family !== form.model && { model: family.family, method: family.defaultMethod, options: {} }),
    });
  };
  const candidates = featureCandidates(columns, form.target);
  const splitColumns = splitColumnCandidates(columns, form.target);
  const options = visibleOptions(method, form.options);
  const command = commandLine(form, fileName, optionFlags(method, form.options), workbook);
  // The fit reads the dataset's filtered rows; the fitplot command has no row filter, so both say so.
  const filterState = useApp((s) => s.filterState);
  return (
    <form className="form panel fit-panel" aria-label={t('models.fitPanel')} onSubmit={(e) => (e.preventDefault(), onFit())}>
      <Field label={t('models.target')}>
        <select value={form.target} onChange={(e) => setTarget(e.target.value)}>
          {columns
            .filter((c) => c.type !== 'datetime')
            .map((c) => (
              <option key={c.name} value={c.name}>
                {c.name} ({t(`types.${c.type}`)})
              </option>
            ))}
        </select>
      </Field>
      <Field label={t('models.task')}>
        <select value={form.model} onChange={(e) => setModel(e.target.value)}>
          {forms.map((f) => (
            <option key={f.family} value={f.family}>
              {t(`models.taskOf.${f.task}`)} ({wordMessage(t, { key: f.labelKey })})
            </option>
          ))}
        </select>
      </Field>
      <FeaturePicker candidates={candidates} chosen={form.features} onChange={(features) => set({ features })} />
      <fieldset>
        <legend>{t('models.preparation')}</legend>
        <Field label={t('models.scale')}>
          <select value={form.scale} onChange={(e) => set({ scale: e.target.value as FitFormState['scale'] })}>
            {(['none', 'standard', 'minmax'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`models.scaleKind.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('models.missing')}>
          <select value={form.missing} onChange={(e) => set({ missing: e.target.value as FitFormState['missing'] })}>
            {(['drop', 'mean', 'median'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`models.missingKind.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('models.degree')}>
          <input
            type="number"
            min={1}
            max={10}
            step={1}
            value={form.degree}
            onChange={(e) => set({ degree: Math.max(1, Math.round(Number(e.target.value) || 1)) })}
          />
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t('models.split')}</legend>
        <Field label={t('models.splitKind')}>
          <select value={form.split} onChange={(e) => set({ split: e.target.value as SplitKind })}>
            {(['random', 'time', 'column', 'kfold', 'none'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`models.splitKinds.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        {(form.split === 'random' || form.split === 'time') && (
          <Field label={t('models.validationFraction')}>
            <input
              type="number"
              min={0.05}
              max={0.9}
              step={0.05}
              value={form.fraction}
              onChange={(e) => set({ fraction: Number(e.target.value) })}
            />
          </Field>
        )}
        {(form.split === 'random' || form.split === 'time') && (
          <Field label={t('models.testFraction')}>
            <input
              type="number"
              min={0}
              max={0.9}
              step={0.05}
              value={form.testFraction}
              title={t('models.testFractionHelp')}
              onChange={(e) => set({ testFraction: Math.max(0, Number(e.target.value) || 0) })}
            />
          </Field>
        )}
        {form.split === 'column' && (
          <Field label={t('models.splitColumn')}>
            <select value={form.splitColumn} title={t('models.splitColumnHelp')} onChange={(e) => set({ splitColumn: e.target.value })}>
              {splitColumns.length === 0 && <option value="">{t('models.noSplitColumn')}</option>}
              {splitColumns.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.name} ({t(`types.${c.type}`)})
                </option>
              ))}
            </select>
          </Field>
        )}
        {form.split === 'kfold' && (
          <Field label={t('models.folds')}>
            <input
              type="number"
              min={2}
              max={20}
              step={1}
              value={form.folds}
              onChange={(e) => set({ folds: Math.round(Number(e.target.value)) })}
            />
          </Field>
        )}
        <Field label={t('models.seed')}>
          <input
            type="number"
            min={0}
            step={1}
            value={form.seed}
            onChange={(e) => set({ seed: Math.max(0, Math.round(Number(e.target.value) || 0)) })}
          />
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t('models.methodOptions')}</legend>
        <Field label={t('models.method')}>
          <select value={form.method} onChange={(e) => set({ method: e.target.value, options: {} })}>
            {familyOf(forms, form.model)!.methods.map((m) => (
              <option key={m.method} value={m.method}>
                {wordMessage(t, { key: m.labelKey })}
              </option>
            ))}
          </select>
        </Field>
        <small className="muted option-help">{t(`models.methodHelp.${form.method}`, { defaultValue: '' })}</small>
        {options.map((o) => (
          <OptionField
            key={o.name}
            option={o}
            value={form.options[o.name]}
            onChange={(value) => {
              const next = { ...form.options };
              if (value === undefined) delete next[o.name];
              else next[o.name] = value;
              set({ options: next });
            }}
          />
        ))}
      </fieldset>
      {problems.length > 0 && (
        <ul className="warnings form-problems" data-testid="form-problems">
          {problems.map((p) => (
            <li key={p.key + JSON.stringify(p.params ?? {})}>{wordMessage(t, p)}</li>
          ))}
        </ul>
      )}
      {filterState && (
        <p className="muted" role="status" data-testid="fit-filter-note">
          {t('models.filterNote', { shown: filterState.matchCount.toLocaleString(), total: filterState.rowCount.toLocaleString() })}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={running || problems.length > 0}>
          {t('models.fit')}
        </button>
        <button type="button" onClick={onStop} disabled={!running}>
          {t('models.stop')}
        </button>
      </div>
      <details className="command-line">
        <summary>{t('models.commandLine')}</summary>
        <code data-testid="command-line">{command}</code>
        {filterState && (
          <small className="muted" data-testid="command-no-filter">
            {t('models.commandNoFilter')}
          </small>
        )}
        <button type="button" onClick={() => void navigator.clipboard?.writeText(command)}>
          {t('models.copyCommand')}
        </button>
      </details>
    </form>
  );
}
