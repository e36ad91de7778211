/** `fitplot fit linear --no-intercept`: a least-squares line through the origin (NIST's NoInt1 data). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { fitCommand } from '../../../src/cli/commands/fit';
import { captureIO } from '../../helpers/cliIO';

describe('fitplot fit linear --no-intercept', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fitplot-noint-'));
  // NoInt1: y = 130…140, x = 60…70; slope Σxy/Σx² = 96635/46585 = 2.07438016528926 (certified).
  writeFileSync(join(dir, 'noint1.csv'), ['y,x', ...Array.from({ length: 11 }, (_, i) => `${130 + i},${60 + i}`)].join('\n') + '\n');

  it('prints the slope without an intercept row', async () => {
    const io = captureIO({ cwd: dir });
    // y = x + 70 exactly: a default feature set would leave x out as a copy of the target, so it is named.
    expect(
      await runCli(['fit', 'linear', 'noint1.csv', '--target', 'y', '--features', 'x', '--no-intercept', '--validation', '0'], io, [
        fitCommand,
      ]),
    ).toBe(0);
    expect(io.out()).not.toContain('(intercept)');
    expect(io.out()).toMatch(/^x\s+2\.07438\s/m);
  });

  it('is refused for gradient descent, naming the way out', async () => {
    const io = captureIO({ cwd: dir });
    expect(await runCli(['fit', 'linear', 'noint1.csv', '--target', 'y', '--no-intercept', '--method', 'gd'], io, [fitCommand])).not.toBe(
      0,
    );
    expect(io.err()).toMatch(/--no-intercept is not used by --method gd; its options are: /);
  });
});
