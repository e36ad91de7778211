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
    render(<ErrorBanner error={{ code: 'UNTERMINATED_QUOTE', message: 'sales.csv: a quote opened on line 12 is never closed.', hint: 'Close the quote.', file: 'sales.csv', line: 12, column: 'note' }} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Something went wrong');
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
  it('lists each warning, adding line numbers the message does not already give', () => {
    render(
      <WarningList
        warnings={[
          { code: 'RAGGED_ROWS_SHORT', key: 'load.raggedShort', params: { count: 2, width: 3, lines: [10, 14] }, message: '2 rows have fewer fields (first on line 10).', lines: [10, 14] },
          { code: 'INVALID_CELLS', key: 'load.invalidCells', params: { column: 'price', count: 1, type: 'number', values: ['x'], lines: [6] }, message: 'Column "price": 1 cell could not be read as a number (line 6).', lines: [6] },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toContain('(line 10, 14)');
    expect(items[1]).toBe('Column "price": 1 cell could not be read as a number (line 6).');
  });

  it('says so when the preview found no problems', () => {
    render(<WarningList warnings={[]} />);
    expect(screen.getByText('No problems found in the preview.')).toBeTruthy();
  });
});
