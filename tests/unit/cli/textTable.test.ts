import { describe, expect, it } from 'vitest';
import { displayWidth, formatTextTable } from '../../../src/cli/textTable';

describe('text tables', () => {
  it('counts Hangul as two terminal columns', () => {
    expect(displayWidth('온도')).toBe(4);
    expect(displayWidth('temp')).toBe(4);
    expect(displayWidth('온도_1')).toBe(6);
  });

  it('aligns columns by display width with a rule under the header', () => {
    const text = formatTextTable(
      [
        ['name', 'mean'],
        ['온도', '1.5'],
        ['pressure', '10.25'],
      ],
      [false, true],
    );
    expect(text.split('\n')).toEqual(['name      mean', '--------  -----', '온도        1.5', 'pressure  10.25']);
  });
});
