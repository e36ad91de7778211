import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { captureIO } from '../../helpers/cliIO';
import { expectClose } from '../../helpers/expectClose';

const samples = join(__dirname, '../../../assets/samples');
const fixtures = join(__dirname, '../../fixtures/io');

describe('fitplot describe', () => {
  it('prints JSON with the documented schema and numbers that match the data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fitplot-describe-'));
    writeFileSync(join(dir, 'small.csv'), 'x,y,group\n1,2,a\n2,4,b\n3,,a\n4,8,a\n');
    const io = captureIO({ cwd: dir });
    expect(await runCli(['describe', 'small.csv', '--json'], io)).toBe(0);
    const out = JSON.parse(io.out());
    expect(out).toMatchObject({ file: 'small.csv', encoding: 'utf-8', delimiter: ',', rows: 4, warnings: [] });
    const [x, y, group] = out.columns;
    expect(x).toMatchObject({ name: 'x', type: 'number', count: 4, missing: 0, invalid: 0, min: 1, max: 4, sum: 10 });
    expectClose(x.mean, 2.5);
    expectClose(x.variance, 5 / 3); // Σ(x − 2.5)² / (n − 1) = 5 / 3
    expectClose(x.quantiles['0.25'], 1.75); // numpy.percentile([1,2,3,4], 25) = 1.75
    expect(y).toMatchObject({ count: 3, missing: 1 });
    expectClose(y.mean, 14 / 3, { rtol: 1e-15 });
    expect(group).toMatchObject({
      type: 'category',
      distinct: 2,
      mode: 'a',
      top: [
        { value: 'a', count: 3 },
        { value: 'b', count: 1 },
      ],
    });
    // y = 2x on the rows where both are present: Pearson exactly 1 over 3 pairs.
    expect(out.correlation.columns).toEqual(['x', 'y']);
    expectClose(out.correlation.pearson[0][1], 1, { rtol: 1e-12 });
    expect(out.correlation.n[0][1]).toBe(3);
  });

  it('describes the CP949 plant sample with Korean headers in a readable table', async () => {
    const io = captureIO();
    expect(await runCli(['describe', join(samples, 'plant_sensors_cp949.csv')], io)).toBe(0);
    expect(io.out()).toContain('plant_sensors_cp949.csv: 2,000 rows × 23 columns, cp949');
    expect(io.out()).toMatch(/^온도_입구\s+number\s+\d+/m);
    expect(io.out()).toContain('A라인(똠)');
  });
});

describe('fitplot load', () => {
  it('prints typed rows as JSON, with null for missing cells and ISO datetimes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fitplot-load-'));
    writeFileSync(
      join(dir, 'typed.csv'),
      'when,value,ok,name\n2024-01-02 03:04:05,1.5,true,a\n2024-01-02 03:05:05,,false,b\n2024-01-02 03:06:05,-2e3,true,a\n',
    );
    const io = captureIO({ cwd: dir });
    expect(await runCli(['load', 'typed.csv', '--rows', 'all', '--json'], io)).toBe(0);
    const out = JSON.parse(io.out());
    expect(out).toMatchObject({
      status: 'ok',
      encoding: 'utf-8',
      delimiter: ',',
      headers: ['when', 'value', 'ok', 'name'],
      columnTypes: { when: 'datetime', value: 'number', ok: 'boolean' },
      rowCount: 3,
    });
    expect(out.rows).toEqual([
      ['2024-01-02T03:04:05.000Z', 1.5, true, 'a'],
      ['2024-01-02T03:05:05.000Z', null, false, 'b'],
      ['2024-01-02T03:06:05.000Z', -2000, true, 'a'],
    ]);
  });

  it('limits rows with --rows and reads CP949 Korean text', async () => {
    const io = captureIO();
    expect(await runCli(['load', join(fixtures, 'cp949.csv'), '--rows', '1', '--json'], io)).toBe(0);
    const out = JSON.parse(io.out());
    expect(out.encoding).toBe('cp949');
    expect(out.headers).toEqual(['이름', '온도', '상태']);
    expect(out.rows).toEqual([['똠', 21.5, '정상']]);
  });

  it('answers bad input with status "error", a code and exit code 1', async () => {
    const io = captureIO();
    expect(await runCli(['load', join(fixtures, 'image.png'), '--json'], io)).toBe(1);
    expect(JSON.parse(io.out())).toMatchObject({ status: 'error', code: 'BINARY_FILE', error: expect.stringContaining('image.png') });
    const missing = captureIO();
    expect(await runCli(['load', 'no-such-file.csv'], missing)).toBe(1);
    expect(missing.err()).toContain('no-such-file.csv does not exist');
  });

  it('rejects bad flags with exit code 2', async () => {
    const io = captureIO();
    expect(await runCli(['load', 'a.csv', '--rows', '1.5'], io)).toBe(2);
    expect(io.err()).toContain("--rows takes a whole number or 'all'");
    const unknown = captureIO();
    expect(await runCli(['load', 'a.csv', '--bogus'], unknown)).toBe(2);
    expect(unknown.err()).toContain("Unknown option '--bogus'");
    const delim = captureIO();
    expect(await runCli(['describe', 'a.csv', '--delimiter', 'x'], delim)).toBe(2);
  });
});

describe('--float32', () => {
  it('stores numbers as 32-bit floats and reports the values it rounded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fitplot-f32-'));
    writeFileSync(join(dir, 'f.csv'), 'exact,fine\n0.5,0.1\n1.25,0.2\n');
    const io = captureIO({ cwd: dir });
    expect(await runCli(['load', 'f.csv', '--float32', '--json'], io)).toBe(0);
    const out = JSON.parse(io.out());
    // 0.5 and 1.25 are exact in float32; 0.1 and 0.2 round (to 0.100000001490116…).
    expect(out.rows[0]).toEqual([0.5, Math.fround(0.1)]);
    expect(out.warnings).toEqual([expect.objectContaining({ code: 'FLOAT32_PRECISION', column: 'fine', count: 2 })]);
  });
});
