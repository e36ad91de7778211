/** MODEL_SPECS shaped for the app's fit form: each method with its own options, defaults resolved for that method. */
import type { FormFamily } from '../protocol/protocol';
import { MODEL_SPECS, effectiveOption, optionSpec } from '../models/specs';

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
      options: m.options.map((name) => {
        const { default: _own, ...spec } = optionSpec(f.family, name)!;
        const value = effectiveOption(f.family, m, {}, name);
        return value === undefined ? spec : { ...spec, default: value };
      }),
    })),
  }));
}
