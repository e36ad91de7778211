/**
 * One-click comparisons: several fits that differ in one thing, started together and ticked for
 * comparison. Each preset derives its runs from the form; options a method does not show are
 * dropped when the spec is made (methodSpecs.sentOptions).
 */
import type { OptionValue } from '../../../src/protocol/protocol';
import type { FitFormState } from './fitForm';

export type PresetKind = 'descent' | 'learningRates' | 'penalties';

export const PRESETS: readonly PresetKind[] = ['descent', 'learningRates', 'penalties'];

export interface Variant {
  readonly method: string;
  readonly options: Readonly<Record<string, OptionValue>>;
}

const DESCENT: readonly string[] = ['gd', 'minibatch', 'sgd'];

/** The descent method of the form, or batch descent when the form's method is not a descent. */
function descentMethod(form: FitFormState): string {
  return DESCENT.includes(form.method) ? form.method : 'gd';
}

export function presetVariants(kind: PresetKind, form: FitFormState): Variant[] {
  const keep = DESCENT.includes(form.method) ? form.options : {};
  switch (kind) {
    case 'descent':
      // Least squares (linear) or Newton (logistic) first: the level the descent variants converge to.
      return [{ method: form.model === 'linear' ? 'ols' : 'newton', options: {} }, ...DESCENT.map((method) => ({ method, options: keep }))];
    case 'learningRates':
      return [0.001, 0.01, 0.1].map((learningRate) => ({ method: descentMethod(form), options: { ...keep, learningRate } }));
    case 'penalties':
      if (form.model === 'logistic')
        return [0.01, 1, 100].map((C) => ({ method: form.method, options: { ...form.options, penalty: 'l2', C } }));
      return [0.01, 1, 100].map((alpha) => ({ method: 'ridge', options: { alpha } }));
  }
}
