/**
 * One validation of model options against MODEL_SPECS for both front ends: the CLI (after parsing
 * its flags) and the app's fit form get the same errors, as Messages with parameters.
 */
import { FitplotError } from '../table/errors';
import type { Message } from '../table/messages';
import { msg } from '../table/messages';
import type { MethodSpec, ModelOptionSpec, ModelOptionValues, OptionValue } from './specs';
import { MODEL_SPECS, effectiveOption, familySpec, methodSpec, optionSpec } from './specs';

/** Errors in `values` for this family and method; empty when all is well. */
export function validateModelOptions(family: string, method: string | undefined, values: ModelOptionValues): Message[] {
  const f = familySpec(family);
  if (!f) return [msg('model.error.unknownFamily', { family, families: Object.keys(MODEL_SPECS) })];
  const m = methodSpec(family, method ?? f.defaultMethod);
  if (!m) return [msg('model.option.unknownMethod', { family, method: method ?? '', methods: f.methods.map((x) => x.method) })];
  const errors: Message[] = [];
  for (const [name, value] of Object.entries(values)) {
    const spec = optionSpec(family, name);
    if (!spec) {
      errors.push(msg('model.option.unknown', { option: name, family, options: f.options.map((o) => o.name) }));
      continue;
    }
    if (!m.options.includes(name)) {
      errors.push(msg('model.option.notUsedByMethod', { option: name, method: m.method, options: m.options }));
      continue;
    }
    const bad = checkValue(spec, value);
    if (bad) {
      errors.push(bad);
      continue;
    }
    if (spec.requires) {
      const other = effectiveOption(family, m, values, spec.requires.option);
      if (!spec.requires.oneOf.includes(other as string | boolean)) {
        errors.push(
          msg('model.option.requires', {
            option: name,
            requires: spec.requires.option,
            values: spec.requires.oneOf.map(String),
            actual: String(other),
          }),
        );
      }
    }
    for (const c of spec.conflicts ?? []) {
      if (Object.hasOwn(values, c)) errors.push(msg('model.option.conflict', { option: name, other: c }));
    }
  }
  return errors;
}

/** Throws the first validation error as a BAD_OPTION FitplotError (the engine's own callers). */
export function assertModelOptions(family: string, method: string | undefined, values: ModelOptionValues): MethodSpec {
  const [first] = validateModelOptions(family, method, values);
  if (first)
    throw new FitplotError({
      code: 'BAD_OPTION',
      key: first.key,
      ...(first.params && { params: first.params }),
      message: `Invalid model option (${first.key}): ${JSON.stringify(first.params ?? {})}.`,
    });
  const f = familySpec(family)!;
  return methodSpec(family, method ?? f.defaultMethod)!;
}

function checkValue(spec: ModelOptionSpec, value: OptionValue): Message | undefined {
  const option = spec.name;
  switch (spec.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : msg('model.option.notBoolean', { option, value: String(value) });
    case 'enum':
      return typeof value === 'string' && spec.choices!.includes(value)
        ? undefined
        : msg('model.option.notAChoice', { option, value: String(value), choices: spec.choices! });
    case 'list':
      return Array.isArray(value) && value.every((v) => inRange(spec, v))
        ? undefined
        : msg('model.option.badList', { option, value: String(value) });
    case 'number':
    case 'integer': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return msg('model.option.notANumber', { option, value: String(value) });
      if (spec.kind === 'integer' && !Number.isInteger(value)) return msg('model.option.notAnInteger', { option, value });
      return inRange(spec, value) ? undefined : rangeError(spec, value);
    }
  }
}

function inRange(spec: ModelOptionSpec, v: number): boolean {
  if (spec.min !== undefined && (spec.minExclusive ? !(v > spec.min) : !(v >= spec.min))) return false;
  if (spec.max !== undefined && (spec.maxExclusive ? !(v < spec.max) : !(v <= spec.max))) return false;
  return true;
}

function rangeError(spec: ModelOptionSpec, value: number): Message {
  return msg('model.option.outOfRange', {
    option: spec.name,
    value,
    ...(spec.min !== undefined && { min: spec.min, minRule: spec.minExclusive ? '>' : '≥' }),
    ...(spec.max !== undefined && { max: spec.max, maxRule: spec.maxExclusive ? '<' : '≤' }),
  });
}
