/** `fitplot fit --split-column`, `--test F` and `--evaluate-test`: flags, mutual exclusion, JSON `metrics.test` and the text note. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFitCli as run, tempDir } from '../../helpers/fitCli';
import { parseFitArgs } from '../../../src/cli/model/fitArgs';

// y = 1 + 2·a − b + a small wobble; every 5th row validation, the next test, the rest train.
function csv(): string {
  const dir = tempDir('fitplot-testsplit-');
  const lines = ['a,b,part,y'];
  for (let i = 0; i < 50; i++) {
    const a = i / 2;
    const b = (i * 7) % 11;
    lines.push(`${a},${b},${['validation', 'Test', 'train', 'train', 'training'][i % 5]},${1 + 2 * a - b + Math.sin(i)}`);
  }
  writeFileSync(join(dir, 'data.csv'), `${lines.join('\n')}\n`);
  return dir;
}

describe('fitplot fit: split by a column and a test part', () => {
  it('parses --split-column, --test and --evaluate-test into the spec', () => {
    expect(parseFitArgs(['linear', 'f.csv', '--target', 'y', '--split-column', 'part']).split).toEqual({ kind: 'column', column: 'part' });
    const p = parseFitArgs(['linear', 'f.csv', '--target', 'y', '--validation', '0.2', '--test', '0.1', '--evaluate-test']);
    expect(p.split).toEqual({ kind: 'random', fraction: 0.2, testFraction: 0.1 });
    expect(p.spec.evaluateTest).toBe(true);
    expect(parseFitArgs(['linear', 'f.csv', '--target', 'y', '--time-split', '0.2', '--test', '0.2']).split).toEqual({
      kind: 'time',
      fraction: 0.2,
      testFraction: 0.2,
    });
    // A test part with no validation part is still a split.
    expect(parseFitArgs(['linear', 'f.csv', '--target', 'y', '--validation', '0', '--test', '0.2']).split).toEqual({
      kind: 'random',
      fraction: 0,
      testFraction: 0.2,
    });
  });

  it('refuses --split-column with another split flag, and --test without --validation or --time-split', () => {
    expect(() => parseFitArgs(['linear', 'f.csv', '--target', 'y', '--split-column', 'part', '--folds', '5'])).toThrow(
      /choose one of .*--split-column.* \(got --split-column, --folds\)/,
    );
    expect(() => parseFitArgs(['linear', 'f.csv', '--target', 'y', '--split-column', 'part', '--test', '0.2'])).toThrow(/--test F/);
    expect(() => parseFitArgs(['linear', 'f.csv', '--target', 'y', '--validation', '0.2', '--test', '1'])).toThrow(
      /a fraction in \(0, 1\)/,
    );
  });

  it('keeps the marked test rows aside and scores them only with --evaluate-test (JSON key metrics.test)', async () => {
    const dir = csv();
    const quiet = await run(['fit', 'linear', 'data.csv', '--target', 'y', '--split-column', 'part', '--json'], dir);
    expect(quiet.code).toBe(0);
    const q = JSON.parse(quiet.out);
    expect(q.features).toEqual(['a', 'b']);
    expect(q.split).toMatchObject({ kind: 'column', column: 'part', trainRows: 30, validationRows: 10, testRows: 10 });
    expect(q.metrics.test).toBeUndefined();
    const asked = await run(['fit', 'linear', 'data.csv', '--target', 'y', '--split-column', 'part', '--evaluate-test', '--json'], dir);
    const j = JSON.parse(asked.out);
    expect(j.coefficients).toEqual(q.coefficients);
    expect(j.metrics.test.n).toBe(10);
    expect(j.metrics.test.r2).toBeGreaterThan(0.95);
    expect(j.metrics.test.r2).not.toBe(j.metrics.validation.r2);
    expect(j.warnings).toContainEqual({ key: 'model.warning.testScoreOnce', params: { count: 10 } });
  });

  it('the text report says the test rows are kept aside, and with --evaluate-test shows a test column and the look-once note', async () => {
    const dir = csv();
    const quiet = await run(['fit', 'linear', 'data.csv', '--target', 'y', '--validation', '0.2', '--test', '0.2'], dir);
    expect(quiet.out).toContain('30 train, 10 validation, 10 test');
    expect(quiet.out).toContain('10 test rows are kept aside; score them once, at the end, with --evaluate-test');
    const asked = await run(['fit', 'linear', 'data.csv', '--target', 'y', '--validation', '0.2', '--test', '0.2', '--evaluate-test'], dir);
    expect(asked.out).toMatch(/metric\s+train\s+validation\s+test/);
    expect(asked.out).toContain('look at this score once, at the end');
  });

  it('bad marks exit 1 naming the column, the values and the rows', async () => {
    const dir = csv();
    writeFileSync(join(dir, 'bad.csv'), 'a,part,y\n1,train,2\n2,holdout,5\n3,train,3\n4,validation,9\n5,train,4\n6,train,8\n');
    const r = await run(['fit', 'linear', 'bad.csv', '--target', 'y', '--split-column', 'part'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain("The split column 'part' has 1 row that is not train, validation or test: holdout (data-row indices 1)");
  });
});
