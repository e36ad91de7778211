/** The export dialog in jsdom: it opens with the stored choice, remembers what was exported, and words failures. */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { initI18n } from '../../renderer/app/i18n';
import { ExportDialog } from '../../renderer/features/charts/ExportDialog';
import { ExportError } from '../../renderer/features/charts/exportChart';

const exportActive = vi.hoisted(() => vi.fn());
vi.mock('../../renderer/features/charts/exportChart', async (importOriginal) => ({ ...(await importOriginal<object>()), exportActive }));

beforeAll(() => void initI18n('en'));
beforeEach(() => {
  localStorage.clear();
  exportActive.mockReset();
});
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('en');
});

const screenSize = { width: 800, height: 570 };

describe('ExportDialog', () => {
  it('opens with the stored choice, exports with it and the typed name, and remembers a clamped typed size', async () => {
    localStorage.setItem('fitplot.chartExport', JSON.stringify({ format: 'svg', theme: 'print', scale: 'lots' }));
    exportActive.mockResolvedValue('온도.svg');
    const onSaved = vi.fn();
    render(<ExportDialog screen={screenSize} suggestedName="온도" onClose={() => undefined} onSaved={onSaved} />);
    expect((screen.getByTestId('export-format') as HTMLSelectElement).value).toBe('svg');
    expect((screen.getByTestId('export-theme') as HTMLSelectElement).value).toBe('print');
    expect((screen.getByTestId('export-scale') as HTMLSelectElement).value).toBe('2'); // the invalid stored scale fell back
    expect(screen.getByTestId('export-pixels').textContent).toBe('An SVG is vector graphics: it has no scale.');

    fireEvent.change(screen.getByTestId('export-width'), { target: { value: '12000' } });
    expect(screen.getByTestId('export-clamped').textContent).toContain('exported at 8,000 × 570');
    fireEvent.click(screen.getByTestId('export-save'));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('온도.svg'));
    expect(exportActive).toHaveBeenCalledWith(
      { format: 'svg', preset: 'custom', width: 8000, height: 570, scale: 2, theme: 'print', transparent: false },
      '온도',
    );
    expect(JSON.parse(localStorage.getItem('fitplot.chartExport')!)).toMatchObject({ preset: 'custom', width: 8000, height: 570 });
  });

  it('shows an engine refusal in its own words, and a drawing failure with what to try, and stays open', async () => {
    const onSaved = vi.fn();
    render(<ExportDialog screen={screenSize} suggestedName="c" onClose={() => undefined} onSaved={onSaved} />);
    exportActive.mockRejectedValueOnce(
      new ExportError({ code: 'CHART', message: 'Only sums and counts can be stacked.', hint: 'Choose Aggregate: sum.' }),
    );
    fireEvent.click(screen.getByTestId('export-save'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Only sums and counts can be stacked.'));
    expect(screen.getByRole('alert').textContent).toContain('The chart could not be exported');

    exportActive.mockRejectedValueOnce(new Error('Canvas exceeds max size.'));
    fireEvent.click(screen.getByTestId('export-save'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('The chart could not be drawn or saved: Canvas exceeds max size.'),
    );
    expect(screen.getByRole('alert').textContent).toContain('Try a smaller size or scale, or export as SVG.');
    expect(onSaved).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Export chart' })).toBeTruthy();
  });

  it('closes on Escape and speaks Korean', async () => {
    await i18next.changeLanguage('ko');
    const onClose = vi.fn();
    render(<ExportDialog screen={screenSize} suggestedName="c" onClose={onClose} onSaved={() => undefined} />);
    expect(screen.getByRole('dialog', { name: '차트 내보내기' })).toBeTruthy();
    expect(screen.getByTestId('export-pixels').textContent).toBe('PNG 크기는 1,600 × 1,140 픽셀입니다.');
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
