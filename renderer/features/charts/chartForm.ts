/**
 * Pure helpers behind the generated chart form: which columns fit a role (from the charts spec),
 * sensible initial settings for a chart type, and the colour palettes.
 */
import type { ChartSpec, ChartSpecs, ColumnInfo, RoleSpec } from '../../../src/protocol/protocol';

export type ChartKind = keyof ChartSpecs['charts'];
export type Settings = Readonly<Record<string, unknown>>;

export const PALETTES: Readonly<Record<string, readonly string[] | null>> = {
  default: null,
  vivid: ['#2f6fde', '#e4572e', '#29a35a', '#f2a541', '#8e44ad', '#17becf', '#d62f83', '#7f7f7f'],
  muted: ['#4c72b0', '#dd8452', '#55a868', '#c44e52', '#8172b3', '#937860', '#da8bc3', '#8c8c8c'],
  colorblind: ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000'],
  greys: ['#222222', '#555555', '#888888', '#aaaaaa', '#cccccc'],
};

export function columnsFor(role: RoleSpec, columns: readonly ColumnInfo[]): ColumnInfo[] {
  return columns.filter((c) => role.types.includes(c.type));
}

/** Fills each required role with a distinct fitting column (in file order), keeping the title/look fields. */
export function initialSettings(spec: ChartSpec, columns: readonly ColumnInfo[], previous: Settings = {}): Settings {
  const settings: Record<string, unknown> = { kind: spec.kind };
  for (const key of ['title', 'subtitle', 'legend', 'numberFormat'] as const)
    if (previous[key] !== undefined) settings[key] = previous[key];
  const used = new Set<string>();
  for (const role of spec.roles) {
    // A role the default options leave unused (a bar's Value while Aggregate is "count") stays empty.
    if (roleUnused(role, settings, spec)) continue;
    const kept = previous[role.key];
    const fits = columnsFor(role, columns);
    const keep = typeof kept === 'string' && fits.some((c) => c.name === kept) ? kept : undefined;
    if (role.multiple) {
      if (role.required) {
        const first = fits.find((c) => !used.has(c.name));
        if (first) settings[role.key] = [first.name];
      }
      continue;
    }
    const choice = keep ?? (role.required ? (fits.find((c) => !used.has(c.name)) ?? fits[0])?.name : undefined);
    if (choice !== undefined) {
      settings[role.key] = choice;
      used.add(choice);
    }
  }
  return settings;
}

/** True while the role means nothing under the current options (a pie's Value while Aggregate is "count"). */
export function roleUnused(role: RoleSpec, settings: Settings, spec: ChartSpec): boolean {
  if (!role.unusedWhen) return false;
  const option = spec.options.find((o) => o.key === role.unusedWhen!.option);
  return (settings[role.unusedWhen.option] ?? option?.default) === role.unusedWhen.value;
}

/**
 * The settings after one field changes: an empty value removes the field, and a role the new
 * options leave unused is emptied (the engine would refuse it rather than ignore it).
 */
export function changeSetting(spec: ChartSpec, settings: Settings, key: string, value: unknown): Settings {
  const next: Record<string, unknown> = { ...settings, [key]: value };
  if (value === undefined || value === '') delete next[key];
  for (const role of spec.roles) if (roleUnused(role, next, spec)) delete next[role.key];
  return next;
}

/** The role fields still empty (the preview explains instead of showing an error). */
export function missingRoles(spec: ChartSpec, settings: Settings): RoleSpec[] {
  return spec.roles.filter((role) => {
    if (!role.required) return false;
    const v = settings[role.key];
    return v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
  });
}
