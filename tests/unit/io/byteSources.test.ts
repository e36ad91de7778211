import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSource } from '../../../src/node/fileSource';
import { loadTable } from '../../../src/io/loadTable';
import type { ByteSource } from '../../../src/io/types';
import { columnsOf, fixtureBytes } from './sources';

describe('one code path for every byte source', () => {
  const bytes = fixtureBytes('cp949.csv');

  it('a Node file stream, Blob.stream(), a fetch Response body and an async generator give the same table', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fitplot-io-'));
    try {
      const path = join(dir, 'korean.csv');
      writeFileSync(path, bytes);
      const sources: ByteSource[] = [
        fileSource(path),
        { name: 'korean.csv', size: bytes.length, open: () => new Blob([bytes]).stream() },
        { name: 'korean.csv', open: () => new Response(bytes).body as ReadableStream<Uint8Array> },
        {
          name: 'korean.csv',
          async *open() {
            for (let i = 0; i < bytes.length; i += 7) yield bytes.slice(i, i + 7);
          },
        },
      ];
      const results = await Promise.all(sources.map((s) => loadTable(s)));
      for (const r of results) {
        expect(r.fileName).toBe('korean.csv');
        expect(r.encoding).toBe('cp949');
        expect(columnsOf(r)).toEqual(columnsOf(results[0]!));
      }
      expect(columnsOf(results[0]!).이름).toEqual(['똠', '햏', '뷁']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a source that yields strings (a programming error) is refused clearly instead of being mis-decoded', async () => {
    const source: ByteSource = {
      name: 'text.csv',
      async *open() {
        yield 'a,b\n' as unknown as Uint8Array;
      },
    };
    await expect(loadTable(source)).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringMatching(/produced string instead of bytes/),
    });
  });
});
