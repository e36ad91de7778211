/**
 * The Explain region in jsdom for the solver steps: a Newton logistic run shows H Δ = ∇J with its
 * numbers, an L-BFGS run its first step along −∇J, a lasso run its first coordinate sweep as a
 * table of the ten diabetes weights — in English and in Korean.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { initI18n } from '../../renderer/app/i18n';
import { ExplainPanel } from '../../renderer/features/models/explain/ExplainPanel';
import { fitTable } from '../../src/models/pipeline';
import { CANCER_STEPS, DIABETES_STEPS, IRIS_STEPS } from './explainStepsData';

beforeAll(() => void initI18n('en'));
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('en');
});

const newton = fitTable(CANCER_STEPS, {
  model: 'logistic',
  method: 'newton',
  options: { penalty: 'l2', C: 1 },
  target: 'malignant',
  split: { kind: 'none' },
}).explanation;
const lbfgs = fitTable(CANCER_STEPS, {
  model: 'logistic',
  method: 'lbfgs',
  options: { penalty: 'l2', C: 1 },
  target: 'malignant',
  split: { kind: 'none' },
}).explanation;
const lasso = fitTable(DIABETES_STEPS, {
  model: 'linear',
  method: 'lasso',
  options: { alpha: 0.1 },
  target: 'target',
  split: { kind: 'none' },
}).explanation;

/** KaTeX's MathML annotation holds the LaTeX source: the numbers as written. */
const texSources = (el: HTMLElement) => Array.from(el.querySelectorAll('annotation')).map((a) => a.textContent ?? '');

describe("Explain panel: Newton's first step", () => {
  it("titles the step, solves H Δ = ∇J with the run's numbers and writes θ₁ = θ₀ − tΔ", () => {
    render(<ExplainPanel explanation={newton} />);
    const section = screen.getByRole('region', { name: 'Newton’s first step with this run’s numbers' });
    expect(section.textContent).toContain('From θ₀ = 0 (intercept and weights zero) the mean loss is J = 0.6931.');
    const tex = texSources(screen.getByTestId('explain-newton'));
    expect(tex[0]).toContain(String.raw`\begin{pmatrix} 7.4894 \\ -0.3645 \\ -0.090193 \\ -0.94022 \end{pmatrix}}_{\Delta}`);
    expect(tex).toContain(String.raw`b \leftarrow 0 - 1 \cdot 7.4894 = -7.4894`);
    expect(section.textContent).toContain('Armijo’s rule');
  });

  it('speaks Korean', async () => {
    await i18next.changeLanguage('ko');
    render(<ExplainPanel explanation={newton} />);
    const section = screen.getByRole('region', { name: '이 실행의 숫자로 본 뉴턴 방법의 첫 단계' });
    expect(section.textContent).toContain('평균 손실은 J = 0.6931입니다');
    expect(section.textContent).toContain('아르미호 규칙');
    expect(texSources(screen.getByTestId('explain-newton'))).toContain(
      String.raw`w_{\text{mean smoothness}} \leftarrow 0 - 1 \cdot (-0.94022) = 0.94022`,
    );
  });
});

describe('Explain panel: softmax Newton (iris, 3 classes)', () => {
  it('says why H (15 × 15) is not written out and lists b, w of each class in a table', () => {
    const softmax = fitTable(IRIS_STEPS, {
      model: 'logistic',
      method: 'newton',
      options: { penalty: 'l2', C: 1 },
      target: 'species',
      split: { kind: 'none' },
    }).explanation;
    render(<ExplainPanel explanation={softmax} />);
    const section = screen.getByRole('region', { name: 'Newton’s first step with this run’s numbers' });
    expect(section.textContent).toContain('H has 15 rows and columns: it is written out for at most 8.');
    const table = within(section).getByRole('table', { name: 'Newton’s first step for each parameter' });
    expect(Array.from(table.querySelectorAll('thead th'), (th) => th.textContent)).toEqual([
      'Parameter',
      'Before',
      'Gradient',
      'Direction Δ',
      'After',
    ]);
    expect(within(table).getAllByRole('row')).toHaveLength(16);
  });
});

describe("Explain panel: L-BFGS's first step", () => {
  it("says the first step goes along −∇J, with s and each parameter's update", async () => {
    render(<ExplainPanel explanation={lbfgs} />);
    const section = screen.getByRole('region', { name: 'L-BFGS’s first step with this run’s numbers' });
    expect(section.textContent).toContain('never formed as a matrix');
    expect(texSources(screen.getByTestId('explain-lbfgs'))[0]).toContain('s = 0.0097951');
    cleanup();
    await i18next.changeLanguage('ko');
    render(<ExplainPanel explanation={lbfgs} />);
    expect(screen.getByRole('region', { name: '이 실행의 숫자로 본 L-BFGS의 첫 단계' }).textContent).toContain('행렬로 만들지 않으므로');
  });
});

describe("Explain panel: the lasso's first coordinate sweep", () => {
  it('lists the ten weights with z_j, d_j and the new value, then the intercept', () => {
    render(<ExplainPanel explanation={lasso} />);
    const section = screen.getByRole('region', { name: 'First coordinate-descent sweep with this run’s numbers' });
    expect(section.textContent).toContain('soft-thresholded by αρ = 0.1');
    const table = within(section).getByRole('table', { name: 'Each weight in the first sweep' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(10);
    // bmi: z = 187.25, d = 19.48, w 0 → 9.609 (the golden sweep's 9.6094586…).
    expect(
      within(rows[2]!)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['0', '187.3', '19.48', '9.609']);
    expect(texSources(screen.getByTestId('explain-sweep')).at(-1)).toMatch(/^b = \\bar y - \\bar x\^\\top w = /);
  });

  it('speaks Korean', async () => {
    await i18next.changeLanguage('ko');
    render(<ExplainPanel explanation={lasso} />);
    const section = screen.getByRole('region', { name: '이 실행의 숫자로 본 좌표 하강법의 첫 순회' });
    expect(within(section).getByRole('table', { name: '첫 순회의 가중치별 값' })).toBeTruthy();
    expect(section.textContent).toContain('αρ = 0.1로 소프트 임계값');
  });
});
