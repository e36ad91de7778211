/**
 * The loader's message catalogue (src/io/loadMessages.ts): every key the loader and the CLI's file
 * source use is in LOAD_MESSAGE_KEYS (the list the app words in EN/KO), every key has English
 * words, and errors and warnings carry their key and parameters beside those words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hintKey, LOAD_MESSAGE_KEYS, wordLoadMessage } from '../../../src/io/loadMessages';
import type { LoadMessageKey } from '../../../src/io/loadMessages';
import { FitplotError } from '../../../src/table/errors';
import { load } from './sources';

const src = join(__dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('LOAD_MESSAGE_KEYS', () => {
  it('holds every load.* key written in the engine and the CLI', () => {
    const used = new Set<string>();
    for (const file of [...sourceFiles(join(src, 'io')), ...sourceFiles(join(src, 'cli'))]) {
      for (const match of readFileSync(file, 'utf8').matchAll(/'(load\.[A-Za-z0-9.]+)'/g)) used.add(match[1] as string);
    }
    expect(used.size).toBeGreaterThan(30);
    for (const key of used) expect(LOAD_MESSAGE_KEYS, key).toContain(key);
  });

  it('lists a hint key beside each message that has a hint, and nothing else', () => {
    expect(LOAD_MESSAGE_KEYS.every((k) => k.startsWith('load.'))).toBe(true);
    expect(new Set(LOAD_MESSAGE_KEYS).size).toBe(LOAD_MESSAGE_KEYS.length);
    const messages = LOAD_MESSAGE_KEYS.filter((k) => !k.endsWith('Hint')) as LoadMessageKey[];
    for (const key of messages) {
      const worded = wordLoadMessage(key, {});
      expect(worded.message.length, key).toBeGreaterThan(10);
      expect(LOAD_MESSAGE_KEYS.includes(hintKey(key)), key).toBe(worded.hint !== undefined);
    }
  });
});

describe('keys on what the loader returns', () => {
  it('a warning carries key, parameters and the English words made from them', async () => {
    const result = await load('a,b\n1,2\n3\n');
    expect(result.warnings).toEqual([
      {
        code: 'RAGGED_ROWS_SHORT',
        key: 'load.raggedShort',
        params: { count: 1, width: 2, lines: [3] },
        message: '1 row(s) have fewer than 2 fields (first on line(s) 3); their last cells are missing.',
        count: 1,
        lines: [3],
      },
    ]);
  });

  it('an error carries key and parameters, and toJSON keeps them', async () => {
    let error: unknown;
    try {
      await load('');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FitplotError);
    expect((error as FitplotError).toJSON()).toEqual({
      code: 'EMPTY_FILE',
      key: 'load.emptyFile',
      params: { file: 'test.csv' },
      message: 'test.csv is empty (0 bytes).',
      hint: 'Choose another file, or check that the export finished writing.',
      file: 'test.csv',
    });
  });
});
