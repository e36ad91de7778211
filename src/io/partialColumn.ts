/**
 * A column accumulator's state as plain, transferable data, and the merge of consecutive parts, so
 * a file split at record boundaries can be read by several workers (src/cli/splitLoad.ts) and
 * still give the single-worker table: the merged accumulator holds the same cells, counts, samples
 * and shape notes as one that read the whole file, and the shared decision and build code runs
 * on it (./inferType.ts, ./buildColumn.ts). Where the parts and a whole-file read may differ — when
 * a column dropped its strings — the build does not depend on it (buildColumn.ts: typedFromCodes
 * and the re-read give the same column whenever, or whether, the switch happened).
 */
import type { CellKind } from './cells/classify';
import type { ColumnAccumulator } from './columnAccumulator';
import type { CellSample, ShapeNote } from './columnEvidence';

const SAMPLES_PER_KIND = 5;

export interface PartialColumn {
  readonly length: number;
  readonly kindCounts: readonly number[];
  readonly samples: readonly (readonly CellSample[])[];
  readonly leadingZero: ShapeNote | undefined;
  readonly lossyInteger: ShapeNote | undefined;
  readonly codeExponent: ShapeNote | undefined;
  readonly sawPlainInteger: boolean;
  readonly sawFraction: boolean;
  readonly datetimeLayout: number | undefined;
  readonly datetimeFormatsMixed: boolean;
  readonly datetimeWithZone: number;
  readonly datetimeWithoutZone: number;
  /** Dictionary mode: strings in first-seen order with their kinds and values, and the cells' codes (-1 missing). */
  readonly strings: string[] | null;
  readonly entryKind: CellKind[];
  readonly entryValue: number[];
  readonly codes: Int32Array | null;
  /** Typed mode. */
  readonly values: Float64Array | Float32Array | null;
  readonly kinds: Uint8Array | null;
  /** Float32 storage: NUMBER cells the store changed, and the largest relative change. */
  readonly narrowed: number;
  readonly narrowedWorst: number;
}

/** The accumulator's state (its arrays are shared, not copied: transfer them, then drop the accumulator). */
export function partialOf(acc: ColumnAccumulator): PartialColumn {
  return {
    length: acc.length,
    kindCounts: [...acc.kindCounts],
    samples: acc.samples,
    leadingZero: acc.leadingZero,
    lossyInteger: acc.lossyInteger,
    codeExponent: acc.codeExponent,
    sawPlainInteger: acc.sawPlainInteger,
    sawFraction: acc.sawFraction,
    datetimeLayout: acc.datetimeLayout,
    datetimeFormatsMixed: acc.datetimeFormatsMixed,
    datetimeWithZone: acc.datetimeWithZone,
    datetimeWithoutZone: acc.datetimeWithoutZone,
    strings: acc.hasStrings ? acc.strings : null,
    entryKind: acc.entryKind,
    entryValue: acc.entryValue,
    codes: acc.codes,
    values: acc.values,
    kinds: acc.kinds,
    narrowed: acc.narrowed,
    narrowedWorst: acc.narrowedWorst,
  };
}

/** The ArrayBuffers of a partial column, for a postMessage transfer list. */
export function partialBuffers(part: PartialColumn): ArrayBuffer[] {
  // Shared buffers (LoadOptions.sharedMemory) are shared by postMessage, and cannot be transferred.
  const buffers = [part.codes, part.values, part.kinds].flatMap((a) => (a === null ? [] : [a.buffer]));
  return buffers.filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}

/** A part read with its lines counted from the start of its own range: `lineOffset` more in the file. */
export interface LinedPart {
  readonly part: PartialColumn;
  readonly lineOffset: number;
}

function shifted<T extends { line: number }>(note: T | undefined, offset: number): T | undefined {
  return note === undefined ? undefined : { ...note, line: note.line + offset };
}

/**
 * Fills `acc` (fresh, made for the whole file) with the parts in file order: cells concatenated
 * into arrays of the capacity a whole-file read reaches, counts added, the first samples and shape
 * notes kept in line order, and dictionary codes of later parts remapped onto the first-seen order
 * of the whole column. If any part dropped its strings, the merged column is typed.
 */
