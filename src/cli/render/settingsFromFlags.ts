/**
 * Turns `fitplot chart` flags into chart settings (validated later against the chart spec). The
 * look flags every chart shares are read here; each chart type's own flags are declared, and read,
 * by its module (src/charts/<kind>.ts, listed in src/charts/registry.ts).
 */
import { UsageError } from '../command';
import type { ChartFlag, ChartFlagReader } from '../../charts/chartType';
import type { ChartKind, ChartSettings, CommonSettings, Locale, ThemeName } from '../../charts/settings';
import { LEGEND_POSITIONS } from '../../charts/look';
import { NUMBER_FORMATS } from '../../charts/numberFormat';
import { CHART_KINDS, CHART_TYPES } from '../../charts/registry';

/** Flag values as node:util parseArgs returns them. */
export type ChartFlagValues = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

/** The look flags every chart takes. */
const LOOK_FLAGS = ['title', 'subtitle', 'x-title', 'y-title', 'legend', 'number-format', 'theme', 'lang', 'width', 'height'] as const;

/**
 * Every chart flag for parseArgs: the look flags and each chart type's own. A flag some chart type
 * repeats (`--y` of a line) is parsed as repeatable; the other types refuse a repeat themselves.
 */
export const CHART_FLAGS: Readonly<Record<string, ChartFlag>> = (() => {
  const flags: Record<string, ChartFlag> = Object.fromEntries(LOOK_FLAGS.map((name) => [name, { type: 'string' }]));
  for (const kind of CHART_KINDS) {
    for (const [name, flag] of Object.entries(CHART_TYPES[kind].cli.flags)) {
      const seen = flags[name];
      if (seen && seen.type !== flag.type)
        throw new Error(`--${name} is declared as ${seen.type} and as ${flag.type} by different chart types.`);
      flags[name] = seen?.multiple ? seen : flag;
    }
  }
  return flags;
})();

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got '${value}').`);
  return value as T;
}

export function numberFlag(flag: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max)
    throw new UsageError(`${flag} must be a number from ${min} to ${max} (got '${value}').`);
  return n;
}

function strings(value: ChartFlagValues[string]): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}

/** "line and heatmap", "a, b and c". */
function listed(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** Reads one chart type's flags from parsed values, with the CLI's usage errors. */
function flagReader(kind: ChartKind, values: ChartFlagValues): ChartFlagReader {
  const text = (flag: string) => strings(values[flag])[0];
  return {
    text,
    list: (flag) => strings(values[flag]),
    required(flag) {
      const value = text(flag);
      if (value === undefined || value === '') throw new UsageError(`a ${kind} chart needs --${flag} COLUMN.`);
      return value;
    },
    set: (flag) => values[flag] === true,
    number: (flag, min, max) => numberFlag(`--${flag}`, text(flag), min, max),
    oneOf: (flag, allowed) => oneOf(`--${flag}`, text(flag), allowed),
  };
}

/** A repeated flag the chart type takes once is an error naming the chart types that take it repeated. */
function refuseRepeats(kind: ChartKind, values: ChartFlagValues): void {
  for (const [name, flag] of Object.entries(CHART_TYPES[kind].cli.flags)) {
    if (flag.multiple || strings(values[name]).length <= 1) continue;
    const repeatable = CHART_KINDS.filter((k) => CHART_TYPES[k].cli.flags[name]?.multiple);
    throw new UsageError(`--${name} can be repeated only for ${listed(repeatable)} charts.`);
  }
}

/** A flag of another chart type is refused rather than ignored: the chart would not be what was asked for. */
function refuseForeign(kind: ChartKind, values: ChartFlagValues): void {
  const own = CHART_TYPES[kind].cli.flags;
  for (const name of Object.keys(CHART_FLAGS)) {
    if (values[name] === undefined || name in own || (LOOK_FLAGS as readonly string[]).includes(name)) continue;
    const takers = CHART_KINDS.filter((k) => name in CHART_TYPES[k].cli.flags);
    throw new UsageError(
      `--${name} does not apply to a ${kind} chart (${listed(takers)} charts take it); a ${kind} chart takes ${Object.keys(own)
        .map((n) => `--${n}`)
        .join(', ')}.`,
    );
  }
}

export function settingsFromFlags(kindText: string, values: ChartFlagValues): ChartSettings {
  const kind = oneOf('chart type', kindText, CHART_KINDS)!;
  const f = (flag: (typeof LOOK_FLAGS)[number]) => strings(values[flag])[0];
  const common: CommonSettings = {
    ...(f('title') !== undefined && { title: f('title') }),
    ...(f('subtitle') !== undefined && { subtitle: f('subtitle') }),
    ...(f('x-title') !== undefined && { xTitle: f('x-title') }),
    ...(f('y-title') !== undefined && { yTitle: f('y-title') }),
    ...(f('legend') !== undefined && { legend: oneOf('--legend', f('legend'), LEGEND_POSITIONS) }),
    ...(f('number-format') !== undefined && { numberFormat: oneOf('--number-format', f('number-format'), NUMBER_FORMATS) }),
    ...(f('theme') !== undefined && { theme: oneOf<ThemeName>('--theme', f('theme'), ['light', 'dark', 'print']) }),
    ...(f('lang') !== undefined && { locale: oneOf<Locale>('--lang', f('lang'), ['en', 'ko']) }),
    width: numberFlag('--width', f('width'), 200, 8000) ?? 900,
    height: numberFlag('--height', f('height'), 150, 8000) ?? 560,
  };
  const type = CHART_TYPES[kind];
  if (!type.spec.axes && (f('x-title') !== undefined || f('y-title') !== undefined))
    throw new UsageError(`a ${kind} chart has no axes: --x-title and --y-title do not apply.`);
  refuseRepeats(kind, values);
  refuseForeign(kind, values);
  return { ...common, kind, ...type.cli.settings(flagReader(kind, values)) } as ChartSettings;
}
