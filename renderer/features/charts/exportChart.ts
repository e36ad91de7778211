/**
 * Chart export: PNG from the on-screen canvas at 1×–4× (getDataURL's pixelRatio re-renders at
 * that density, so text stays crisp) and SVG from a separate server-side-style SVG instance
 * (echarts.init(null, null, { renderer: 'svg', ssr: true })), saved through the host (native save
 * dialog in Electron, a download in the browser); copy-to-clipboard via the host.
 */
import { echarts } from '../../components/echarts';
import type { EChartsOption } from '../../components/echarts';
import { host } from '../../host';

interface ActiveChart {
  readonly instance: echarts.ECharts;
  readonly option: EChartsOption;
  readonly baseName: string;
  readonly background: string;
}

let active: ActiveChart | null = null;

/** The chart on screen (set by ChartPreview), used by Export and the Ctrl+Shift+E shortcut. */
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

function pngBytes(chart: ActiveChart, scale: number): Uint8Array {
  return dataUrlBytes(chart.instance.getDataURL({ type: 'png', pixelRatio: scale, backgroundColor: chart.background }));
}

export async function exportActiveChart(scale: number): Promise<boolean> {
  if (!active) return false;
  return host().save({ suggestedName: `${active.baseName}.png`, data: pngBytes(active, scale), mimeType: 'image/png', filter: { name: 'PNG image', extensions: ['png'] } });
}

export function svgString(option: EChartsOption, width: number, height: number, background: string): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    instance.setOption({ ...(option as object), animation: false, backgroundColor: background });
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}

export async function exportActiveSvg(): Promise<boolean> {
  if (!active) return false;
  const svg = svgString(active.option, active.instance.getWidth(), active.instance.getHeight(), active.background);
  return host().save({ suggestedName: `${active.baseName}.svg`, data: svg, mimeType: 'image/svg+xml', filter: { name: 'SVG image', extensions: ['svg'] } });
}

export async function copyActiveChart(): Promise<boolean> {
  if (!active) return false;
  return host().copyImage(pngBytes(active, 2));
}
