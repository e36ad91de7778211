/** Re-runs the import preview whenever the file or an import option changes; older previews are dropped. */
import { useEffect, useState } from 'react';
import type { ErrorInfo, ImportOptions, PreviewResult, WorkbookInfo } from '../../../src/protocol/protocol';
import { engine } from '../../engine/EngineClient';
import type { HostFile } from '../../host';

export const PREVIEW_ROWS = 50;

export interface PreviewState {
  readonly preview: PreviewResult | null;
  readonly error: ErrorInfo | null;
  readonly busy: boolean;
  /**
   * A workbook's sheets as the last preview of this file saw them: kept when a preview fails (a
   * header row past the sheet's data), so another sheet or row can still be chosen.
   */
  readonly workbook: WorkbookInfo | null;
}

export function usePreview(file: HostFile | null, options: ImportOptions): PreviewState {
  const [state, setState] = useState<PreviewState & { file: HostFile | null }>({
    preview: null,
    error: null,
    busy: false,
    workbook: null,
    file: null,
  });
  const key = JSON.stringify(options);
  useEffect(() => {
    if (!file) return;
    setState((s) => ({ ...s, busy: true }));
    const pending = engine().preview(file, JSON.parse(key) as ImportOptions, PREVIEW_ROWS);
    void pending.result.then((outcome) => {
      if (outcome.kind === 'ok')
        setState({ preview: outcome.value, error: null, busy: false, workbook: outcome.value.workbook ?? null, file });
      else if (outcome.kind === 'error')
        setState((s) => ({ preview: null, error: outcome.error, busy: false, workbook: s.file === file ? s.workbook : null, file }));
    });
    return () => pending.cancel();
  }, [file, key]);
  return { preview: state.preview, error: state.error, busy: state.busy, workbook: state.file === file ? state.workbook : null };
}
