/**
 * A fitted model as data: everything needed to re-apply it to another table (encoders, the
 * preprocessing chain, the estimator as `{ kind, options, state }`) plus what it was (options,
 * split, metrics, curves, diagnosis, a fingerprint of the training data). predictTable.ts
 * re-applies it. Version 1 files (weights beside the estimator's options) are still read.
 */
import { FitplotError } from '../table/errors';
import type { EstimatorJSON } from './estimatorContract';
import type { Encoder } from './prepare/design';
import type { TransformJSON } from './prepare/transform';
import type { TargetEncoding } from './target';

export const MODEL_FORMAT = 'fitplot-model';
export const MODEL_VERSION = 2;

export interface ModelJSON {
  readonly format: typeof MODEL_FORMAT;
  readonly version: number;
  /** The model family (MODEL_SPECS). */
  readonly model: string;
  readonly target: string;
  readonly targetEncoding: TargetEncoding;
  readonly encoders: Encoder[];
  /** Names of the model's input columns (after one-hot and polynomial terms). */
  readonly features: string[];
  readonly transform: TransformJSON;
  readonly estimator: EstimatorJSON;
  /** The fit report (settings, split, metrics, curves, diagnosis) as produced by fitTable. */
  readonly report: Record<string, unknown>;
  readonly fingerprint: { readonly rows: number; readonly columns: string[]; readonly hash: string };
}

/** FNV-1a over the 32-bit words of the training design and target: detects a different training set. */
export function fingerprint(...arrays: Float64Array[]): string {
  let h = 0x811c9dc5;
  for (const a of arrays) {
    const copy = a.byteOffset % 4 === 0 ? a : Float64Array.from(a);
    const words = new Uint32Array(copy.buffer, copy.byteOffset, copy.length * 2);
    for (let i = 0; i < words.length; i++) {
      h ^= words[i]!;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return h.toString(16).padStart(8, '0');
}

export function parseModelJSON(text: string, fileName = 'the model file'): ModelJSON {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new FitplotError({
      code: 'MODEL',
      key: 'model.error.modelFileNotJson',
      params: { file: fileName },
      message: `${fileName} is not valid JSON (${(error as Error).message}).`,
      file: fileName,
      hint: 'Give a file written by `fitplot fit … --save model.json`.',
    });
  }
  const m = raw as Partial<ModelJSON>;
  if (m?.format !== MODEL_FORMAT)
    throw new FitplotError({
      code: 'MODEL',
      key: 'model.error.notAModelFile',
      params: { file: fileName },
      message: `${fileName} is not a Fitplot model (no "format": "${MODEL_FORMAT}").`,
      file: fileName,
      hint: 'Give a file written by `fitplot fit … --save model.json`.',
    });
  if (typeof m.version !== 'number' || m.version > MODEL_VERSION)
    throw new FitplotError({
      code: 'MODEL',
      key: 'model.error.newerModelFile',
      params: { file: fileName, version: String(m.version), supported: MODEL_VERSION },
      message: `${fileName} has model format version ${String(m.version)}; this Fitplot reads up to ${MODEL_VERSION}.`,
      file: fileName,
    });
  return m as ModelJSON;
}
