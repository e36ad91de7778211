/** English and Korean have the same keys, and every loader warning code and error code is worded in both. */
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/app/locales/en';
import { ko } from '../../renderer/app/locales/ko';
import type { WarningCode } from '../../src/io/types';
import type { ErrorCode } from '../../src/table/errors';
import { initI18n } from '../../renderer/app/i18n';
import { errorHeading } from '../../renderer/components/messageText';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

// Exhaustive records: adding a code to the engine without listing it here fails the typecheck.
const WARNING_CODES: Record<WarningCode, true> = {
  RAGGED_ROWS_SHORT: true,
  RAGGED_ROWS_LONG: true,
  INVALID_CELLS: true,
  DUPLICATE_HEADER: true,
  EMPTY_HEADER: true,
  ENCODING_DOUBTFUL: true,
  REPLACEMENT_CHARACTERS: true,
  BLANK_LINES: true,
  FLOAT32_PRECISION: true,
  MALFORMED_QUOTES: true,
  NUL_BYTES: true,
  FILE_CHANGED: true,
  ERROR_CELLS: true,
  EMPTY_ROWS: true,
  MERGED_CELLS: true,
};

describe('locales', () => {
  it('English and Korean have exactly the same keys', () => {
    expect(keys(ko).sort()).toEqual(keys(en).sort());
  });

  it('word every loader warning code in both languages', () => {
    for (const code of Object.keys(WARNING_CODES)) {
      expect(en.warnings.code[code as WarningCode], code).toBeTruthy();
      expect(ko.warnings.code[code as WarningCode], code).toBeTruthy();
    }
  });

  it('name what failed for every error code, in both languages', async () => {
    const codes: Record<ErrorCode, true> = {
      EMPTY_FILE: true,
      UNREADABLE: true,
      BINARY_FILE: true,
      UNTERMINATED_QUOTE: true,
      TOO_LARGE: true,
      ENCODING: true,
      CANCELLED: true,
      BAD_OPTION: true,
      COLUMN_NOT_FOUND: true,
      BAD_COLUMN_TYPE: true,
      NOT_ENOUGH_DATA: true,
      MODEL: true,
      CHART: true,
      INTERNAL: true,
    };
    const i18n = initI18n('en');
    for (const language of ['en', 'ko'] as const) {
      await i18n.changeLanguage(language);
      for (const code of Object.keys(codes) as ErrorCode[]) {
        const heading = errorHeading(i18n.t, { code, message: 'x' });
        expect(heading, `${language} ${code}`).not.toMatch(/^error\./);
      }
    }
    await i18n.changeLanguage('en');
    expect(errorHeading(i18n.t, { code: 'UNREADABLE', message: 'x' })).toBe('The file could not be read');
    expect(errorHeading(i18n.t, { code: 'INTERNAL', message: 'x' }, 'stats')).toBe('The statistics could not be computed');
  });
});
