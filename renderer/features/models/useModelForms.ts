/** MODEL_SPECS for the fit form, fetched from the worker once per window. */
import { useEffect, useState } from 'react';
import type { FormFamily } from '../../../src/protocol/protocol';
import { engine } from '../../engine/EngineClient';

let cache: readonly FormFamily[] | null = null;

export function useModelForms(): readonly FormFamily[] | null {
  const [forms, setForms] = useState(cache);
  useEffect(() => {
    if (!forms)
      void engine()
        .modelForms()
        .then((f) => setForms((cache = f)));
  }, [forms]);
  return forms;
}
