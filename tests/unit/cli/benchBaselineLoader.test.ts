import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baselineLoad } from '../../../src/cli/bench/baselineLoader';
import { papaTokenise } from '../../../src/cli/bench/papaStream';

const dir = mkdtempSync(join(tmpdir(), 'fitplot-baseline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('baseline loader (the bench yardstick)', () => {
  it('builds typed columns with running statistics (hand-computed)', async () => {
    const path = join(dir, 'small.csv');
    writeFileSync(
      path,
      'time,line,x\n2025-01-01 00:00:00,A,1\n2025-01-01 00:01:00,B,\n2025-01-01 00:02:00,A,4\n2025-01-01 00:03:00,C,-2.5\n',
    );
    const table = await baselineLoad(path);
    expect(table.rowCount).toBe(4);
    const [time, line, x] = table.columns;
    expect(time).toMatchObject({ name: 'time', kind: 'datetime' });
    if (time?.kind !== 'datetime') throw new Error('time should be a datetime column');
    expect(time.values[1]! - time.values[0]!).toBe(60_000);
    if (line?.kind !== 'category') throw new Error('line should be a category column');
    expect([...line.codes]).toEqual([0, 1, 0, 2]);
    expect([...line.dictionary.keys()]).toEqual(['A', 'B', 'C']);
    if (x?.kind !== 'number') throw new Error('x should be a number column');
    expect([...x.values]).toEqual([1, NaN, 4, -2.5]);
    // x = 1, 4, −2.5: mean 2.5/3, Σ(x − mean)² = 1 + 16 + 6.25 − 2.5²/3 = 21.1875 (Welford agrees).
    expect(x.stats.count).toBe(3);
    expect(x.stats.missing).toBe(1);
    expect(x.stats.mean).toBeCloseTo(2.5 / 3, 14);
    expect(x.stats.m2).toBeCloseTo(23.25 - 6.25 / 3, 12);
    expect(x.stats.min).toBe(-2.5);
    expect(x.stats.max).toBe(4);
  });

  it('reads rows across 64 KiB chunk boundaries, like tokenising alone', async () => {
    const path = join(dir, 'long.csv');
    const lines = ['i,label,v'];
    for (let i = 0; i < 20_000; i++) lines.push(`${i},"g,${i % 7}",${i % 11 === 0 ? '' : i / 4}`);
    writeFileSync(path, `${lines.join('\n')}\n`);
    const table = await baselineLoad(path);
    expect(table.rowCount).toBe(20_000);
    const [i, label, v] = table.columns;
    if (i?.kind !== 'number' || label?.kind !== 'category' || v?.kind !== 'number') throw new Error('unexpected column kinds');
    expect(i.stats).toMatchObject({ count: 20_000, min: 0, max: 19_999, mean: 9999.5 });
    expect(label.dictionary.size).toBe(7);
    expect(label.dictionary.has('g,3')).toBe(true);
    expect(v.stats.missing).toBe(Math.ceil(20_000 / 11));
    expect(await papaTokenise(path)).toEqual({ rows: 20_000, fields: 20_001 * 3 });
  });
});
