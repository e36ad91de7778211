import { describe, expect, it } from 'vitest';
import { summarizeDatetimes } from '../../../src/stats/datetimes';
import { datetimeColumn } from '../../../src/table/build';

const MIN = 60_000;
const t0 = Date.UTC(2026, 0, 1);

describe('datetime summary', () => {
  it('min, max, span, median interval and the gaps (> 5 × median), longest first', () => {
    // Every minute for 10 minutes, then a 30-minute hole, then every minute, then a 10-minute hole.
    const times = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 39, 40, 41, 51].map((m) => t0 + m * MIN);
    const s = summarizeDatetimes(datetimeColumn('t', [...times.reverse(), null]));
    expect(s.min).toBe(t0);
    expect(s.max).toBe(t0 + 51 * MIN);
    expect(s.minIso).toBe('2026-01-01T00:00:00.000Z');
    expect(s.span).toBe(51 * MIN);
    expect(s.medianInterval).toBe(MIN);
    expect(s.gapCount).toBe(2);
    expect(s.gaps.map((g) => [g.start, g.end, g.length])).toEqual([
      [t0 + 9 * MIN, t0 + 39 * MIN, 30 * MIN],
      [t0 + 41 * MIN, t0 + 51 * MIN, 10 * MIN],
    ]);
    expect(s.gaps[0]?.endIso).toBe('2026-01-01T00:39:00.000Z');
  });

  it('several rows per instant: intervals are between distinct timestamps', () => {
    const times = [0, 0, 0, 1, 1, 1, 2, 2, 2].map((m) => t0 + m * MIN);
    const s = summarizeDatetimes(datetimeColumn('t', times));
    expect(s.distinct).toBe(3);
    expect(s.medianInterval).toBe(MIN);
    expect(s.gapCount).toBe(0);
  });

  it('one value or none: no interval', () => {
    expect(summarizeDatetimes(datetimeColumn('t', [t0]))).toMatchObject({ min: t0, max: t0, span: 0, medianInterval: null, gapCount: 0 });
    expect(summarizeDatetimes(datetimeColumn('t', [null]))).toMatchObject({ min: null, span: null, minIso: null, medianInterval: null });
  });

  it('gapFactor and maxGaps options', () => {
    const times = [0, 1, 2, 4, 5, 8, 9].map((m) => t0 + m * MIN);
    const s = summarizeDatetimes(datetimeColumn('t', times), { gapFactor: 1.5, maxGaps: 1 });
    expect(s.gapCount).toBe(2);
    expect(s.gaps).toHaveLength(1);
    expect(s.gaps[0]?.length).toBe(3 * MIN);
  });
});
