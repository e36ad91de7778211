/**
 * What the export dialog remembers (format, size, scale, theme, background), its size presets,
 * the pixel limits of an export and file names from chart titles. Pure: no DOM, no ECharts, so
 * the rules are unit-tested (tests/renderer/exportChoice.test.ts).
 */
import type { ThemeName } from '../../../src/protocol/protocol';

export type ExportFormat = 'png' | 'svg';
export type SizePreset = 'screen' | 'slide169' | 'slide43' | 'a4half' | 'custom';

export interface ExportChoice {
  readonly format: ExportFormat;
  /** 'screen' = the preview's size now; 'custom' = width × height below. */
  readonly preset: SizePreset;
  /** CSS pixels, used when preset is 'custom' (kept when another preset is picked, for next time). */
  readonly width: number;
  readonly height: number;
  /** PNG pixel ratio, 1–4 (an SVG is vector and ignores it). */
  readonly scale: number;
  readonly theme: ThemeName;
  readonly transparent: boolean;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * Fixed sizes in CSS pixels (= 1/96 inch, which is how office programs place an image without
 * their own size: 96 dpi).
 * - Slides: the common 16:9 (13.33 × 7.5 in) and 4:3 (10 × 7.5 in) pages scaled to 1280 and 1024
 *   wide — what slide programs show at 100 %.
 * - A4 half page: A4 is 210 × 297 mm; with 20 mm margins the text block is 170 × 257 mm. Full
 *   text width is 170 mm × 96 / 25.4 = 642.5 → 643 px; half the block's height (128.5 mm) less
 *   about 7 mm for a caption line is 121.7 mm → 460 px.
 */
export const PRESET_SIZES: Readonly<Record<Exclude<SizePreset, 'screen' | 'custom'>, Size>> = {
  slide169: { width: 1280, height: 720 },
  slide43: { width: 1024, height: 768 },
  a4half: { width: 643, height: 460 },
};

export const SIZE_PRESETS: readonly SizePreset[] = ['screen', 'slide169', 'slide43', 'a4half', 'custom'];
export const EXPORT_THEMES: readonly ThemeName[] = ['light', 'print', 'dark'];
export const SCALES = [1, 2, 3, 4] as const;

/** Smaller than this leaves no room for a title, axes and a legend; larger is beyond any page or screen. */
export const MIN_SIDE = 200;
export const MAX_SIDE = 8000;
/**
 * A PNG is drawn on one canvas: Chromium refuses canvases wider or taller than 16,384 px on many
 * GPUs, and the canvas costs 4 bytes a pixel (64 MP = 256 MB). 64 MP is exactly MAX_SIDE² at 1×,
 * so the largest size always exports at 1× at least.
 */
export const MAX_PNG_SIDE = 16_384;
export const MAX_PNG_PIXELS = MAX_SIDE * MAX_SIDE;

export const DEFAULT_CHOICE: ExportChoice = {
  format: 'png',
  preset: 'screen',
  width: 1280,
  height: 720,
  scale: 2,
  theme: 'light',
  transparent: false,
};

export const STORAGE_KEY = 'fitplot.chartExport';

const isIn = <T extends string | number>(list: readonly T[], value: unknown): value is T => (list as readonly unknown[]).includes(value);

function sideOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? clampSide(value) : fallback;
}

export function clampSide(value: number): number {
  return Math.min(MAX_SIDE, Math.max(MIN_SIDE, Math.round(value)));
}

/** A stored or typed choice, field by field: a field that is missing or invalid takes its default, the rest are kept. */
export function parseChoice(value: unknown): ExportChoice {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const d = DEFAULT_CHOICE;
  return {
    format: isIn(['png', 'svg'] as const, v.format) ? v.format : d.format,
    preset: isIn(SIZE_PRESETS, v.preset) ? v.preset : d.preset,
    width: sideOr(v.width, d.width),
    height: sideOr(v.height, d.height),
    scale: isIn(SCALES, v.scale) ? v.scale : d.scale,
    theme: isIn(EXPORT_THEMES, v.theme) ? v.theme : d.theme,
    transparent: typeof v.transparent === 'boolean' ? v.transparent : d.transparent,
  };
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** The last choice; defaults when nothing (or unreadable JSON) is stored, or storage is unavailable. */
export function loadChoice(storage: Store | undefined = globalThis.localStorage): ExportChoice {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    return parseChoice(raw ? JSON.parse(raw) : null);
  } catch {
    return DEFAULT_CHOICE;
  }
}