export function mergeParts(acc: ColumnAccumulator, parts: readonly LinedPart[]): void {
  const n = parts.reduce((sum, p) => sum + p.part.length, 0);
  const capacity = acc.arrays.capacityFor(n);
  for (const { part, lineOffset } of parts) {
    for (let k = 0; k < acc.kindCounts.length; k++) acc.kindCounts[k] = (acc.kindCounts[k] as number) + (part.kindCounts[k] as number);
    part.samples.forEach((samples, k) => {
      const into = acc.samples[k] as CellSample[];
      for (const s of samples) if (into.length < SAMPLES_PER_KIND) into.push({ line: s.line + lineOffset, value: s.value });
    });
    acc.leadingZero ??= shifted(part.leadingZero, lineOffset);
    acc.lossyInteger ??= shifted(part.lossyInteger, lineOffset);
    acc.codeExponent ??= shifted(part.codeExponent, lineOffset);
    acc.sawPlainInteger ||= part.sawPlainInteger;
    acc.sawFraction ||= part.sawFraction;
    if (part.datetimeLayout !== undefined) {
      if (acc.datetimeLayout === undefined) acc.datetimeLayout = part.datetimeLayout;
      else if (acc.datetimeLayout !== part.datetimeLayout) acc.datetimeFormatsMixed = true;
    }
    acc.datetimeFormatsMixed ||= part.datetimeFormatsMixed;
    // Only "> 0" of these counts matters (buildColumn.ts), so parts may count a string twice.
    acc.datetimeWithZone += part.datetimeWithZone;
    acc.datetimeWithoutZone += part.datetimeWithoutZone;
    acc.narrowed += part.narrowed;
    acc.narrowedWorst = Math.max(acc.narrowedWorst, part.narrowedWorst);
  }
  acc.length = n;
  if (parts.every((p) => p.part.strings !== null)) mergeDictionaries(acc, parts, capacity);
  else mergeTyped(acc, parts, capacity);
}

function mergeDictionaries(acc: ColumnAccumulator, parts: readonly LinedPart[], capacity: number): void {
  const dictionary = new Map<string, number>();
  // The first part's worker sized its arrays for the whole file: when that capacity is the merged one, they are kept.
  const head = (parts[0] as LinedPart).part;
  const inPlace = head.codes !== null && head.codes.length === capacity;
  const codes = inPlace ? (head.codes as Int32Array) : acc.arrays.allocate(Int32Array, capacity);
  let at = 0;
  for (const [p, { part }] of parts.entries()) {
    const strings = part.strings as string[];
    const remap = new Int32Array(strings.length);
    strings.forEach((s, code) => {
      let merged = dictionary.get(s);
      if (merged === undefined) {
        merged = acc.strings.length;
        dictionary.set(s, merged);
        acc.strings.push(s);
        acc.entryKind.push(part.entryKind[code] as CellKind);
        acc.entryValue.push(part.entryValue[code] as number);
      }
      remap[code] = merged;
    });
    if (p === 0 && inPlace) {
      // The first part's codes are already the merged ones (its strings come first, in its order) and in place.
      at = part.length;
      continue;
    }
    const from = part.codes as Int32Array;
    for (let i = 0; i < part.length; i++) {
      const code = from[i] as number;
      codes[at++] = code < 0 ? code : (remap[code] as number);
    }
  }
  acc.dictionary = dictionary;
  acc.codes = codes;
}

function mergeTyped(acc: ColumnAccumulator, parts: readonly LinedPart[], capacity: number): void {
  const head = (parts[0] as LinedPart).part;
  // Float32 only when every typed part stored float32 (a part that showed datetimes kept doubles;
  // buildColumn.ts then narrows the rest and adds its count to the parts' counts).
  const typed = parts.filter((p) => p.part.values !== null);
  const float32 = typed.length > 0 && typed.every((p) => p.part.values instanceof Float32Array);
  const inPlace = head.values !== null && head.values.length === capacity && head.values instanceof Float32Array === float32;
  const values = inPlace
    ? (head.values as Float64Array | Float32Array)
    : float32
      ? acc.arrays.allocate(Float32Array, capacity)
      : acc.arrays.allocate(Float64Array, capacity);
  const kinds = inPlace ? (head.kinds as Uint8Array) : acc.arrays.allocate(Uint8Array, capacity);
  acc.values = values;
  acc.kinds = kinds;
  let at = 0;
  for (const [p, { part }] of parts.entries()) {
    if (p === 0 && inPlace) {
      at = part.length;
      continue;
    }
    if (part.values !== null && part.kinds !== null) {
      values.set(part.values.subarray(0, part.length), at);
      kinds.set(part.kinds.subarray(0, part.length), at);
      at += part.length;
      continue;
    }
    // A part still in dictionary mode: each cell's kind and value from its code, as ColumnAccumulator's own switch does.
    acc.storeCoded(at, part.codes as Int32Array, part.length, part.entryKind, part.entryValue);
    at += part.length;
  }
  acc.dictionary = null;
  acc.codes = null;
  acc.strings = [];
  acc.entryKind = [];
  acc.entryValue = [];
}
