import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BENCH_CASES } from '../../../src/cli/bench/cases';
import { trackPeak } from '../../../src/cli/bench/memory';
import { median } from '../../../src/cli/bench/runner';
import type { BenchReport } from '../../../src/cli/bench/runner';
import { generateSensorCsv } from '../../../src/cli/generate/sensorCsv';
import { runCli } from '../../../src/cli/run';
import { captureIO } from '../../helpers/cliIO';

const dir = mkdtempSync(join(tmpdir(), 'fitplot-bench-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function generatedRows(targetBytes: number): number {
  const it = generateSensorCsv({ targetBytes });
  let step = it.next();
  while (!step.done) step = it.next();
  return step.value.rows;
}

describe('fitplot bench', () => {
  it('runs every case in-process on a 1 MB file and writes a JSON report with sane numbers', async () => {
    const io = captureIO({ cwd: dir });
    const code = await runCli(
      [
        'bench',
        '--size',
        '1MB',
        '--runs',
        '1',
        '--in-process',
        '--no-numpy',
        '--model-rows',
        '3000',
        '--cache',
        'cache',
        '--json',
        'out/report.json',
      ],
      io,
    );
    expect(io.err()).not.toContain('FAILED');
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8')) as BenchReport;

    expect(report.rows.map((r) => r.id)).toEqual(BENCH_CASES.map((c) => c.id));
    expect(report.settings).toMatchObject({ sizeBytes: 1_000_000, runs: 1, modelRows: 3000, modelCols: 20, isolation: 'in-process' });
    expect(report.input.bytes).toBeLessThanOrEqual(1_000_000);
    expect(report.input.bytes).toBeGreaterThan(999_700);
    const rows = generatedRows(1_000_000);
    for (const row of report.rows) {
      expect(row.status, `${row.id}: ${row.reason}`).toBe('ok');
      expect(row.seconds).toBeGreaterThan(0);
      expect(row.seconds).toBeLessThan(60);
      expect(row.runSeconds).toEqual([row.seconds]);
      expect(row.cpuSeconds).toBeGreaterThanOrEqual(0);
      expect(row.cpuSeconds).toBeLessThan(120);
      expect(row.peakMemoryBytes).toBeGreaterThanOrEqual(0);
      expect(row.peakMemoryBytes).toBeLessThan(2e9);
      if (row.group === 'read' || row.group === 'load') {
        expect(row.mbPerSecond).toBeCloseTo(report.input.bytes / 1e6 / row.seconds!, 6);
        expect(row.speedupVsBaseline).toBeGreaterThan(0);
      } else {
        expect(row.mbPerSecond).toBeUndefined();
      }
      if (row.group !== 'model' && row.id !== 'bytes-read') expect(row.rows).toBe(rows);
    }
    const byId = new Map(report.rows.map((r) => [r.id, r]));
    expect(byId.get('baseline-loader')!.speedupVsBaseline).toBe(1);
    expect(byId.get('load')!.peakMemoryToFile).toBeCloseTo(byId.get('load')!.peakMemoryBytes! / report.input.bytes, 9);
    expect(report.numpy).toEqual({ status: 'skipped', reason: 'not requested (--no-numpy)' });
    expect(report.warnings).toEqual([]);
    expect(report.machine.cores).toBeGreaterThan(0);
    expect(io.out()).toContain('baseline loader (Papa + Number/Date.parse)');
    expect(io.out()).toContain(`JSON: ${join(dir, 'out/report.json')}`);

    // The cached input is reused: same path, nothing generated the second time.
    const again = captureIO({ cwd: dir });
    expect(
      await runCli(
        [
          'bench',
          '--size',
          '1MB',
          '--runs',
          '1',
          '--in-process',
          '--no-numpy',
          '--only',
          'bytes-read',
          '--cache',
          'cache',
          '--json',
          'out/again.json',
        ],
        again,
      ),
    ).toBe(0);
    const second = JSON.parse(readFileSync(join(dir, 'out/again.json'), 'utf8')) as BenchReport;
    expect(second.input).toEqual({ ...report.input, generatedSeconds: 0 });
    expect(second.rows.map((r) => r.id)).toEqual(['bytes-read']);
  });

  it('runs one case with --case (what each child process does) and prints its measurements', async () => {
    const csv = join(dir, 'tiny.csv');
    writeFileSync(csv, 'a,b\n1,x\n2,y\n');
    const io = captureIO({ cwd: dir });
    expect(await runCli(['bench', '--case', 'papa-tokenise', '--input', 'tiny.csv', '--runs', '2', '--cache', 'cache'], io)).toBe(0);
    const measurements = JSON.parse(io.out()) as { seconds: number; peakBytes: number; rows: number }[];
    expect(measurements).toHaveLength(2);
    for (const m of measurements) {
      expect(m.rows).toBe(2);
      expect(m.seconds).toBeGreaterThan(0);
      expect(m.peakBytes).toBeGreaterThanOrEqual(0);
    }
    // A zero budget stops after the first run.
    const once = captureIO({ cwd: dir });
    expect(
      await runCli(['bench', '--case', 'bytes-read', '--input', 'tiny.csv', '--runs', '5', '--case-budget', '0', '--cache', 'cache'], once),
    ).toBe(0);
    expect(JSON.parse(once.out())).toHaveLength(1);
  });

  it('exits 2 for bad flags', async () => {
    const cases: [string[], RegExp][] = [
      [['bench', '--size', 'huge'], /--size must be a size like 100MB/],
      [['bench', '--runs', '0'], /--runs must be a whole number ≥ 1/],
      [['bench', '--only', 'load,warp'], /unknown case\(s\) warp/],
      [['bench', '--case', 'load'], /--case needs --input FILE/],
      [['bench', 'extra'], /Unexpected argument 'extra'/],
    ];
    for (const [args, message] of cases) {
      const io = captureIO({ cwd: dir });
      expect(await runCli(args, io)).toBe(2);
      expect(io.err()).toMatch(message);
    }
  });
});

describe('bench measurement helpers', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('sees a 64 MB allocation in the peak, even when it is freed before the end', () => {
    const tracker = trackPeak();
    let block: Float64Array | undefined = new Float64Array(8 * 1024 * 1024).fill(1);
    expect(block[block.length - 1]).toBe(1);
    block = undefined;
    const { peakBytes, method } = tracker.stop();
    expect(block).toBeUndefined();
    if (method === 'vmhwm') expect(peakBytes).toBeGreaterThan(60e6);
    expect(peakBytes).toBeLessThan(1e9);
  });
});
