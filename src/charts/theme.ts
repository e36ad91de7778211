/**
 * Themes baked into the option as plain colours, so the app and the CLI render identically
 * without registering ECharts themes. Default palette: Okabe & Ito (2008), "Color Universal
 * Design", distinguishable under the common colour-vision deficiencies; ordered so the first
 * colours have the most contrast on white.
 */
import type { ThemeName } from './settings';

/**
 * Korean-capable fonts first so Hangul never falls back to boxes; NanumGothic is bundled for PNG
 * export. Single quotes: ECharts' SSR writes the stack into a double-quoted `style` attribute
 * without escaping, so double quotes would make the SVG invalid.
 */
export const FONT_FAMILY = "'Noto Sans KR', NanumGothic, 'Malgun Gothic', 'Apple SD Gothic Neo', 'Helvetica Neue', Arial, sans-serif";

export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'] as const;

export interface Theme {
  readonly name: ThemeName;
  readonly background: string;
  readonly text: string;
  readonly subtext: string;
  readonly axisLine: string;
  readonly splitLine: string;
  readonly palette: readonly string[];
  /** Low → high, for counts (viridis-like, perceptually ordered and colour-blind safe). */
  readonly sequential: readonly string[];
  /** −1 → 0 → +1, for correlations (blue–white–red, Brewer RdBu). */
  readonly diverging: readonly string[];
  /** Neutral colour for "other" and reference lines. */
  readonly neutral: string;
  readonly fontScale: number;
}

const VIRIDIS = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'];

export const THEMES: Readonly<Record<ThemeName, Theme>> = {
  light: {
    name: 'light',
    background: '#ffffff',
    text: '#1f2328',
    subtext: '#57606a',
    axisLine: '#8c959f',
    splitLine: '#e6e8eb',
    palette: OKABE_ITO,
    // Light end for sparse cells so they fade into the white background.
    sequential: VIRIDIS.slice().reverse(),
    diverging: ['#2166ac', '#92c5de', '#f7f7f7', '#f4a582', '#b2182b'],
    neutral: '#8c959f',
    fontScale: 1,
  },
  dark: {
    name: 'dark',
    background: '#16181d',
    text: '#e6edf3',
    subtext: '#9da7b3',
    axisLine: '#6e7681',
    splitLine: '#30363d',
    // Black is invisible on dark: swap it for light grey; sky blue first for contrast.
    palette: ['#56B4E9', '#E69F00', '#009E73', '#F0E442', '#CC79A7', '#D55E00', '#0072B2', '#d0d7de'],
    sequential: VIRIDIS,
    diverging: ['#4393c3', '#1d3a5c', '#2a2a2a', '#6b2a2a', '#d6604d'],
    neutral: '#6e7681',
    fontScale: 1,
  },
  print: {
    name: 'print',
    background: '#ffffff',
    text: '#000000',
    subtext: '#333333',
    axisLine: '#000000',
    splitLine: '#d9d9d9',
    palette: OKABE_ITO,
    sequential: ['#ffffff', '#bdbdbd', '#737373', '#252525'],
    diverging: ['#2166ac', '#92c5de', '#ffffff', '#f4a582', '#b2182b'],
    neutral: '#666666',
    // Reports are read at arm's length: slightly larger text.
    fontScale: 1.15,
  },
};
