/** Presentational pieces in jsdom: errors in plain words (in English and Korean) and loader warnings. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initI18n } from '../../renderer/app/i18n';
import { ErrorBanner } from '../../renderer/components/ErrorBanner';
import { WarningList } from '../../renderer/features/import/WarningList';

beforeAll(() => void initI18n('en'));
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('en');
});

describe('ErrorBanner', () => {
  it('shows the message, where it happened (once) and what to do', () => {
    render(
      <ErrorBanner
        error={{
          code: 'UNTERMINATED_QUOTE',
          message: 'sales.csv: a quote opened on line 12 is never closed.',
          hint: 'Close the quote.',
          file: 'sales.csv',
          line: 12,
          column: 'note',
        }}
      />,
    );
    const alert = screen.getByRole('alert');
    // The heading says what failed, read from the code, not "Something went wrong".
    expect(alert.textContent).toContain('The file could not be read');
    expect(alert.textContent).toContain('What to do: Close the quote.');
    // The message already names the file and the line; only the column is added.
    expect(screen.getByText('note')).toBeTruthy();
    expect(alert.textContent?.match(/sales\.csv/g)).toHaveLength(1);
    expect(alert.textContent?.match(/line 12/g)).toHaveLength(1);
  });

  it('speaks Korean when the UI does, and says plainly that a load was cancelled', async () => {
    await i18next.changeLanguage('ko');
    render(<ErrorBanner error={{ code: 'CANCELLED', message: 'Loading was cancelled.' }} />);
    expect(screen.getByRole('alert').textContent).toContain('불러오기를 취소했습니다.');
  });
});

describe('WarningList', () => {
  it('words each warning from its key and parameters, with the lines or the example cells', () => {
    render(
      <WarningList
        warnings={[
          {
            code: 'RAGGED_ROWS_LONG',
            key: 'load.raggedLong',
            params: { count: 1, width: 3, maxFields: 4, lines: [701] },
            message: '1 row(s) have more than 3 fields (first on line(s) 701)…',
            count: 1,
            lines: [701],
          },
          {
            code: 'INVALID_CELLS',
            key: 'load.invalidCells',
            params: { column: 'price', count: 2, type: 'number', values: ['n/a?', 'ERR'], lines: [901, 1201] },
            message: 'Column "price": 2 cell(s) could not be read…',
            column: 'price',
            count: 2,
            lines: [901, 1201],
            examples: ['n/a?', 'ERR'],
          },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toBe(
      '1 rows have more than 3 fields (up to 4); the extra fields were dropped, nothing was shifted. Check the delimiter or quoting on those lines. (line 701)',
    );
    expect(items[1]).toContain('Column “price”: 2 cells could not be read as number and count as invalid.');
    expect(items[1]).toContain('e.g.: n/a? (line 901), ERR (line 1,201)');
  });

  it('speaks Korean when the UI does', async () => {
    await i18next.changeLanguage('ko');
    render(
      <WarningList
        warnings={[
          {
            code: 'BLANK_LINES',
            key: 'load.blankLines',
            params: { count: 3, lines: [4, 9, 12] },
            message: '3 blank line(s) were skipped.',
            count: 3,
            lines: [4, 9, 12],
          },
        ]}
      />,
    );
    expect(screen.getByRole('listitem').textContent).toBe('빈 줄 3개를 건너뛰었습니다. (4, 9, 12행)');
  });

  it('says so when the preview found no problems, and when the whole file had none', () => {
    render(<WarningList warnings={[]} />);
    expect(screen.getByText('No problems found in the preview.')).toBeTruthy();
    cleanup();
    render(<WarningList warnings={[]} scope="file" />);
    expect(screen.getByText('No problems found in the whole file.')).toBeTruthy();
  });

  it('falls back to the engine’s English for a warning the app has not worded', () => {
    render(
      <WarningList
        warnings={[{ code: 'SOMETHING_NEW' as never, key: 'load.somethingNew', params: {}, message: 'A new kind of warning.' }]}
      />,
    );
    expect(screen.getByRole('listitem').textContent).toBe('A new kind of warning.');
  });
});
