/**
 * The engine's calls on a loaded dataset (the "dataset" area of the protocol,
 * src/protocol/dataset.ts): statistics (describe, by group), the filter set, grid rows,
 * column histograms and extents, report charts, and closing the dataset.
 */
import { buildChart } from '../charts/build';
import { CHART_SPECS } from '../charts/registry';
import { COMMON_OPTIONS, LOOK_OPTIONS } from '../charts/spec';
import type { ChartSettings } from '../charts/settings';
import { describeTable } from '../stats/describeTable';
import { describeGroups } from '../stats/groups';
import { takeRows } from '../table/query/filteredTable';
import { buildRowIndex } from '../table/query/rowIndex';
import { miniHistogram, sliceRows } from '../table/query/slices';
import type { ChartOption, EngineApi, RowsResult } from '../protocol/protocol';
import type { EngineState } from './engineState';

type DatasetCalls = Pick<
  EngineApi,
  'describe' | 'setFilters' | 'columnExtent' | 'describeGroups' | 'rows' | 'histograms' | 'chartSpecs' | 'chart' | 'close'
>;

export function datasetCalls(state: EngineState): DatasetCalls {
  return {
    describe(meta, datasetId) {
      return state.run(meta, () => {
        const dataset = state.dataset(datasetId);
        dataset.description ??= describeTable(dataset.view);
        return dataset.description;
      });
    },

    setFilters(meta, datasetId, filters) {
      return state.run(meta, () => {
        const dataset = state.dataset(datasetId);
        const index = buildRowIndex(dataset.table, [], filters);
        dataset.filters = filters;
        dataset.view = index ? takeRows(dataset.table, index) : dataset.table;
        delete dataset.description;
        return { matchCount: dataset.view.rowCount, rowCount: dataset.table.rowCount };
      });
    },

    columnExtent(meta, datasetId, column) {
      return state.run(meta, () => {
        const histogram = miniHistogram(state.column(datasetId, column), 1);
        return histogram.kind === 'bins' && histogram.counts[0]! > 0 ? { min: histogram.min, max: histogram.max } : null;
      });
    },

    describeGroups(meta, datasetId, column) {
      return state.run(meta, () => describeGroups(state.dataset(datasetId).view, column));
    },

    rows(meta, query) {
      return state
        .run(meta, () => {
          const dataset = state.dataset(query.datasetId);
          const key = JSON.stringify([query.sort, query.filters]);
          if (dataset.cachedKey !== key) {
            dataset.cachedIndex = buildRowIndex(dataset.table, query.sort, query.filters);
            dataset.cachedKey = key;
          }
          return sliceRows(dataset.table, dataset.cachedIndex ?? null, query.start, query.count);
        })
        .then((reply) => (reply.ok ? state.hooks.transfer(reply, bufferList(reply.value)) : reply));
    },

    histograms(meta, datasetId, bins) {
      return state.run(meta, () => state.dataset(datasetId).view.columns.map((column) => miniHistogram(column, bins)));
    },

    async chartSpecs() {
      return { charts: CHART_SPECS, common: COMMON_OPTIONS, look: LOOK_OPTIONS };
    },

    chart(meta, datasetId, settings) {
      return state.run(
        meta,
        () => buildChart(state.dataset(datasetId).view, settings as unknown as ChartSettings) as unknown as ChartOption,
      );
    },

    close(datasetId) {
      state.closeDataset(datasetId);
    },
  };
}

/** The typed arrays of a page of rows, transferred to the UI rather than copied. */
function bufferList(result: RowsResult): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [result.rowNumbers.buffer as ArrayBuffer];
  for (const column of result.columns) {
    if (column.kind === 'text') continue;
    buffers.push(column.values.buffer as ArrayBuffer);
    if (column.kind === 'boolean') buffers.push(column.missing.buffer as ArrayBuffer);
  }
  return buffers;
}
