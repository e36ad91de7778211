/**
 * What stops the form from fitting, shown inline before Fit: no features (checked here) and the
 * engine's own validation of the method's options (the same errors the CLI gives).
 */
import { useEffect, useState } from 'react';
import type { FormMethod, Message } from '../../../src/protocol/protocol';
import { engine } from '../../engine/EngineClient';
import type { FitFormState } from './fitForm';
import { sentOptions } from './methodSpecs';

const NO_FEATURES: Message = { key: 'model.error.noFeatures' };

export function useFormProblems(form: FitFormState | null, method: FormMethod | undefined): readonly Message[] {
  const [optionProblems, setOptionProblems] = useState<readonly Message[]>([]);
  const sent = method && form ? JSON.stringify(sentOptions(method, form.options)) : '';
  const family = form?.model;
  useEffect(() => {
    if (!method || !family) return;
    let live = true;
    void engine()
      .checkModelOptions(family, method.method, JSON.parse(sent) as FitFormState['options'])
      .then((found) => live && setOptionProblems(found));
    return () => void (live = false);
  }, [family, method, sent]);
  return form?.features.length === 0 ? [NO_FEATURES, ...optionProblems] : optionProblems;
}
