/**
 * RunningSummary (statistics while a file loads) against describeTable on the same cells: what it
 * promises to be exact (count, mean, spread, min, max) is, and its provisional histogram accounts
 * for every value (in a bin or counted as outside its range).
 */
import { describe, expect, it } from 'vitest';
import { describeTable } from '../../../src/stats/describeTable';
import { SeededRandom } from '../../../src/stats/random';
import { RunningSummary } from '../../../src/stats/runningSummary';
import type { RunningSnapshot } from '../../../src/stats/runningSummary';
import { makeTable, numberColumn } from '../../../src/table/build';
import { expectClose } from '../../helpers/expectClose';

/** n cells around 1000 (spread 50) with about 3 % missing (null); a large offset tests the mean's accuracy. */
function cells(n: number, seed: number): (number | null)[] {
  const random = new SeededRandom(seed);
  return Array.from({ length: n }, () => (random.next() < 0.03 ? null : 1000 + 50 * random.nextNormal()));
}

/** The cells as the loader peek hands them out: NaN for a cell that is not a number. */
function asPeek(values: readonly (number | null)[]): Float64Array {
  return Float64Array.from(values, (v) => v ?? NaN);
}

function foldInChunks(values: Float64Array, chunk: number): RunningSnapshot {
  const summary = new RunningSummary();
  for (let i = 0; i < values.length; i += chunk) {
    const part = values.subarray(i, Math.min(values.length, i + chunk));
    summary.fold(part, part.length);
  }
  return summary.snapshot();
}

function histogramTotal(s: RunningSnapshot): number {
  return (s.histogram?.counts.reduce((a, b) => a + b, 0) ?? 0) + (s.histogram?.outside ?? 0);
}

describe('RunningSummary', () => {
  it('ends with describe’s count, missing, mean, std, min and max, folded 4096 cells at a time', () => {
    const values = cells(50_000, 7);
    const exact = describeTable(makeTable([numberColumn('x', values)])).columns[0]!;
    const running = foldInChunks(asPeek(values), 4096);
    expect(exact.count).toBeGreaterThan(47_000);
    expect(running.count).toBe(exact.count);
    expect(values.length - running.count).toBe(exact.missing);
    expect(running.min).toBe(exact.min);
    expect(running.max).toBe(exact.max);
    expectClose(running.mean, exact.mean as number, { rtol: 1e-12 });
    expectClose(running.std, exact.std as number, { rtol: 1e-10 });
    // Every value lands in a bin: the first chunk (4096 normal draws) spans nearly all of them, padded by a fifth.
    expect(histogramTotal(running)).toBe(running.count);
  });

  it('two halves folded one after the other equal one pass over all the cells', () => {
    const values = asPeek(cells(20_001, 3));
    // The first half holds the extremes, so its provisional bins are those of the whole column.
    values[5] = 700;
    values[6] = 1300;
    const whole = new RunningSummary();
    whole.fold(values, values.length);
    const halves = foldInChunks(values, 10_001);
    const one = whole.snapshot();
    expect(halves.count).toBe(one.count);
    expect([halves.min, halves.max]).toEqual([700, 1300]);
    expect([one.min, one.max]).toEqual([700, 1300]);
    expectClose(halves.mean, one.mean as number, { rtol: 1e-13 });
    expectClose(halves.std, one.std as number, { rtol: 1e-12 });
    expect(halves.histogram).toEqual(one.histogram);
    expect(histogramTotal(one)).toBe(one.count);
  });

  it('counts values beyond the first chunk’s padded range as outside, never drops them', () => {
    const summary = new RunningSummary();
    // First chunk spans [0, 10]: the bins cover about [−2, 12].
    summary.fold(Float64Array.from([0, 5, 10]), 3);
    summary.fold(Float64Array.from([100, -50, NaN, 6]), 4);
    const s = summary.snapshot();
    expect(s).toMatchObject({ count: 6, min: -50, max: 100 });
    expectClose(s.mean, 71 / 6, { rtol: 1e-15 });
    expect(s.histogram?.outside).toBe(2);
    expect(s.histogram!.edges[0]).toBeLessThanOrEqual(-2);
    expect(s.histogram!.edges.at(-1)).toBeGreaterThanOrEqual(12);
    expect(histogramTotal(s)).toBe(6);
  });

  it('has no statistics and no histogram before a number arrives', () => {
    const summary = new RunningSummary();
    summary.fold(Float64Array.from([NaN, NaN]), 2);
    expect(summary.snapshot()).toEqual({ count: 0, mean: null, std: null, min: null, max: null, histogram: null });
    summary.fold(Float64Array.from([4]), 1);
    expect(summary.snapshot()).toMatchObject({ count: 1, mean: 4, min: 4, max: 4, histogram: { outside: 0 } });
  });
});
