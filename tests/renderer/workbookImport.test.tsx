/**
 * Choosing a workbook's sheet and header row in the Import view: the rules (another sheet finds
 * its header again; the input takes whole rows ≥ 1, blank = detect), the form that applies them to
 * the store, in English and Korean, and warnings worded in sheet rows.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initI18n } from '../../renderer/app/i18n';
import { initialState, transitions, useApp } from '../../renderer/app/store';
import { ImportOptionsForm } from '../../renderer/features/import/ImportOptionsForm';
import { WarningList } from '../../renderer/features/import/WarningList';
import { headerRowFromInput, withSheet, workbookChoice } from '../../renderer/features/import/workbookOptions';

const BOOK = { sheet: 'Summary', sheets: ['Summary', 'Readings'], firstRow: 1 };

beforeAll(() => void initI18n('en'));
beforeEach(() => useApp.setState(initialState));
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('en');
});

describe('the rules', () => {
  it('another sheet drops the header row chosen for the old one and keeps the other options', () => {
    expect(withSheet({ sheet: 'Summary', headerRow: 3, float32: true }, 'Readings')).toEqual({ sheet: 'Readings', float32: true });
    expect(transitions.chooseSheet({ ...initialState, importOptions: { headerRow: 2 } }, 'Readings')).toEqual({
      importOptions: { sheet: 'Readings' },
    });
  });

  it('the header-row input takes whole rows from 1; blank means the first row with data', () => {
    expect(headerRowFromInput('')).toEqual({ ok: true, value: undefined });
    expect(headerRowFromInput(' 3 ')).toEqual({ ok: true, value: 3 });
    for (const bad of ['0', '2.5', '-1', 'x']) expect(headerRowFromInput(bad)).toEqual({ ok: false });
  });

  it('the sheet shown is the chosen one, else the one the loader read (the first worksheet)', () => {
    expect(workbookChoice({}, BOOK)).toEqual({ sheets: ['Summary', 'Readings'], sheet: 'Summary', detectedRow: 1 });
    expect(workbookChoice({ sheet: 'Readings' }, { ...BOOK, sheet: 'Readings', firstRow: 2 })).toEqual({
      sheets: ['Summary', 'Readings'],
      sheet: 'Readings',
      detectedRow: 2,
    });
    expect(workbookChoice({}, null)).toEqual({ sheets: [], sheet: undefined, detectedRow: undefined });
  });
});

describe('the form for a workbook', () => {
  it('offers the sheets and the header row instead of encoding, delimiter and decimal mark, and sets them', () => {
    render(<ImportOptionsForm options={{ headerRow: 4 }} preview={null} workbook={BOOK} />);
    expect(screen.queryByTestId('encoding')).toBeNull();
    expect(screen.queryByText('Delimiter')).toBeNull();
    expect(screen.getByTestId('workbook-note').textContent).toContain('no encoding, delimiter or decimal mark to choose');
    const sheet = screen.getByTestId('sheet') as HTMLSelectElement;
    expect([...sheet.options].map((o) => o.value)).toEqual(['Summary', 'Readings']);
    expect(sheet.value).toBe('Summary');
    useApp.setState({ importOptions: { headerRow: 4 } });
    fireEvent.change(sheet, { target: { value: 'Readings' } });
    expect(useApp.getState().importOptions).toEqual({ sheet: 'Readings' });
    fireEvent.change(screen.getByTestId('header-row'), { target: { value: '2' } });
    expect(useApp.getState().importOptions).toEqual({ sheet: 'Readings', headerRow: 2 });
    fireEvent.change(screen.getByTestId('header-row'), { target: { value: '' } });
    expect(useApp.getState().importOptions).toEqual({ sheet: 'Readings' });
  });

  it('shows the row the loader found as the placeholder, in Korean too', async () => {
    await i18next.changeLanguage('ko');
    render(<ImportOptionsForm options={{}} preview={null} workbook={{ ...BOOK, firstRow: 3 }} />);
    expect((screen.getByTestId('header-row') as HTMLInputElement).placeholder).toBe('자동 감지 (3행)');
    expect(screen.getByText('시트')).toBeTruthy();
    expect(screen.getByTestId('workbook-note').textContent).toContain('Excel 통합 문서입니다');
  });

  it('a text file keeps its encoding, delimiter and decimal mark, and has no sheet', () => {
    render(<ImportOptionsForm options={{}} preview={null} workbook={undefined} />);
    expect(screen.getByTestId('encoding')).toBeTruthy();
    expect(screen.queryByTestId('sheet')).toBeNull();
  });
});

describe('warnings of a workbook', () => {
  const invalid = {
    code: 'INVALID_CELLS' as const,
    key: 'load.invalidCells',
    params: { column: 'temp', count: 1, type: 'number', values: ['#DIV/0!'], lines: [6], unit: 'row' },
    message: '…',
    column: 'temp',
    count: 1,
    lines: [6],
    examples: ['#DIV/0!'],
  };

  it('give sheet rows, not lines', async () => {
    render(<WarningList warnings={[invalid]} />);
    expect(screen.getByTestId('warnings').textContent).toContain('#DIV/0! (row 6)');
    cleanup();
    await i18next.changeLanguage('ko');
    render(<WarningList warnings={[invalid]} />);
    expect(screen.getByTestId('warnings').textContent).toContain('#DIV/0! (시트 6행)');
  });
});
