/** Every model.* key the engine sends is listed in MODEL_MESSAGE_KEYS (so front ends can check their wording against the list). */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_MESSAGE_KEYS, verdictKey } from '../../../src/models/messageKeys';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('MODEL_MESSAGE_KEYS', () => {
  it('lists every key used in src/models', () => {
    const used = new Set<string>();
    for (const file of sources(resolve(__dirname, '../../../src/models'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:msg\(|key: )'(model\.[A-Za-z.]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !MODEL_MESSAGE_KEYS.includes(k))).toEqual([]);
  });

  it('includes the verdicts and the labels and help of MODEL_SPECS', () => {
    expect(verdictKey('good fit')).toBe('model.verdict.goodFit');
    for (const k of [
      'model.verdict.goodFit',
      'model.verdict.unstable',
      'model.method.sgd',
      'model.option.learningRate.help',
      'model.family.logistic',
    ])
      expect(MODEL_MESSAGE_KEYS).toContain(k);
  });
});
