/** The live preview of one chart plus its Export… (dialog) and copy buttons. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useBoxSize } from '../../components/useBoxSize';
import { useTranslation } from 'react-i18next';
import type { ChartSpec, ErrorInfo } from '../../../src/protocol/protocol';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useECharts } from '../../components/useECharts';
import type { EChartsOption } from '../../components/echarts';
import { useApp } from '../../app/store';
import type { ChartState } from '../../app/store';
import { missingRoles, PALETTES } from './chartForm';
import { ExportDialog, exportErrorInfo } from './ExportDialog';
import { copyActiveChart, ExportError, setActiveChart } from './exportChart';
import { fileBaseName } from './exportChoice';
import type { ActiveChart } from './exportChart';
import { kindLabelKey, roleLabelKey } from './specKeys';
import { requestChartOption, useChartOption } from './useChartOption';
import { useLineZoom } from './useLineZoom';
import { withPalette } from './withPalette';
import { pointCount } from './zoomRange';
import type { XRange } from './zoomRange';

interface Props {
  readonly chart: ChartState;
  readonly spec: ChartSpec;
  readonly datasetId: string;
  readonly theme: 'light' | 'dark';
  readonly language: 'en' | 'ko';
}

export function ChartPreview({ chart, spec, datasetId, theme, language }: Props) {
  const { t } = useTranslation();
  const kindName = t(kindLabelKey(spec.kind));
  const boxRef = useRef<HTMLDivElement | null>(null);
  const [toast, setToast] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<ErrorInfo | null>(null);
  const missing = missingRoles(spec, chart.settings);
  const size = useBoxSize(boxRef);
  // A zoomed line chart asks the worker for just the visible x range (full detail there). The
  // range belongs to the settings and file it was zoomed on: changing either shows everything again.
  const zoomable = chart.settings.kind === 'line' && chart.settings.zoom !== false;
  const zoomKey = `${datasetId}\n${JSON.stringify(chart.settings)}`;
  const [zoom, setZoom] = useState<{ key: string; range: XRange } | null>(null);
  const xRange = zoomable && zoom?.key === zoomKey ? zoom.range : null;
  const onRange = useCallback((range: XRange | null) => setZoom(range ? { key: zoomKey, range } : null), [zoomKey]);
  // A chart of filtered rows says so under its title (in the preview and in every export).
  const filterState = useApp((s) => s.filterState);
  const filterRevision = useApp((s) => s.filterRevision);
  const subtitle = useMemo(() => {
    const own = typeof chart.settings.subtitle === 'string' && chart.settings.subtitle ? chart.settings.subtitle : undefined;
    if (!filterState) return own;
    const note = t('filters.chartNote', { shown: filterState.matchCount.toLocaleString(), total: filterState.rowCount.toLocaleString() });
    return own ? `${own} · ${note}` : note;
  }, [chart.settings.subtitle, filterState, t]);
  // The builders lay out titles and legends for the target size, so they get the preview's box.
  const settings = useMemo(
    () =>
      missing.length || !size
        ? null
        : {
            ...chart.settings,
            theme,
            locale: language,
            width: size.width,
            height: size.height,
            ...(xRange ? { xRange } : {}),
            ...(subtitle !== undefined && { subtitle }),
          },
    [chart.settings, missing.length, theme, language, size, xRange, subtitle],
  );
  const { option, error, busy } = useChartOption(chart.id, datasetId, settings, filterRevision);
  const paletted = useCallback(
    (built: NonNullable<typeof option>) => {
      const palette = PALETTES[chart.palette];
      return (palette ? withPalette(built, palette) : built) as EChartsOption;
    },
    [chart.palette],
  );
  const themed = useMemo<EChartsOption | null>(() => (option ? paletted(option) : null), [option, paletted]);
  const { ref, chart: instance } = useECharts(themed);
  useLineZoom(instance, zoomable && themed !== null, onRange);

  const flash = useCallback((message: string) => {
    setToast(message);
    setTimeout(() => setToast(null), 2500);
  }, []);
  const title = typeof chart.settings.title === 'string' && chart.settings.title.trim() ? chart.settings.title : undefined;
  useEffect(() => {
    if (!instance.current || !themed || !settings || !size) return;
    const active: ActiveChart = {
      instance: instance.current,
      option: themed,
      screen: { width: size.width, height: size.height, theme },
      title,
      fallbackName: kindName,
      // Its own engine channel, so an export build and the preview's build never make each other stale.
      build: async (exportSize, exportTheme) => {
        const outcome = await requestChartOption(`${chart.id}:export`, datasetId, {
          ...settings,
          theme: exportTheme,
          width: exportSize.width,
          height: exportSize.height,
        });
        if (outcome.kind === 'error') throw new ExportError(outcome.error);
        return outcome.kind === 'ok' ? paletted(outcome.value) : null;
      },
      report: (outcome) =>
        'saved' in outcome ? flash(t('chartExport.saved', { name: outcome.saved })) : setExportError(exportErrorInfo(t, outcome.error)),
    };
    setActiveChart(active);
    return () => setActiveChart(null);
  }, [instance, themed, settings, size, theme, title, kindName, chart.id, datasetId, paletted, flash, t]);
  return (
    <div className="panel chart-preview">
      <div className="row" style={{ justifyContent: 'flex-end' }}>
        {xRange && (
          <button onClick={() => setZoom(null)} data-testid="reset-zoom">
            {t('charts.resetZoom')}
          </button>
        )}
        <button onClick={() => setExporting(true)} disabled={!themed || !size} aria-haspopup="dialog" data-testid="export-open">
          {t('chartExport.open')}
        </button>
        <button
          onClick={() => void copyActiveChart().then((ok) => flash(t(ok ? 'charts.copied' : 'charts.copyFailed')))}
          disabled={!themed}
        >
          {t('charts.copy')}
        </button>
      </div>
      {missing.length > 0 && (
        <p className="muted">
          {t('charts.pickRoles')} ({missing.map((r) => t(roleLabelKey(spec.kind, r.key))).join(', ')})
        </p>
      )}
      {error && <ErrorBanner action="chart" error={error} />}
      {exportError && <ErrorBanner action="export" error={exportError} onDismiss={() => setExportError(null)} />}
      <div ref={boxRef} className="chart-box-outer">
        <div
          ref={ref}
          className="chart-canvas"
          role="img"
          aria-label={typeof chart.settings.title === 'string' ? chart.settings.title : kindName}
          aria-busy={busy}
          data-testid="chart-canvas"
          data-ready={themed && !busy ? 'true' : 'false'}
          data-points={pointCount(option)}
          data-x-range={xRange ? xRange.join(',') : ''}
        />
      </div>
      {toast && (
        <div className="toast" role="status" data-testid="toast">
          {toast}
        </div>
      )}
      {exporting && size && (
        <ExportDialog
          screen={size}
          suggestedName={fileBaseName(title, kindName)}
          onClose={() => setExporting(false)}
          onSaved={(name) => {
            setExporting(false);
            flash(t('chartExport.saved', { name }));
          }}
        />
      )}
    </div>
  );
}
