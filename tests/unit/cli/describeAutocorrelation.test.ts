/** `fitplot describe` shows each number column's lag-1 autocorrelation, in the table and the JSON. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { captureIO } from '../../helpers/cliIO';

describe('fitplot describe: lag-1 autocorrelation', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fitplot-acf-'));
  // x = 1, 2, 3, 4: r(1) = 0.25 by hand (tests/unit/stats/autocorrelation.test.ts).
  writeFileSync(join(dir, 'signal.csv'), 'x,label\n1,a\n2,b\n3,a\n4,b\n');

  it('as a "lag-1 r" column of the text table', async () => {
    const io = captureIO({ cwd: dir });
    expect(await runCli(['describe', 'signal.csv'], io)).toBe(0);
    expect(io.out()).toMatch(/column\s+type\s+.*max\s+lag-1 r/);
    expect(io.out()).toMatch(/^x\s+number\s+.*\s0\.25$/m);
  });

  it('as "autocorrelation" in the JSON (null for other column types)', async () => {
    const io = captureIO({ cwd: dir });
    expect(await runCli(['describe', 'signal.csv', '--json'], io)).toBe(0);
    const out = JSON.parse(io.out()) as { columns: { autocorrelation: number | null }[]; conventions: Record<string, string> };
    expect(out.columns.map((c) => c.autocorrelation)).toEqual([0.25, null]);
    expect(out.conventions.autocorrelation).toMatch(/lag 1 in row order/);
  });
});
