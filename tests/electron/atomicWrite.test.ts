// Electron main's writes (exports, recent.json, window-state.json) go through the atomic write it
// shares with the CLI: temp file in the same folder, fsync, rename; the original survives a failure.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as FsPromises from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';

// Spy on rename to check that the data reaches the target through a sibling temporary file.
const renames: Array<[string, string]> = [];
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      renames.push([from, to]);
      if (to.endsWith('fail-rename.png')) throw new Error('EXDEV: simulated rename failure');
      return actual.rename(from, to);
    },
  };
});

const { writeFileAtomic, writeFileAtomicSync } = await import('../../src/cli/fs/atomicWrite');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'fitplot-atomic-'));
}

describe('writeFileAtomic', () => {
  it('writes bytes and text via a temporary sibling renamed over the target', async () => {
    const dir = tempDir();
    const target = join(dir, 'chart.png');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    const [from, to] = renames.at(-1) ?? [];
    expect(to).toBe(target);
    expect(from).toMatch(/[/\\]\.fitplot-[0-9a-f]{12}\.tmp$/);
    expect(from?.startsWith(dir)).toBe(true);
    await writeFileAtomic(join(dir, 'chart.svg'), '<svg>한글</svg>');
    expect(readFileSync(join(dir, 'chart.svg'), 'utf8')).toBe('<svg>한글</svg>');
    expect(readdirSync(dir).sort()).toEqual(['chart.png', 'chart.svg']);
  });

  it('leaves the original untouched and removes the temporary file when the rename fails', async () => {
    const dir = tempDir();
    const target = join(dir, 'fail-rename.png');
    writeFileSync(target, 'original');
    await expect(writeFileAtomic(target, new Uint8Array([9, 9]))).rejects.toThrow(
      /Could not write .*fail-rename\.png: EXDEV: simulated rename failure\. Nothing was changed there\./,
    );
    expect(readFileSync(target, 'utf8')).toBe('original');
    expect(readdirSync(dir)).toEqual(['fail-rename.png']);
  });

  // Skipped as root (containers, CI): root ignores permission bits. The rename failure above covers the same path.
  it.skipIf(process.getuid?.() === 0)('fails cleanly when the folder is not writable', async () => {
    const dir = tempDir();
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    writeFileSync(join(locked, 'a.png'), 'original');
    chmodSync(locked, 0o500);
    await expect(writeFileAtomic(join(locked, 'a.png'), 'new')).rejects.toThrow();
    expect(readFileSync(join(locked, 'a.png'), 'utf8')).toBe('original');
    chmodSync(locked, 0o700);
  });
});

describe('writeFileAtomicSync', () => {
  it('replaces the target and leaves no temporary file; a missing folder throws', () => {
    const dir = tempDir();
    const target = join(dir, 'state.json');
    writeFileAtomicSync(target, '{"a":1}');
    writeFileAtomicSync(target, '{"a":2}');
    expect(readFileSync(target, 'utf8')).toBe('{"a":2}');
    expect(readdirSync(dir)).toEqual(['state.json']);
    expect(() => writeFileAtomicSync(join(dir, 'missing', 'state.json'), 'x')).toThrow(/the folder .*missing does not exist/);
  });
});
