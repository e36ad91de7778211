/** Splits are plain data, reproducible from the seed, and respect their contracts. */
import { describe, expect, it } from 'vitest';
import { kFold, parseSplitJSON, randomSplit, stratifiedSplit, timeFolds, timeSplit } from '../../../src/models/split';

describe('splits', () => {
  it('random: round(f·n) validation rows, disjoint, covering, same for the same seed', () => {
    const a = randomSplit(10, 0.25, 7);
    expect(a.validation.length).toBe(3);
    expect([...a.train, ...a.validation].sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(randomSplit(10, 0.25, 7)).toEqual(a);
    expect(randomSplit(10, 0.25, 8).validation).not.toEqual(a.validation);
  });

  it('stratified keeps class shares: 20 % of 10 zeros and of 5 ones', () => {
    const labels = [...new Array(10).fill(0), ...new Array(5).fill(1)];
    const s = stratifiedSplit(labels, 0.2, 1);
    expect(s.validation.filter((i) => labels[i] === 0).length).toBe(2);
    expect(s.validation.filter((i) => labels[i] === 1).length).toBe(1);
  });

  it('time: the last fraction in the given time order', () => {
    expect(timeSplit(5, 0.4)).toMatchObject({ train: [0, 1, 2], validation: [3, 4] });
    expect(timeSplit(4, 0.25, [3, 1, 0, 2])).toMatchObject({ train: [3, 1, 0], validation: [2] });
  });

  it('explicit JSON is validated with specific messages', () => {
    expect(parseSplitJSON('{"train":[0,2],"validation":[1]}', 3)).toMatchObject({ kind: 'explicit', train: [0, 2], validation: [1] });
    expect(() => parseSplitJSON('{"train":[0,5],"validation":[]}', 3, 's.json')).toThrow(
      /"train"\[1\] = 5 is not a data-row index from 0 to 2/,
    );
    expect(() => parseSplitJSON('{"train":[0,1],"validation":[1]}', 3)).toThrow(/row 1 appears more than once/);
    expect(() => parseSplitJSON('{"train":[0]}', 3)).toThrow(/no "validation" array/);
    expect(() => parseSplitJSON('nope', 3)).toThrow(/not valid JSON/);
  });

  it('k-fold: every row validated exactly once; stratified folds balance classes', () => {
    const folds = kFold(10, 5, 0);
    const counts = new Array(10).fill(0);
    for (const f of folds) {
      expect(f.validation.length).toBe(2);
      for (const i of f.validation) counts[i]++;
    }
    expect(counts).toEqual(new Array(10).fill(1));
    const labels = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1];
    for (const f of kFold(10, 5, 3, labels)) expect(f.validation.map((i) => labels[i]).sort()).toEqual([0, 1]);
    expect(() => kFold(3, 5, 0)).toThrow(/from 2 to the number of rows/);
  });
});

describe('timeFolds (expanding window)', () => {
  it('trains on the past and validates on the next block, in time order', () => {
    const order = [5, 0, 3, 1, 4, 2, 7, 6];
    const f = timeFolds(8, 3, order);
    expect(f.map((s) => s.train)).toEqual([
      [5, 0],
      [5, 0, 3, 1],
      [5, 0, 3, 1, 4, 2],
    ]);
    expect(f.map((s) => s.validation)).toEqual([
      [3, 1],
      [4, 2],
      [7, 6],
    ]);
  });
});
