/**
 * Remembered window size and position: read from JSON in userData (validated field by field;
 * anything odd falls back to defaults), clamped to the displays connected now (a monitor may
 * have been unplugged since), and written atomically.
 */
import { readFileSync } from 'node:fs';
import { writeFileAtomicSync } from '../../src/cli/fs/atomicWrite';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState extends Rect {
  readonly maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;
/** A saved window must keep at least this much of itself on a display, or it is re-centred. */
const MIN_VISIBLE = { width: 120, height: 80 } as const;
const LIMIT = 100_000;

function finiteInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= LIMIT;
}

/** Validates parsed JSON; null when it is not a window state. */
export function parseWindowState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { x, y, width, height, maximized } = value as Record<string, unknown>;
  if (!finiteInt(x) || !finiteInt(y) || !finiteInt(width) || !finiteInt(height)) return null;
  if (width <= 0 || height <= 0 || typeof maximized !== 'boolean') return null;
  return { x, y, width, height, maximized };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function clampNumber(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

function centred(area: Rect, width: number, height: number, maximized: boolean): WindowState {
  const w = clampNumber(width, Math.min(MIN_SIZE.width, area.width), area.width);
  const h = clampNumber(height, Math.min(MIN_SIZE.height, area.height), area.height);
  return { x: area.x + Math.round((area.width - w) / 2), y: area.y + Math.round((area.height - h) / 2), width: w, height: h, maximized };
}

/**
 * Fits a saved state onto the current displays: sizes between MIN_SIZE and the display's work
 * area; kept on the display it overlaps most and moved fully inside it; re-centred on the
 * primary display when too little of it would be visible anywhere.
 */
export function clampToDisplays(state: WindowState | null, workAreas: readonly Rect[], primary: Rect): WindowState {
  if (state === null) return centred(primary, DEFAULT_SIZE.width, DEFAULT_SIZE.height, false);
  let best: Rect | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const o = overlap(state, area);
    if (o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height && o.width * o.height > bestArea) {
      best = area;
      bestArea = o.width * o.height;
    }
  }
  if (best === undefined) return centred(primary, state.width, state.height, state.maximized);
  const width = clampNumber(state.width, Math.min(MIN_SIZE.width, best.width), best.width);
  const height = clampNumber(state.height, Math.min(MIN_SIZE.height, best.height), best.height);
  return {
    x: clampNumber(state.x, best.x, best.x + best.width - width),
    y: clampNumber(state.y, best.y, best.y + best.height - height),
    width,
    height,
    maximized: state.maximized,
  };
}

export function loadWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null; // missing or corrupt: start with defaults
  }
}

export function saveWindowState(file: string, state: WindowState): void {
  writeFileAtomicSync(file, `${JSON.stringify(state, null, 2)}\n`);
}
