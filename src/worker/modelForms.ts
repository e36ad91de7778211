/** MODEL_SPECS shaped for the app's fit form: each method with its own options, defaults resolved for that method. */
import type { FormFamily, FormOption } from '../protocol/protocol';
import type { FamilySpec, MethodSpec } from '../models/specs';
import { MODEL_SPECS, effectiveOption, optionSpec } from '../models/specs';

/**
 * One option of a method as the form shows it. A `requires` on an option the method does not
 * show (ridge, lasso and elastic net fix `penalty` themselves) is decided here from the method's
 * value: the form cannot see that value, and would otherwise hide — and never send — α.
 */
function formOption(f: FamilySpec, m: MethodSpec, name: string): FormOption {
  const { default: _own, requires, ...spec } = optionSpec(f.family, name)!;
  const value = effectiveOption(f.family, m, {}, name);
  const fixedByMethod = requires !== undefined && !m.options.includes(requires.option);
  const applies = !fixedByMethod || requires.oneOf.includes(effectiveOption(f.family, m, {}, requires.option) as string | boolean);
  const withRequires = requires && !(fixedByMethod && applies) ? { ...spec, requires } : spec;
  return value === undefined ? withRequires : { ...withRequires, default: value };
}

export function modelForms(): FormFamily[] {
  return Object.values(MODEL_SPECS).map((f) => ({
    family: f.family,
    task: f.task,
    labelKey: f.labelKey,
    defaultMethod: f.defaultMethod,
    methods: f.methods.map((m) => ({
      method: m.method,
      labelKey: m.labelKey,
      iterative: m.iterative,
      options: m.options.map((name) => formOption(f, m, name)),
    })),
  }));
}