/** Remembering is a convenience: a full or blocked storage must not stop the export itself. */
export function saveChoice(choice: ExportChoice, storage: Store | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(choice));
  } catch {
    // nothing to do: the next dialog starts from the defaults
  }
}

export interface ExportSize extends Size {
  /** The PNG's pixel ratio after the limits (SVG: 1). */
  readonly scale: number;
  /** Width or height was outside MIN_SIDE–MAX_SIDE and was moved into it. */
  readonly sizeClamped: boolean;
  /** The asked scale would have made too large a PNG and was lowered. */
  readonly scaleClamped: boolean;
}

/** The chart size and PNG pixel ratio an export will use, within the limits above. */
export function exportSize(choice: ExportChoice, screen: Size): ExportSize {
  const asked = choice.preset === 'screen' ? screen : choice.preset === 'custom' ? choice : PRESET_SIZES[choice.preset];
  const width = clampSide(asked.width);
  const height = clampSide(asked.height);
  // The screen preset follows the window (it may be smaller than MIN_SIDE); only typed sizes are "clamped" for the user.
  const sizeClamped = choice.preset === 'custom' && (width !== asked.width || height !== asked.height);
  if (choice.format === 'svg') return { width, height, scale: 1, sizeClamped, scaleClamped: false };
  let scale = choice.scale;
  // Whole scales only (text and lines stay on the pixel grid); 1× always fits (see MAX_PNG_PIXELS).
  while (scale > 1 && (Math.max(width, height) * scale > MAX_PNG_SIDE || width * height * scale * scale > MAX_PNG_PIXELS)) scale--;
  return { width, height, scale, sizeClamped, scaleClamped: scale !== choice.scale };
}

// Characters Windows, macOS or Linux refuse in a file name, and control characters. A run of
// them, with the spaces around it, becomes one '_' ("Temp / flow" → "Temp_flow").
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const FORBIDDEN_RUN = /\s*[\\/:*?"<>|\u0000-\u001f\u007f]+\s*/g;
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\..*)?$/i;
/** File systems limit names to 255 bytes; Korean takes 3 bytes a character in UTF-8. Room is left for the extension. */
const MAX_NAME_BYTES = 200;

function cleanName(text: string): string {
  const encoder = new TextEncoder();
  let kept = '';
  let bytes = 0;
  // By code point, so a cut never splits a character (or a surrogate pair).
  for (const char of text.normalize('NFC').replace(FORBIDDEN_RUN, '_').replace(/\s+/g, ' ')) {
    bytes += encoder.encode(char).length;
    if (bytes > MAX_NAME_BYTES) break;
    kept += char;
  }
  const name = kept.replace(/^[\s._]+|[\s._]+$/g, '');
  return RESERVED.test(name) ? `${name}_` : name;
}

/**
 * A file name (without extension) from a chart title: characters file systems refuse become '_',
 * runs of spaces one space, no leading or trailing dots, spaces or '_' (Windows drops trailing dots
 * and spaces; a leading dot hides the file on macOS and Linux), Korean and
 * other letters kept, at most 200 UTF-8 bytes (cut between characters). The cleaned `fallback`
 * (e.g. the chart type) when nothing is left, and 'chart' when that is empty too.
 */
export function fileBaseName(title: string | undefined, fallback = 'chart'): string {
  return cleanName(title ?? '') || cleanName(fallback) || 'chart';
}

/** The name to save under: a typed name is cleaned like a title, and the format's extension is added once. */
export function exportFileName(name: string, format: ExportFormat): string {
  const base = fileBaseName(name.replace(new RegExp(`\\.${format}$`, 'i'), ''));
  return `${base}.${format}`;
}
