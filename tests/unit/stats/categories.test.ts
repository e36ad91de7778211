import { describe, expect, it } from 'vitest';
import { categoryCounts, summarizeCategories } from '../../../src/stats/categories';
import { booleanColumn, categoryColumn, textColumn } from '../../../src/table/build';

describe('category summary', () => {
  it('distinct, top-k with an "other" count, mode', () => {
    const c = categoryColumn('line', ['A', 'B', 'A', 'C', null, 'B', 'A', 'D']);
    expect(summarizeCategories(c, 2)).toEqual({
      count: 7,
      missing: 1,
      distinct: 4,
      mode: 'A',
      top: [
        { value: 'A', count: 3 },
        { value: 'B', count: 2 },
      ],
      otherCount: 2,
    });
  });

  it('ties in frequency: dictionary (first-seen) order decides, for top and mode', () => {
    const c = textColumn('t', ['y', 'x', 'x', 'y', 'z']);
    const s = summarizeCategories(c, 10);
    expect(s.mode).toBe('y');
    expect(s.top.map((t) => t.value)).toEqual(['y', 'x', 'z']);
    expect(s.otherCount).toBe(0);
  });

  it('booleans: values are true/false, false first on ties', () => {
    const s = summarizeCategories(booleanColumn('ok', [true, false, null, true, false]));
    expect(s).toMatchObject({ count: 4, missing: 1, distinct: 2, mode: false });
    expect(s.top).toEqual([
      { value: false, count: 2 },
      { value: true, count: 2 },
    ]);
  });

  it('all missing: no mode, nothing distinct', () => {
    expect(summarizeCategories(categoryColumn('e', [null, null]))).toEqual({
      count: 0,
      missing: 2,
      distinct: 0,
      mode: null,
      top: [],
      otherCount: 0,
    });
  });

  it('counts from row ranges add up (mergeable)', () => {
    const c = categoryColumn('c', ['a', 'b', 'a', 'c', 'a']);
    const a = categoryCounts(c, 0, 2);
    const b = categoryCounts(c, 2, 5);
    expect(Array.from(a).map((v, i) => v + (b[i] as number))).toEqual(Array.from(categoryCounts(c)));
  });
});
