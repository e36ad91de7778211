/** The run's row line in the Models view: how many rows trained, validated and were kept for the test, in English and Korean. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initI18n } from '../../renderer/app/i18n';
import { FitRows } from '../../renderer/features/models/FitRows';
import type { FitResult } from '../../src/protocol/protocol';

beforeAll(() => void initI18n('en'));
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('en');
});

/** Only the parts of a result FitRows reads (a whole FitReport would be noise here). */
function result(split: { trainRows: number; validationRows: number; testRows?: number }, used = 442): FitResult {
  return {
    report: { rows: { total: 442, used, filteredOut: 0 }, split: { kind: 'random', ...split } },
    filters: [],
  } as unknown as FitResult;
}

describe('FitRows', () => {
  it('names the training and validation rows, not only the rows used', () => {
    render(<FitRows result={result({ trainRows: 354, validationRows: 88 })} columns={[]} />);
    expect(screen.getByTestId('fit-rows').textContent).toBe('442 of 442 rows used: 354 to train, 88 to validate.');
  });

  it('says how many rows were kept for the test', () => {
    render(<FitRows result={result({ trainRows: 310, validationRows: 88, testRows: 44 })} columns={[]} />);
    expect(screen.getByTestId('fit-rows').textContent).toBe('442 of 442 rows used: 310 to train, 88 to validate, 44 kept for the test.');
  });

  it('in Korean, with rows dropped for missing values', async () => {
    await i18next.changeLanguage('ko');
    render(<FitRows result={result({ trainRows: 300, validationRows: 80, testRows: 40 }, 420)} columns={[]} />);
    expect(screen.getByTestId('fit-rows').textContent).toBe(
      '전체 442개 행 중 420개 행 사용: 학습 300개, 검증 80개, 테스트용으로 남긴 40개.',
    );
  });
});
