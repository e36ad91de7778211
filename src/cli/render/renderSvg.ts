/**
 * Server-side rendering of a chart option to an SVG string with ECharts' SSR mode (no DOM,
 * no browser). The option is the same plain data the app passes to `setOption`.
 */
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';

export interface SvgSize {
  /** CSS pixels. */
  readonly width: number;
  readonly height: number;
}

export function renderSvg(option: EChartsOption, size: SvgSize): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    // Animations off: SSR captures the first frame, which would otherwise be the start of a transition.
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
