import { describe, expect, it } from 'vitest';
import { FitplotError, toErrorInfo } from '../../../src/table/errors';
import { msg } from '../../../src/table/messages';

describe('FitplotError', () => {
  it('serialises to plain data with only the fields that were given', () => {
    const error = new FitplotError({
      code: 'EMPTY_FILE',
      message: 'data.csv is empty (0 bytes).',
      file: 'data.csv',
      hint: 'Choose another file.',
    });
    expect(error).toBeInstanceOf(Error);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'EMPTY_FILE',
      message: 'data.csv is empty (0 bytes).',
      file: 'data.csv',
      hint: 'Choose another file.',
    });
  });

  it('wraps unexpected errors as INTERNAL instead of losing them', () => {
    expect(toErrorInfo(new TypeError('boom'))).toMatchObject({ code: 'INTERNAL', message: 'Unexpected internal error: boom' });
    expect(toErrorInfo('plain')).toMatchObject({ code: 'INTERNAL', message: 'Unexpected internal error: plain' });
  });
});

describe('messages as keys with parameters', () => {
  it('carries the key and parameters through toJSON and toErrorInfo', () => {
    const error = new FitplotError({
      code: 'BAD_OPTION',
      key: 'model.option.outOfRange',
      params: { option: 'alpha', min: 0 },
      message: 'alpha must be at least 0.',
    });
    expect(toErrorInfo(error)).toEqual({
      code: 'BAD_OPTION',
      key: 'model.option.outOfRange',
      params: { option: 'alpha', min: 0 },
      message: 'alpha must be at least 0.',
    });
  });
  it('leaves empty parameters out', () => {
    expect(msg('load.empty', {})).toEqual({ key: 'load.empty' });
    expect(msg('load.rows', { count: 3 })).toEqual({ key: 'load.rows', params: { count: 3 } });
  });
});
