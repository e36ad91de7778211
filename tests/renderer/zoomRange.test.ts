/** The preview's zoom window → `xRange` conversion and its point count. */
import { describe, expect, it } from 'vitest';
import { pointCount, zoomToRange } from '../../renderer/features/charts/zoomRange';

describe('zoomToRange', () => {
  it('turns a partial window into its x values (epoch ms on a time axis)', () => {
    const from = Date.UTC(2025, 2, 3, 6);
    expect(zoomToRange({ start: 25, end: 50, startValue: from, endValue: from + 3_600_000 })).toEqual([from, from + 3_600_000]);
    // Only one end moved: still a range.
    expect(zoomToRange({ start: 0, end: 99.5, startValue: 0, endValue: 995 })).toEqual([0, 995]);
  });

  it('means the whole series at 0–100 % or when the window cannot be read', () => {
    expect(zoomToRange({ start: 0, end: 100, startValue: 0, endValue: 1000 })).toBeNull();
    expect(zoomToRange({})).toBeNull();
    expect(zoomToRange(undefined)).toBeNull();
    expect(zoomToRange({ start: 10, end: 20, startValue: '2025-03-03', endValue: 5 })).toBeNull();
    expect(zoomToRange({ start: 10, end: 20, startValue: 7, endValue: 7 })).toBeNull();
  });
});

describe('pointCount', () => {
  it('adds the rows of every dataset', () => {
    expect(
      pointCount({
        dataset: [
          {
            source: [
              [0, 1],
              [1, 2],
            ],
          },
          { source: [[0, 3]] },
        ],
      }),
    ).toBe(3);
    expect(pointCount({ dataset: { source: [[0, 1]] } })).toBe(1);
    expect(pointCount({})).toBe(0);
    expect(pointCount(null)).toBe(0);
  });
});
