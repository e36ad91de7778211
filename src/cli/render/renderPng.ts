/**
 * PNG export: the SSR SVG rasterised by resvg with the bundled NanumGothic as the only font, so
 * Hangul renders the same on every machine (system fonts are not consulted).
 */
import { Resvg } from '@resvg/resvg-js';
import type { EChartsOption } from 'echarts';
import { FitplotError } from '../../table/errors';
import { BUNDLED_FONT_FAMILY, bundledFontPath } from './fonts';
import { renderSvg } from './renderSvg';
import type { SvgSize } from './renderSvg';

export interface PngOptions extends SvgSize {
  /** Pixel ratio: 1–4 (2 for crisp report images). */
  readonly scale?: number;
  /** Overrides the option's backgroundColor; 'transparent' (or none) leaves the PNG's alpha at 0 behind the chart. */
  readonly background?: string;
  readonly fontFile?: string;
}

export function checkScale(scale: number): number {
  if (!Number.isFinite(scale) || scale < 1 || scale > 4) {
    throw new FitplotError({
      code: 'BAD_OPTION',
      message: `Pixel ratio must be from 1 to 4; got ${scale}.`,
      hint: 'Use --scale 1, 2, 3 or 4 (or a value in between).',
    });
  }
  return scale;
}

/** Rasterises an SVG string; returns PNG bytes. */
export function svgToPng(svg: string, options: { scale: number; background?: string; fontFile?: string }): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: options.scale },
    ...(options.background ? { background: options.background } : {}),
    font: { fontFiles: [options.fontFile ?? bundledFontPath()], loadSystemFonts: false, defaultFontFamily: BUNDLED_FONT_FAMILY },
  });
  return resvg.render().asPng();
}

export function renderPng(option: EChartsOption, options: PngOptions): Buffer {
  const scale = checkScale(options.scale ?? 2);
  const chosen = options.background ?? (typeof option.backgroundColor === 'string' ? option.backgroundColor : undefined);
  const background = chosen === 'transparent' ? undefined : chosen;
  const svg = renderSvg(option, options);
  return svgToPng(svg, { scale, ...(background ? { background } : {}), ...(options.fontFile ? { fontFile: options.fontFile } : {}) });
}
