import { describe, expect, it } from 'vitest';
import { FitplotError, toErrorInfo } from '../../../src/table/errors';

describe('FitplotError', () => {
  it('serialises to plain data with only the fields that were given', () => {
    const error = new FitplotError({ code: 'EMPTY_FILE', message: 'data.csv is empty (0 bytes).', file: 'data.csv', hint: 'Choose another file.' });
    expect(error).toBeInstanceOf(Error);
    expect(JSON.parse(JSON.stringify(error))).toEqual({ code: 'EMPTY_FILE', message: 'data.csv is empty (0 bytes).', file: 'data.csv', hint: 'Choose another file.' });
  });

  it('wraps unexpected errors as INTERNAL instead of losing them', () => {
    expect(toErrorInfo(new TypeError('boom'))).toMatchObject({ code: 'INTERNAL', message: 'Unexpected internal error: boom' });
    expect(toErrorInfo('plain')).toMatchObject({ code: 'INTERNAL', message: 'Unexpected internal error: plain' });
  });
});
