/**
 * Files bigger than memory are refused before they are read (issue 15): the CLI sets a budget —
 * `--memory-limit`, or 3/4 of the memory the process can use — and the loader compares its estimate
 * of the table with it. Before, nothing set the budget and such a file was killed by the kernel.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { availableMemoryBudget } from '../../../src/cli/memoryBudget';
import { runCli } from '../../../src/cli/run';
import { loadTable } from '../../../src/io/loadTable';
import { captureIO } from '../../helpers/cliIO';
import { bytesSource } from '../io/sources';

const dir = mkdtempSync(join(tmpdir(), 'fitplot-memory-'));
/** 20,000 rows × 4 one-digit cells: 160,008 bytes at 0.5 cells per byte → about 800 kB as doubles, 480 kB as float32. */
const text = 'a,b,c,d\n' + '1,2,3,4\n'.repeat(20_000);
writeFileSync(join(dir, 'digits.csv'), text);

afterEach(() => vi.restoreAllMocks());

describe('--memory-limit', () => {
  it('refuses a file whose table would not fit, naming the estimate, the budget and the flags that help', async () => {
    const io = captureIO({ cwd: dir });
    expect(await runCli(['describe', 'digits.csv', '--memory-limit', '600kB'], io)).toBe(1);
    expect(io.out()).toBe('');
    expect(io.err()).toBe(
      'fitplot describe: digits.csv would need about 800 kB of memory as a table (160 kB at 0.5 cells per byte in its first rows, 10 bytes per cell), more than the budget of 600 kB (the memory limit that was set).\n' +
        'Use --float32 (numbers in half the memory), split the file or load fewer columns, or set --memory-limit (e.g. --memory-limit 8GB) if more memory is free than the budget allows.\n',
    );
  });

  it('gives key, parameters and numbers in JSON', async () => {
    const io = captureIO({ cwd: dir });
    expect(await runCli(['load', 'digits.csv', '--json', '--memory-limit', '600kB'], io)).toBe(1);
    const out = JSON.parse(io.out());
    expect(out).toMatchObject({
      status: 'error',
      code: 'TOO_LARGE',
      key: 'load.tooLarge',
      params: {
        file: 'digits.csv',
        fileBytes: text.length,
        cellsPerByte: 0.5,
        bytesPerCell: 10,
        budgetBytes: 600_000,
        budgetSource: 'limit',
      },
    });
    expect(out.params.estimateBytes).toBeCloseTo(text.length * 0.5 * 10, -4);
  });

  it('--float32 (6 bytes per cell) loads what doubles would not fit', async () => {
    const io = captureIO({ cwd: dir });
    expect(await runCli(['load', 'digits.csv', '--json', '--rows', '0', '--memory-limit', '600kB', '--float32'], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ status: 'ok', rowCount: 20_000 });
  });

  it('a limit above the estimate loads the file', async () => {
    const io = captureIO({ cwd: dir });
    expect(await runCli(['load', 'digits.csv', '--json', '--rows', '0', '--memory-limit', '2MB'], io)).toBe(0);
  });

  it('a limit that is not a size is a usage error', async () => {
    const io = captureIO({ cwd: dir });
    expect(await runCli(['load', 'digits.csv', '--memory-limit', 'lots'], io)).toBe(2);
    expect(io.err()).toContain("--memory-limit takes a size such as 800MB, 2GB or 1.5GiB (got 'lots').");
  });
});

describe('the default budget', () => {
  it('is 3/4 of the memory the process can use', () => {
    expect(availableMemoryBudget(8e9)).toEqual({ bytes: 6e9, source: 'available' });
  });

  it('is set on every CLI load: with little memory available the file is refused, saying why', async () => {
    vi.spyOn(process, 'availableMemory').mockReturnValue(400_000);
    const io = captureIO({ cwd: dir });
    expect(await runCli(['describe', 'digits.csv'], io)).toBe(1);
    expect(io.err()).toContain('more than the budget of 300 kB (the memory this process can use now)');
  });
});

describe('the engine option', () => {
  it('never refuses a preview (maxRows): only its rows are read', async () => {
    const source = bytesSource(text);
    const result = await loadTable(source, { memoryLimitBytes: 1000, maxRows: 5 });
    expect(result.table.rowCount).toBe(5);
  });

  it('a limit that is not a positive number is BAD_OPTION', async () => {
    await expect(loadTable(bytesSource(text), { memoryLimitBytes: -1 })).rejects.toMatchObject({
      code: 'BAD_OPTION',
      key: 'load.badMemoryLimit',
    });
  });
});
