/**
 * Proof that the renderer holds a dropped file before main records its path (see DropChallenge
 * in electron/shared/bridge.ts). Dropped files are the one case where a path comes from the
 * renderer: Chromium hands the page a File and only the preload can ask for its path. A path
 * alone proves nothing (a compromised page can name /etc/passwd), so main asks for the bytes at
 * random places of the file and compares them with the disk. Whoever can answer already knows
 * the file's content at those places; whoever cannot gets nothing recorded, and so no grant.
 * The disk is looked at only when the answer comes: a challenge is issued for any claim, so
 * asking for one tells the page nothing (not even whether the path exists).
 */
import { randomInt } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import type { ByteRange, DropChallenge, DropClaim } from '../shared/bridge';
import { randomToken } from './fileGrants';

/** Bytes per sampled block; the proof is at most PROOF_BLOCKS of them (32 KiB over IPC). */
export const PROOF_BLOCK = 4096;
export const PROOF_BLOCKS = 8;
/** A challenge is answered at once by the preload; older ones are forgotten. */
const CHALLENGE_TTL_MS = 60_000;
const MAX_PENDING = 16;

/**
 * The ranges to ask for: the whole file when it has at most PROOF_BLOCKS blocks; otherwise the
 * first and last blocks and PROOF_BLOCKS - 2 others drawn at random, in file order.
 */
export function challengeRanges(size: number, pick: (below: number) => number = randomInt): ByteRange[] {
  const blocks = Math.ceil(size / PROOF_BLOCK);
  const chosen = new Set<number>();
  if (blocks <= PROOF_BLOCKS) for (let block = 0; block < blocks; block++) chosen.add(block);
  else {
    chosen.add(0).add(blocks - 1);
    while (chosen.size < PROOF_BLOCKS) chosen.add(1 + pick(blocks - 2));
  }
  return [...chosen].sort((a, b) => a - b).map((block) => ({ start: block * PROOF_BLOCK, end: Math.min(size, (block + 1) * PROOF_BLOCK) }));
}

async function readRanges(path: string, ranges: readonly ByteRange[]): Promise<Buffer> {
  const total = ranges.reduce((sum, range) => sum + range.end - range.start, 0);
  const bytes = Buffer.alloc(total);
  const handle = await open(path, 'r');
  try {
    let offset = 0;
    for (const range of ranges) {
      const { bytesRead } = await handle.read(bytes, offset, range.end - range.start, range.start);
      if (bytesRead !== range.end - range.start) throw new Error('the file is shorter than it was');
      offset += bytesRead;
    }
  } finally {
    await handle.close();
  }
  return bytes;
}

interface Pending {
  readonly claim: DropClaim;
  readonly ranges: readonly ByteRange[];
  readonly issuedAt: number;
}

export class DropVerifier {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly pick: (below: number) => number = randomInt,
  ) {}

  challenge(claim: DropClaim): DropChallenge {
    this.forgetExpired();
    const id = randomToken();
    const ranges = challengeRanges(claim.size, this.pick);
    this.pending.set(id, { claim, ranges, issuedAt: this.now() });
    if (this.pending.size > MAX_PENDING) this.pending.delete(this.pending.keys().next().value ?? id);
    return { id, ranges };
  }

  /**
   * The verified path, or one error whatever the reason (no such file, not a regular file, another
   * size, empty, other bytes, an unknown or expired challenge); each challenge is answered once.
   */
  async prove(id: string, bytes: Uint8Array): Promise<string> {
    this.forgetExpired();
    const pending = this.pending.get(id);
    this.pending.delete(id);
    const refused = new Error('The dropped file could not be verified; it was not added to recent files.');
    if (pending === undefined) throw refused;
    const info = await stat(pending.claim.path).catch(() => null);
    if (info === null || !info.isFile() || info.size !== pending.claim.size || info.size === 0) throw refused;
    const expected = await readRanges(pending.claim.path, pending.ranges).catch(() => null);
    if (expected === null || !expected.equals(bytes)) throw refused;
    return pending.claim.path;
  }

  private forgetExpired(): void {
    const oldest = this.now() - CHALLENGE_TTL_MS;
    for (const [id, pending] of this.pending) if (pending.issuedAt < oldest) this.pending.delete(id);
  }
}
