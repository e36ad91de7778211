/** App state transitions (plain functions, no React). */
import { describe, expect, it } from 'vitest';
import { initialState, transitions } from '../../renderer/app/store';
import type { AppState } from '../../renderer/app/store';
import type { OpenResult } from '../../src/protocol/protocol';

const file = { name: 'a.csv', size: 10, stream: () => new ReadableStream<Uint8Array>() };
const apply = (state: AppState, patch: Partial<AppState>): AppState => ({ ...state, ...patch });

describe('transitions', () => {
  it('choosing a file resets import options and shows the import view', () => {
    const s = apply({ ...initialState, importOptions: { encoding: 'cp949' } }, transitions.chooseFile(initialState, file));
    expect(s.view).toBe('import');
    expect(s.importOptions).toEqual({});
  });

  it('import options are set and cleared by key', () => {
    let s = apply(initialState, transitions.setImportOption(initialState, 'encoding', 'cp949'));
    s = apply(s, transitions.setImportOption(s, 'header', false));
    expect(s.importOptions).toEqual({ encoding: 'cp949', header: false });
    s = apply(s, transitions.setImportOption(s, 'encoding', undefined));
    expect(s.importOptions).toEqual({ header: false });
  });

  it('progress only applies while loading; a load result shows the statistics', () => {
    const event = { requestId: 1, bytesRead: 5, totalBytes: 10, rows: 100, elapsedMs: 50 };
    expect(transitions.progress(initialState, event)).toEqual({});
    const loading = apply(initialState, transitions.startLoading(initialState, 'a.csv'));
    expect(apply(loading, transitions.progress(loading, event)).loading?.progress).toEqual(event);
    const loaded = apply(loading, transitions.loaded(loading, { datasetId: 'd1' } as OpenResult));
    expect(loaded.loading).toBeNull();
    expect(loaded.view).toBe('stats');
  });

  it('keeps several charts and picks a neighbour when the active one is removed', () => {
    let s = apply(initialState, transitions.addChart(initialState, { kind: 'bar', x: 'city' }));
    s = apply(s, transitions.addChart(s, { kind: 'pie', x: 'city' }));
    expect(s.charts.map((c) => c.id)).toEqual(['chart-1', 'chart-2']);
    expect(s.activeChartId).toBe('chart-2');
    s = apply(s, transitions.updateChart(s, 'chart-1', { palette: 'vivid' }));
    expect(s.charts[0]!.palette).toBe('vivid');
    s = apply(s, transitions.removeChart(s, 'chart-2'));
    expect(s.activeChartId).toBe('chart-1');
  });

  it("keeps each file's charts for the session: set aside on another load, restored on reopening", () => {
    const a = { datasetId: 'd1', fileName: 'a.csv' } as OpenResult;
    const b = { datasetId: 'd2', fileName: 'b.csv' } as OpenResult;
    let s = apply(initialState, transitions.loaded(initialState, a));
    s = apply(s, transitions.addChart(s, { kind: 'bar', x: 'city' }));
    s = apply(s, transitions.loaded(s, b));
    expect(s.charts).toEqual([]);
    expect(Object.keys(s.savedCharts)).toEqual(['a.csv']);
    s = apply(s, transitions.closeFile(s));
    s = apply(s, transitions.loaded(s, { ...a, datasetId: 'd3' }));
    expect(s.charts.map((c) => c.settings)).toEqual([{ kind: 'bar', x: 'city' }]);
    expect(s.nextChart).toBe(2);
    expect(Object.keys(s.savedCharts)).toEqual([]);
  });

  it("keeps a workbook's charts per sheet: another sheet of the same file starts with none", () => {
    const sheet = (name: string, datasetId: string) =>
      ({ datasetId, fileName: 'plant.xlsx', workbook: { sheet: name, sheets: ['A', 'B'] } }) as unknown as OpenResult;
    let s = apply(initialState, transitions.loaded(initialState, sheet('A', 'd1')));
    s = apply(s, transitions.addChart(s, { kind: 'bar', x: 'line' }));
    s = apply(s, transitions.loaded(s, sheet('B', 'd2')));
    expect(s.charts).toEqual([]);
    s = apply(s, transitions.loaded(s, sheet('A', 'd3')));
    expect(s.charts.map((c) => c.settings)).toEqual([{ kind: 'bar', x: 'line' }]);
  });

  it('the view state is plain serialisable data (apart from the file handle)', () => {
    let s = apply(initialState, transitions.addChart(initialState, { kind: 'scatter', x: 'a', y: 'b' }));
    s = apply(s, transitions.setImportOption(s, 'delimiter', ';'));
    const { file: _file, ...rest } = s;
    expect(JSON.parse(JSON.stringify(rest))).toEqual(rest);
  });
});
