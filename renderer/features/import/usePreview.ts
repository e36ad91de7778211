/** Re-runs the import preview whenever the file or an import option changes; older previews are dropped. */
import { useEffect, useState } from 'react';
import type { ImportOptions, PreviewResult } from '../../../src/protocol/protocol';
import type { ErrorInfo } from '../../../src/table/errors';
import { engine } from '../../engine/EngineClient';
import type { HostFile } from '../../host';

export const PREVIEW_ROWS = 50;

export interface PreviewState {
  readonly preview: PreviewResult | null;
  readonly error: ErrorInfo | null;
  readonly busy: boolean;
}

export function usePreview(file: HostFile | null, options: ImportOptions): PreviewState {
  const [state, setState] = useState<PreviewState>({ preview: null, error: null, busy: false });
  const key = JSON.stringify(options);
  useEffect(() => {
    if (!file) return;
    setState((s) => ({ ...s, busy: true }));
    const pending = engine().preview(file, JSON.parse(key) as ImportOptions, PREVIEW_ROWS);
    void pending.result.then((outcome) => {
      if (outcome.kind === 'ok') setState({ preview: outcome.value, error: null, busy: false });
      else if (outcome.kind === 'error') setState({ preview: null, error: outcome.error, busy: false });
    });
    return () => pending.cancel();
  }, [file, key]);
  return state;
}
