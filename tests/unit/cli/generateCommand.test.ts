import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFixed, writeUint } from '../../../src/cli/generate/asciiWriter';
import { formatByteSize, parseByteSize } from '../../../src/cli/generate/byteSize';
import { runCli } from '../../../src/cli/run';
import { SeededRandom } from '../../../src/stats/random';
import { captureIO } from '../../helpers/cliIO';

const dir = mkdtempSync(join(tmpdir(), 'fitplot-generate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fixed = (value: number, decimals: number): string => {
  const buf = new Uint8Array(32);
  return Buffer.from(buf.subarray(0, writeFixed(buf, 0, value, decimals))).toString('latin1');
};

describe('asciiWriter', () => {
  it('writes integers and fixed-point numbers like toFixed, without -0', () => {
    const buf = new Uint8Array(32);
    expect(Buffer.from(buf.subarray(0, writeUint(buf, 0, 9_007_199_254_740_991))).toString()).toBe('9007199254740991');
    expect(fixed(0, 2)).toBe('0.00');
    expect(fixed(-0.004, 2)).toBe('0.00');
    expect(fixed(-0.006, 2)).toBe('-0.01');
    expect(fixed(1234.5678, 1)).toBe('1234.6');
    expect(fixed(-2.5, 0)).toBe('-3');
    expect(fixed(399.05, 3)).toBe('399.050');
    expect(fixed(0.07, 5)).toBe('0.07000');
    // Random values away from rounding ties agree with Number#toFixed.
    const rng = new SeededRandom(11);
    for (let i = 0; i < 20_000; i++) {
      const value = (rng.next() - 0.5) * 10 ** rng.nextInt(7);
      const decimals = rng.nextInt(6);
      const expected = value.toFixed(decimals);
      expect(fixed(value, decimals)).toBe(/^-0(\.0*)?$/.test(expected) ? expected.slice(1) : expected);
    }
  });
});

describe('byteSize', () => {
  it('reads decimal and binary units and rejects non-sizes', () => {
    expect(parseByteSize('100MB')).toBe(100_000_000);
    expect(parseByteSize('1GB')).toBe(1_000_000_000);
    expect(parseByteSize('1.5 gb')).toBe(1_500_000_000);
    expect(parseByteSize('512MiB')).toBe(536_870_912);
    expect(parseByteSize('4096')).toBe(4096);
    for (const bad of ['', 'abc', '0', '-5MB', '10XB', '1e9']) expect(parseByteSize(bad)).toBeUndefined();
    expect(formatByteSize(104_857_600)).toBe('104.9 MB');
    expect(formatByteSize(2_500_000_000)).toBe('2.50 GB');
  });
});

describe('fitplot generate', () => {
  it('writes the CSV atomically and reports rows and size', async () => {
    const io = captureIO({ cwd: dir });
    expect(await runCli(['generate', 'sensors', '--rows', '250', '--seed', '9', '--columns', '10', '--out', 'a.csv'], io)).toBe(0);
    const text = readFileSync(join(dir, 'a.csv'), 'utf8');
    expect(text.split('\n')).toHaveLength(252);
    expect(text.split('\n')[0]!.split(',')).toHaveLength(10);
    expect(io.out()).toMatch(/^a\.csv: 250 rows, [\d.]+ kB in [\d.]+ s\n$/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Same flags, same bytes.
    expect(
      await runCli(['generate', 'sensors', '--rows', '250', '--seed', '9', '--columns', '10', '--out', 'b.csv'], captureIO({ cwd: dir })),
    ).toBe(0);
    expect(readFileSync(join(dir, 'b.csv'), 'utf8')).toBe(text);
  });

  it('targets a size and writes CP949 with Korean names', async () => {
    expect(
      await runCli(
        ['generate', 'sensors', '--size', '50kB', '--encoding', 'cp949', '--missing', '0', '--out', 'k.csv'],
        captureIO({ cwd: dir }),
      ),
    ).toBe(0);
    const bytes = readFileSync(join(dir, 'k.csv'));
    expect(bytes.length).toBeLessThanOrEqual(50_000);
    expect(bytes.length).toBeGreaterThan(49_700);
    // 시각 in CP949 is BD C3 B0 A2.
    expect([...bytes.subarray(0, 4)]).toEqual([0xbd, 0xc3, 0xb0, 0xa2]);
  });

  it('exits 2 with a message for bad flags, and 1 when the file cannot be written', async () => {
    const cases: [string[], RegExp][] = [
      [['generate', 'sensors', '--out', 'x.csv'], /exactly one of --rows N or --size SIZE/],
      [['generate', 'sensors', '--rows', '5', '--size', '1MB', '--out', 'x.csv'], /exactly one of/],
      [['generate', 'sensors', '--rows', '5'], /--out FILE is required/],
      [['generate', 'lasers', '--rows', '5', '--out', 'x.csv'], /the only generator is 'sensors'/],
      [['generate', 'sensors', '--rows', 'many', '--out', 'x.csv'], /--rows must be a whole number/],
      [['generate', 'sensors', '--size', 'big', '--out', 'x.csv'], /--size must be a size like 100MB/],
      [['generate', 'sensors', '--rows', '5', '--columns', '3', '--out', 'x.csv'], /--columns must be a whole number ≥ 4/],
      [['generate', 'sensors', '--rows', '5', '--missing', '1.5', '--out', 'x.csv'], /--missing must be a fraction/],
      [['generate', 'sensors', '--rows', '5', '--encoding', 'latin1', '--out', 'x.csv'], /--encoding must be utf-8 or cp949/],
      [['generate', 'sensors', '--rows', '5', '--colour', 'red', '--out', 'x.csv'], /Unknown option '--colour'/],
    ];
    for (const [args, message] of cases) {
      const io = captureIO({ cwd: dir });
      expect(await runCli(args, io)).toBe(2);
      expect(io.err()).toMatch(message);
    }
    const io = captureIO({ cwd: dir });
    expect(await runCli(['generate', 'sensors', '--rows', '5', '--out', 'no/such/folder/x.csv'], io)).toBe(1);
    expect(io.err()).toContain('Cannot write no/such/folder/x.csv (ENOENT)');
  });
});
