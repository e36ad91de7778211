/**
 * Feature screening before encoding, so nothing about the feature set is silent:
 * - a feature with no value in the usable rows is refused when the user named it, and left out
 *   with a warning from the default set;
 * - a constant feature (one value in every usable row) cannot be told apart from the intercept:
 *   it is left out with a warning (least squares would otherwise give the intercept's value to it);
 *   a nearly constant one (spread ≤ NEAR_CONSTANT of its size) is kept with a warning;
 * - target leakage: a column that is a one-to-one relabelling of the classes (or, for regression,
 *   an exact linear copy of the target) is left out of the default set, and warned about when named.
 */
import { FitplotError } from '../../table/errors';
import type { Message } from '../../table/messages';
import { msg } from '../../table/messages';
import type { Column, Table } from '../../table/types';
import { isDictionary } from '../../table/types';

/** Relative spread (max − min)/max(|min|, |max|) at or below which a feature is nearly constant. */
export const NEAR_CONSTANT = 1e-9;
/** Features with more distinct values than this are not checked as relabelled classes. */
const MAX_LEVELS_CHECKED = 50;

/** The cell of a column as a comparable key; null when missing. */
function keyOf(c: Column, i: number): string | number | null {
  if (c.missing[i]) return null;
  if (isDictionary(c)) return c.codes[i]! < 0 ? null : c.codes[i]!;
  return (c as { values: ArrayLike<number> }).values[i]!;
}

/** Whether feature and target values map one to one over the rows where both are present. */
function relabels(f: Column, t: Column, rows: readonly number[]): boolean {
  const forward = new Map<string | number, string | number>();
  const backward = new Map<string | number, string | number>();
  let pairs = 0;
  for (const i of rows) {
    const a = keyOf(f, i);
    const b = keyOf(t, i);
    if (a === null || b === null) continue;
    pairs++;
    if ((forward.has(a) && forward.get(a) !== b) || (backward.has(b) && backward.get(b) !== a)) return false;
    forward.set(a, b);
    backward.set(b, a);
    if (forward.size > MAX_LEVELS_CHECKED) return false;
  }
  return pairs > 0 && forward.size > 1;
}

/** |Pearson r| = 1 to rounding: the feature is the target up to scale and offset. */
function linearCopy(f: Column, t: Column, rows: readonly number[]): boolean {
  if (f.type !== 'number' || t.type !== 'number') return false;
  const both = rows.filter((i) => !f.missing[i] && !t.missing[i]);
  const n = both.length;
  if (n <= 2) return false;
  // Two passes about the means: one-pass sums cancel catastrophically on large offsets (1e9 + x)
  // and could make an unrelated column look like an exact copy.
  let mx = 0,
    my = 0;
  for (const i of both) {
    mx += f.values[i]!;
    my += t.values[i]!;
  }
  mx /= n;
  my /= n;
  let sxx = 0,
    syy = 0,
    sxy = 0;
  for (const i of both) {
    const dx = f.values[i]! - mx;
    const dy = t.values[i]! - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  return sxx > 0 && syy > 0 && Math.abs(sxy) / Math.sqrt(sxx * syy) > 1 - 1e-12;
}

type Spread =
  | { kind: 'empty' }
  | { kind: 'constant'; value: string | number }
  | { kind: 'nearConstant'; min: number; max: number }
  | { kind: 'varies' };

function spread(c: Column, rows: readonly number[]): Spread {
  let min = Infinity;
  let max = -Infinity;
  let seen = 0;
  for (const i of rows) {
    const k = keyOf(c, i);
    if (k === null) continue;
    seen++;
    const v = typeof k === 'number' ? k : 0;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  if (seen === 0) return { kind: 'empty' };
  if (min === max)
    return { kind: 'constant', value: isDictionary(c) ? c.dictionary[min]! : c.type === 'boolean' ? String(min === 1) : min };
  if (!isDictionary(c) && max - min <= NEAR_CONSTANT * Math.max(Math.abs(min), Math.abs(max))) return { kind: 'nearConstant', min, max };
  return { kind: 'varies' };
}

/** The features to encode, after the checks above; `explicit` when the user named them. */
export function screenFeatures(
  table: Table,
  target: Column,
  features: readonly string[],
  explicit: boolean,
  classification: boolean,
  rows: readonly number[],
  warnings: Message[],
): string[] {
  const kept: string[] = [];
  for (const name of features) {
    const c = table.columns.find((col) => col.name === name);
    // Datetime parts ("col:hour") and unknown names are checked when encoding.
    if (!c || c.type === 'datetime') {
      kept.push(name);
      continue;
    }
    const s = spread(c, rows);
    if (s.kind === 'empty') {
      if (explicit)
        throw new FitplotError({
          code: 'NOT_ENOUGH_DATA',
          key: 'model.error.featureAllMissing',
          params: { column: name },
          message: `The feature '${name}' has no values in the rows with a target.`,
          column: name,
          hint: 'Leave it out of --features.',
        });
      warnings.push(msg('model.warning.featureAllMissing', { column: name }));
      continue;
    }
    if (s.kind === 'constant') {
      warnings.push(msg('model.warning.constantFeature', { column: name, value: s.value }));
      continue;
    }
    if (s.kind === 'nearConstant') warnings.push(msg('model.warning.nearConstantFeature', { column: name, min: s.min, max: s.max }));
    const leaks = classification ? relabels(c, target, rows) : linearCopy(c, target, rows);
    if (leaks && !explicit) {
      warnings.push(msg('model.warning.leakageExcluded', { column: name, target: target.name }));
      continue;
    }
    if (leaks) warnings.push(msg('model.warning.leakage', { column: name, target: target.name }));
    kept.push(name);
  }
  return kept;
}
