/**
 * Chart export. The chart on screen registers itself here (ChartPreview → setActiveChart); an
 * export at another size or theme asks the engine for the option again with that size and theme
 * (the builders lay out titles and legends for the size and bake the theme's colours and font
 * scale into the option), then draws it in a detached ECharts instance of exactly that size:
 * canvas + getDataURL for PNG (pixelRatio = scale, so text stays crisp), server-side-style SVG
 * (echarts.init(null, null, { renderer: 'svg', ssr: true })) for SVG. Files are saved through
 * the host (Electron: native save dialog, written atomically in main; browser: a download).
 */
import type { ErrorInfo, ThemeName } from '../../../src/protocol/protocol';
import { echarts } from '../../components/echarts';
import type { EChartsOption } from '../../components/echarts';
import { host } from '../../host';
import { exportFileName, exportSize, fileBaseName, loadChoice } from './exportChoice';
import type { ExportChoice, Size } from './exportChoice';

/** An engine refusal or a failed drawing/save, shown by the dialog (or the preview, for the shortcut). */
export class ExportError extends Error {
  constructor(readonly info: ErrorInfo) {
    super(info.message);
  }
}

export interface ActiveChart {
  /** The on-screen instance (Copy image). */
  readonly instance: echarts.ECharts;
  /** The option as on screen, built for `screen`. */
  readonly option: EChartsOption;
  readonly screen: Size & { readonly theme: ThemeName };
  /** For the file name: the chart's title, else `fallbackName` (the chart type). */
  readonly title: string | undefined;
  readonly fallbackName: string;
  /** The option built for another size and theme; null when a newer build replaced this one. Throws ExportError when the engine refuses. */
  readonly build: (size: Size, theme: ThemeName) => Promise<EChartsOption | null>;
  /** Tells the user how an export the dialog did not start (the keyboard shortcut) ended. */
  readonly report: (outcome: { saved: string } | { error: unknown }) => void;
}

let active: ActiveChart | null = null;

/** The chart on screen (set by ChartPreview), used by the dialog and the Ctrl+Shift+E shortcut. */
export function setActiveChart(chart: ActiveChart | null): void {
  active = chart;
}

export function dataUrlBytes(url: string): Uint8Array {
  const base64 = url.slice(url.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The option drawn in one go, since a detached instance is read right after setOption: no
 * animation, and no progressive rendering (ECharts draws series of more than 3,000 points in
 * chunks over several frames; read at once, a scatter would show its first few hundred points).
 */
function forExport(option: EChartsOption, transparent: boolean): EChartsOption {
  const series = (option as { series?: unknown }).series;
  return {
    ...(option as object),
    animation: false,
    ...(Array.isArray(series) && { series: series.map((s: object) => ({ ...s, progressive: 0 })) }),
    ...(transparent && { backgroundColor: 'transparent' }),
  } as EChartsOption;
}

export function pngBytes(option: EChartsOption, size: Size, scale: number, transparent: boolean): Uint8Array {
  // A div never attached to the page: ECharts draws on its own canvas of the given size.
  const instance = echarts.init(document.createElement('div'), null, {
    renderer: 'canvas',
    width: size.width,
    height: size.height,
    devicePixelRatio: scale,
  });
  try {
    const drawn = forExport(option, transparent);
    instance.setOption(drawn);
    const background = (drawn as { backgroundColor?: unknown }).backgroundColor;
    return dataUrlBytes(
      instance.getDataURL({ type: 'png', pixelRatio: scale, ...(typeof background === 'string' && { backgroundColor: background }) }),
    );
  } finally {
    instance.dispose();
  }
}

export function svgString(option: EChartsOption, size: Size, transparent: boolean): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    instance.setOption(forExport(option, transparent));
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}

/**
 * Exports the active chart as `choice` says under `name`; the saved file's name, or null when
 * cancelled (save dialog closed, or a newer build replaced this one). Throws ExportError when the
 * engine refuses, and whatever drawing or saving throws (a canvas too large for the GPU, a full disk).
 */
export async function exportActive(choice: ExportChoice, name: string): Promise<string | null> {
  const chart = active;
  if (!chart) return null;
  const size = exportSize(choice, chart.screen);
  const sameAsScreen = size.width === chart.screen.width && size.height === chart.screen.height && choice.theme === chart.screen.theme;
  const option = sameAsScreen ? chart.option : await chart.build(size, choice.theme);
  if (!option) return null;
  const fileName = exportFileName(name, choice.format);
  const saved =
    choice.format === 'png'
      ? await host().save({
          suggestedName: fileName,
          data: pngBytes(option, size, size.scale, choice.transparent),
          mimeType: 'image/png',
          filter: { name: 'PNG image', extensions: ['png'] },
        })
      : await host().save({
          suggestedName: fileName,
          data: svgString(option, size, choice.transparent),
          mimeType: 'image/svg+xml',
          filter: { name: 'SVG image', extensions: ['svg'] },
        });
  return saved ? fileName : null;
}

/** Ctrl+Shift+E: exports the chart on screen with the remembered choice, and says how it went. */
export async function exportActiveWithLastChoice(): Promise<void> {
  const chart = active;
  if (!chart) return;
  try {
    const saved = await exportActive(loadChoice(), fileBaseName(chart.title, chart.fallbackName));
    if (saved) chart.report({ saved });
  } catch (error) {
    chart.report({ error });
  }
}

export async function copyActiveChart(): Promise<boolean> {
  if (!active) return false;
  return host().copyImage(
    dataUrlBytes(
      active.instance.getDataURL({
        type: 'png',
        pixelRatio: 2,
        backgroundColor: (active.option as { backgroundColor?: string }).backgroundColor ?? '#ffffff',
      }),
    ),
  );
}
