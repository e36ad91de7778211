/**
 * The engine's calls for getting a file in (the "loading" area of the protocol,
 * src/protocol/loading.ts): open a file into a dataset (with progress and running statistics),
 * preview its first rows for the Import view, and cancel a running request.
 */
import { loadTable } from '../io/loadTable';
import type { LoadResult } from '../io/types';
import type { EngineApi, LoadSummary } from '../protocol/protocol';
import { previewRows } from '../table/query/slices';
import { LiveStats } from './liveStats';
import { canShareMemory } from './sharedMemory';
import { byteSource } from './streamByteSource';
import { notify } from './engineState';
import type { EngineState } from './engineState';

function summary(result: LoadResult): LoadSummary {
  return {
    fileName: result.fileName,
    encoding: result.encoding,
    encodingSource: result.encodingSource,
    delimiter: result.delimiter,
    decimalComma: result.decimalComma,
    header: result.header,
    rowCount: result.table.rowCount,
    columns: result.columns.map(({ name, type, missing, invalid, reason }) => ({
      name,
      type,
      missing,
      invalid,
      ...(reason !== undefined && { reason }),
    })),
    warnings: result.warnings,
    bytesRead: result.bytesRead,
    memoryBytes: result.memoryBytes,
    elapsedMs: result.elapsedMs,
    truncated: result.truncated,
    ...(result.workbook !== undefined && { workbook: result.workbook }),
  };
}

export function loadingCalls(state: EngineState): Pick<EngineApi, 'open' | 'preview' | 'cancel'> {
  return {
    open(meta, source, options, onProgress, reopen) {
      return state
        .run(meta, async (signal) => {
          const { memoryBudgetMB, ...loadOptions } = options;
          const live = new LiveStats();
          const result = await loadTable(byteSource(source, reopen), {
            ...loadOptions,
            // Columns in SharedArrayBuffers reach each fit worker without a copy (postMessage shares
            // them): the app's fit then costs what the CLI's does (bench row fit-app, docs/performance.md).
            ...(canShareMemory() && { sharedMemory: true }),
            ...(memoryBudgetMB !== undefined && { memoryLimitBytes: memoryBudgetMB * 2 ** 20 }),
            signal,
            onProgress: (p) => {
              const partial = p.peek && live.update(p.peek, p.rows);
              notify(onProgress, {
                requestId: meta.requestId,
                bytesRead: p.bytesRead,
                totalBytes: p.totalBytes,
                rows: p.rows,
                elapsedMs: p.elapsedMs,
                ...(partial && { partial }),
              });
            },
          });
          return { ...summary(result), datasetId: state.addDataset(result.table) };
        })
        .finally(() => state.releaseAll(onProgress, reopen));
    },

    preview(meta, source, options, maxRows, reopen) {
      return state
        .run(meta, async (signal) => {
          const result = await loadTable(byteSource(source, reopen), { ...options, signal, maxRows });
          return { ...summary(result), rows: previewRows(result.table, maxRows) };
        })
        .finally(() => state.releaseAll(reopen));
    },

    cancel(requestId) {
      state.cancel(requestId);
    },
  };
}
