/**
 * Checks chart settings against their chart type's spec and fills in defaults, so builders read
 * complete, valid settings. Bad settings become FitplotErrors naming the field and what to do.
 */
import { FitplotError } from '../table/errors';
import type { Column, Table } from '../table/types';
import type { ChartSettings, CommonSettings } from './settings';
import { COMMON_OPTIONS, LOOK_OPTIONS } from './spec';
import type { ChartSpec, OptionSpec, RoleSpec } from './spec';

/** Settings with the listed optional fields (and the common look fields) guaranteed present. */
export type Filled<S, K extends keyof S = never> = S &
  Required<Pick<S, K>> &
  Required<Pick<CommonSettings, 'theme' | 'locale' | 'width' | 'height'>>;

export interface Resolved<S extends ChartSettings, K extends keyof S> {
  readonly settings: Filled<S, K>;
  /** The column named by a single-column role, or undefined when the optional role is unset. */
  column(key: string): Column | undefined;
  /** The columns named by a role (multiple or single). */
  columns(key: string): Column[];
}

/** Free-text look fields: any string, shown as typed. */
const TEXT_FIELDS = ['title', 'subtitle', 'xTitle', 'yTitle'] as const;

function badOption(message: string, hint: string): FitplotError {
  return new FitplotError({ code: 'BAD_OPTION', message, hint });
}

function checkOption(spec: OptionSpec, value: unknown, chart: string): unknown {
  if (value === undefined || value === null) return spec.default;
  if (spec.kind === 'boolean') {
    if (typeof value !== 'boolean')
      throw badOption(
        `${chart}: option '${spec.key}' must be true or false, not ${JSON.stringify(value)}.`,
        `Set ${spec.key} to true or false.`,
      );
    return value;
  }
  if (spec.kind === 'enum') {
    if (typeof value !== 'string' || !spec.values.includes(value)) {
      throw badOption(
        `${chart}: option '${spec.key}' must be one of ${spec.values.join(', ')}; got ${JSON.stringify(value)}.`,
        `Choose one of: ${spec.values.join(', ')}.`,
      );
    }
    return value;
  }
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < spec.min ||
    value > spec.max ||
    (spec.integer && !Number.isInteger(value))
  ) {
    const what = spec.integer ? 'a whole number' : 'a number';
    throw badOption(
      `${chart}: option '${spec.key}' must be ${what} from ${spec.min} to ${spec.max}; got ${JSON.stringify(value)}.`,
      `Pick ${what} between ${spec.min} and ${spec.max}.`,
    );
  }
  return value;
}

function lookup(table: Table, name: string, role: RoleSpec, chart: string): Column {
  const column = table.columns.find((c) => c.name === name);
  if (!column) {
    const names = table.columns.map((c) => c.name);
    const shown = names.slice(0, 12).join(', ') + (names.length > 12 ? ', …' : '');
    throw new FitplotError({
      code: 'COLUMN_NOT_FOUND',
      message: `${chart}: there is no column named '${name}' (for ${role.label}).`,
      column: name,
      hint: `Columns are: ${shown}.`,
    });
  }
  if (!role.types.includes(column.type)) {
    throw new FitplotError({
      code: 'BAD_COLUMN_TYPE',
      message: `${chart}: column '${name}' is ${column.type}, but ${role.label} needs a ${role.types.join(' or ')} column.`,
      column: name,
      hint: `Choose a ${role.types.join(' or ')} column for ${role.label}, or change the column's type when loading.`,
    });
  }
  return column;
}

/** Settings of a kind no chart type has (e.g. from a stale saved view). */
export function unknownChartType(kind: unknown, kinds: readonly string[]): FitplotError {
  return badOption(`Unknown chart type ${JSON.stringify(kind)}.`, `Use one of: ${kinds.join(', ')}.`);
}

/** Validates `settings` for `table` and fills defaults from `spec`, the chart type's own (each builder passes it). */
export function resolveSettings<S extends ChartSettings, K extends keyof S = never>(
  table: Table,
  settings: S,
  spec: ChartSpec,
): Resolved<S, K> {
  const raw = settings as unknown as Record<string, unknown>;
  const filled: Record<string, unknown> = { ...raw };
  for (const key of TEXT_FIELDS) {
    if (raw[key] !== undefined && typeof raw[key] !== 'string')
      throw badOption(`${spec.label}: '${key}' must be text, not ${JSON.stringify(raw[key])}.`, `Give ${key} as text.`);
  }
  for (const option of [...COMMON_OPTIONS, ...LOOK_OPTIONS, ...spec.options])
    filled[option.key] = checkOption(option, raw[option.key], spec.label);

  const byRole = new Map<string, Column[]>();
  for (const role of spec.roles) {
    const value = raw[role.key];
    const names = value === undefined || value === null || value === '' ? [] : Array.isArray(value) ? (value as unknown[]) : [value];
    if (names.some((n) => typeof n !== 'string'))
      throw badOption(`${spec.label}: ${role.label} must be a column name.`, 'Pass column names as text.');
    if (!role.multiple && names.length > 1)
      throw badOption(`${spec.label}: ${role.label} takes one column, got ${names.length}.`, `Choose a single column for ${role.label}.`);
    if (role.required && names.length === 0) {
      throw new FitplotError({
        code: 'CHART',
        message: `${spec.label} chart needs a column for ${role.label} ('${role.key}').`,
        hint: `Choose a ${role.types.join(' or ')} column for ${role.label}.`,
      });
    }
    if (role.unusedWhen && names.length > 0 && filled[role.unusedWhen.option] === role.unusedWhen.value) {
      // Silently ignoring the column would draw something other than what the user asked for.
      throw new FitplotError({
        code: 'BAD_OPTION',
        key: 'chart.roleUnused',
        // Keys of the spec, not words: the app names the role, option and value with its form's labels.
        params: { kind: spec.kind, role: role.key, option: role.unusedWhen.option, value: role.unusedWhen.value },
        message: `${spec.label}: ${role.label} is not used while ${role.unusedWhen.option} is '${role.unusedWhen.value}'.`,
        hint: `Leave ${role.label} empty, or choose another ${role.unusedWhen.option} (such as 'sum').`,
      });
    }
    byRole.set(
      role.key,
      (names as string[]).map((n) => lookup(table, n, role, spec.label)),
    );
  }
  return {
    settings: filled as unknown as Filled<S, K>,
    column: (key) => byRole.get(key)?.[0],
    columns: (key) => byRole.get(key) ?? [],
  };
}
