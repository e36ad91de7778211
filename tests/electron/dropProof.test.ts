// The drop challenge: which ranges are asked for, and that only the file's real bytes, sent once
// and in time, get a dropped path accepted.
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DropVerifier, PROOF_BLOCK, PROOF_BLOCKS, challengeRanges } from '../../electron/main/dropProof';

function fileOf(size: number): { path: string; bytes: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'fitplot-drop-'));
  const path = join(dir, 'dropped.csv');
  const bytes = Buffer.from(Array.from({ length: size }, (_, i) => (i * 7 + (i >> 12)) % 256));
  writeFileSync(path, bytes);
  return { path, bytes };
}

function answer(bytes: Buffer, ranges: readonly { start: number; end: number }[]): Uint8Array {
  return Buffer.concat(ranges.map((range) => bytes.subarray(range.start, range.end)));
}

describe('challengeRanges', () => {
  it('asks for the whole file when it has at most 8 blocks', () => {
    expect(challengeRanges(10)).toEqual([{ start: 0, end: 10 }]);
    expect(challengeRanges(PROOF_BLOCK * 2 + 1)).toEqual([
      { start: 0, end: 4096 },
      { start: 4096, end: 8192 },
      { start: 8192, end: 8193 },
    ]);
    expect(challengeRanges(PROOF_BLOCK * PROOF_BLOCKS)).toHaveLength(8);
  });

  it('for bigger files: the first and last blocks plus 6 distinct random ones, in file order', () => {
    const size = 1_000_000; // 245 blocks, the last one 576 bytes
    const draws = [5, 5, 100, 0, 243, 7, 50, 50, 60];
    const ranges = challengeRanges(size, () => draws.shift() ?? 0);
    // Draws are offset by one (block 0 is always asked): 6, 101, 1, 244 (= the last block, already in), 8, 51, 61.
    expect(ranges.map((range) => range.start / PROOF_BLOCK)).toEqual([0, 1, 6, 8, 51, 61, 101, 244]);
    expect(ranges.at(-1)).toEqual({ start: 244 * PROOF_BLOCK, end: size });
    expect(ranges.reduce((sum, range) => sum + range.end - range.start, 0)).toBe(7 * PROOF_BLOCK + 576);
  });
});

describe('DropVerifier', () => {
  it('accepts the exact bytes of the asked ranges, once', async () => {
    const { path, bytes } = fileOf(100_000);
    const verifier = new DropVerifier();
    const challenge = verifier.challenge({ path, size: bytes.length });
    expect(challenge.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(challenge.ranges).toHaveLength(PROOF_BLOCKS);
    await expect(verifier.prove(challenge.id, answer(bytes, challenge.ranges))).resolves.toBe(path);
    await expect(verifier.prove(challenge.id, answer(bytes, challenge.ranges))).rejects.toThrow(/could not be verified/);
  });

  it('refuses a wrong answer: one flipped byte, the wrong length, bytes of another place', async () => {
    const { path, bytes } = fileOf(100_000);
    const verifier = new DropVerifier();
    for (const forge of [
      (right: Uint8Array) => right.map((byte, i) => (i === right.length - 1 ? byte ^ 1 : byte)),
      (right: Uint8Array) => right.subarray(1),
      () => new Uint8Array(bytes.subarray(0, PROOF_BLOCK * PROOF_BLOCKS)),
    ]) {
      const challenge = verifier.challenge({ path, size: bytes.length });
      await expect(verifier.prove(challenge.id, forge(answer(bytes, challenge.ranges)))).rejects.toThrow(/could not be verified/);
    }
  });

  it('refuses claims that do not match the disk, and files changed before the answer, all alike', async () => {
    const { path, bytes } = fileOf(5000);
    const empty = fileOf(0);
    const verifier = new DropVerifier();
    // Each claim gets a challenge (asking reveals nothing); the answer, however right for the
    // bytes the page holds, is refused because the disk does not match the claim.
    for (const claim of [
      { path, size: 4999 },
      { path: join(path, '..'), size: 4096 },
      { path: `${path}.missing`, size: 5000 },
      { path: empty.path, size: 0 },
    ]) {
      const challenge = verifier.challenge(claim);
      expect(challenge.ranges).toEqual(challengeRanges(claim.size));
      await expect(verifier.prove(challenge.id, answer(bytes, challenge.ranges)), claim.path).rejects.toThrow(/could not be verified/);
    }
    const challenge = verifier.challenge({ path, size: bytes.length });
    truncateSync(path, 10);
    await expect(verifier.prove(challenge.id, answer(bytes, challenge.ranges))).rejects.toThrow(/could not be verified/);
  });

  it('forgets challenges after a minute', async () => {
    const { path, bytes } = fileOf(300);
    let now = 0;
    const verifier = new DropVerifier(() => now);
    const challenge = verifier.challenge({ path, size: bytes.length });
    now = 60_001;
    await expect(verifier.prove(challenge.id, answer(bytes, challenge.ranges))).rejects.toThrow(/could not be verified/);
  });
});
