/** The Import view's "Statistics so far" panel in jsdom: its numbers, a wide file's overflow, and Korean. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { initI18n } from '../../renderer/app/i18n';
import { LiveStatsPanel } from '../../renderer/features/import/LiveStatsPanel';
import type { PartialColumnStats, PartialStats } from '../../src/protocol/protocol';

beforeAll(() => void initI18n('en'));
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('en');
});

function column(c: number, overrides: Partial<PartialColumnStats> = {}): PartialColumnStats {
  return {
    column: c,
    name: `sensor_${c}`,
    count: 1200,
    missing: 3,
    mean: 20.5,
    std: 1,
    min: 12.25,
    max: 31,
    histogram: { edges: [10, 20, 30, 40], counts: [100, 1000, 100], outside: 0 },
    ...overrides,
  };
}

describe('LiveStatsPanel', () => {
  it('shows rows read and each column’s count, missing, mean, min, max and histogram, marked provisional', () => {
    const partial: PartialStats = {
      rows: 1203,
      numberColumns: 2,
      columns: [
        column(0),
        column(2, {
          name: 'temp',
          count: 1190,
          missing: 13,
          mean: -0.5,
          min: -7,
          max: 1234.5678,
          histogram: { edges: [-10, 0, 10], counts: [600, 550], outside: 40 },
        }),
      ],
    };
    render(<LiveStatsPanel partial={partial} />);
    const panel = screen.getByRole('region', { name: 'Statistics so far' });
    expect(panel.textContent).toContain('while loading — exact quantiles when done');
    expect(panel.textContent).toContain('1,203 rows read');
    const temp = screen.getByRole('row', { name: /temp/ });
    expect(
      within(temp)
        .getAllByRole('cell')
        .slice(0, 5)
        .map((td) => td.textContent),
    ).toEqual(['1,190', '13', '-0.5', '-7', '1,234.6']);
    // The histogram is named, and says how many values fell outside its provisional range.
    expect(within(temp).getByRole('img').getAttribute('aria-label')).toBe(
      'temp: histogram so far. Values outside the first rows’ range, not in the bars: 40',
    );
    const bars = within(temp).getByRole('img').querySelectorAll('rect');
    expect([...bars].map((b) => Number(b.getAttribute('height')))).toEqual([22, (550 / 600) * 22]);
    expect(panel.textContent).not.toContain('not shown');
  });

  it('lists the summarised columns of a wide file in a scrolling table and counts the others', () => {
    const columns = Array.from({ length: 40 }, (_, c) => column(c));
    render(<LiveStatsPanel partial={{ rows: 1203, numberColumns: 57, columns }} />);
    expect(screen.getAllByRole('row')).toHaveLength(41);
    expect(screen.getByRole('table').parentElement?.style.maxHeight).toBe('40vh');
    expect(screen.getByRole('region').textContent).toContain(
      'Number columns not shown here: 17. Their statistics appear when the load is done.',
    );
  });

  it('speaks Korean', async () => {
    await i18next.changeLanguage('ko');
    render(<LiveStatsPanel partial={{ rows: 5000, numberColumns: 1, columns: [column(0)] }} />);
    const panel = screen.getByRole('region', { name: '지금까지의 통계' });
    expect(panel.textContent).toContain('5,000행 읽음');
    expect(panel.textContent).toContain('읽는 중 — 정확한 분위수는 완료 후');
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      '열',
      '개수',
      '결측',
      '평균',
      '최솟값',
      '최댓값',
      '히스토그램',
    ]);
  });
});
