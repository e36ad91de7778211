/**
 * The fit form's view of MODEL_SPECS (as the worker sends it, src/worker/modelForms.ts): which
 * methods a family has, which options a method shows for the values chosen so far (an option that
 * requires another's value is hidden until it applies), and what is sent and shown as flags.
 */
import type { FormFamily, FormMethod, FormOption, OptionValue } from '../../../src/protocol/protocol';

export function familyOf(forms: readonly FormFamily[], family: string): FormFamily | undefined {
  return forms.find((f) => f.family === family);
}

export function methodOf(forms: readonly FormFamily[], family: string, method: string): FormMethod | undefined {
  return familyOf(forms, family)?.methods.find((m) => m.method === method);
}

/** The value in effect: chosen, else the method's default. */
export function effective(method: FormMethod, values: Readonly<Record<string, OptionValue>>, name: string): OptionValue | undefined {
  return Object.hasOwn(values, name) ? values[name] : method.options.find((o) => o.name === name)?.default;
}

/** The options to show: those of the method whose `requires` holds for the values in effect. */
export function visibleOptions(method: FormMethod, values: Readonly<Record<string, OptionValue>>): FormOption[] {
  return method.options.filter(
    (o) => !o.requires || o.requires.oneOf.includes(effective(method, values, o.requires.option) as string | boolean),
  );
}

/** The chosen values the fit is sent: only those of visible options (a hidden one would be an error). */
export function sentOptions(method: FormMethod, values: Readonly<Record<string, OptionValue>>): Record<string, OptionValue> {
  const shown = new Set(visibleOptions(method, values).map((o) => o.name));
  return Object.fromEntries(Object.entries(values).filter(([name]) => shown.has(name)));
}

/** The `fitplot fit` flags of the sent values (switches as --flag / --no-flag). */
export function optionFlags(method: FormMethod, values: Readonly<Record<string, OptionValue>>): { flag: string; value: OptionValue }[] {
  const sent = sentOptions(method, values);
  return method.options.filter((o) => Object.hasOwn(sent, o.name)).map((o) => ({ flag: o.cliFlag, value: sent[o.name]! }));
}
