import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Reblocker } from '../../../src/io/blocks';

describe('Reblocker', () => {
  it('cuts at fixed absolute offsets whatever the input chunks', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.uniqueArray(fc.nat(200)), (bytes, rawCuts) => {
        const cuts = rawCuts.filter((c) => c > 0 && c < bytes.length).sort((a, b) => a - b);
        const r = new Reblocker(16);
        const blocks: number[][] = [];
        let from = 0;
        for (const cut of [...cuts, bytes.length]) {
          for (const b of r.push(bytes.slice(from, cut))) blocks.push(Array.from(b));
          from = cut;
        }
        const rest = Array.from(r.flush());
        expect(blocks.every((b) => b.length === 16)).toBe(true);
        expect(blocks.flat().concat(rest)).toEqual(Array.from(bytes));
        expect(rest.length).toBe(bytes.length % 16);
      }),
    );
  });

  it('passes aligned chunks through without copying', () => {
    const chunk = new Uint8Array(16);
    expect(new Reblocker(16).push(chunk)[0]).toBe(chunk);
  });
});
