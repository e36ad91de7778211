/**
 * The formulas of a fit, typeset: the engine names them by id (src/models/explain/types.ts) and
 * the app holds their LaTeX here. Notation throughout: row i has inputs xᵢ and target yᵢ, the
 * model's output is ŷᵢ = wᵀxᵢ + b (pᵢ = σ(zᵢ) for logistic), X carries a column of ones for b.
 * Each formula's one-sentence meaning is the locale key models.explain.say.<part>.<id>.
 */
import type { Explanation, GradientId, ObjectiveId, UpdateId } from '../../../../src/protocol/protocol';

/** The quantity minimised; a descent's penalty term is appended to it (formulaLines). */
export const OBJECTIVE_TEX: Readonly<Record<ObjectiveId, string>> = {
  leastSquares: String.raw`\min_{w,b}\ \sum_{i=1}^{n} \left(y_i - \hat y_i\right)^2`,
  ridge: String.raw`\min_{w,b}\ \sum_{i=1}^{n} \left(y_i - \hat y_i\right)^2 + \alpha \lVert w \rVert_2^2`,
  lasso: String.raw`\min_{w,b}\ \frac{1}{2n}\sum_{i=1}^{n} \left(y_i - \hat y_i\right)^2 + \alpha \lVert w \rVert_1`,
  elasticNet: String.raw`\min_{w,b}\ \frac{1}{2n}\sum_{i=1}^{n} \left(y_i - \hat y_i\right)^2 + \alpha\rho \lVert w \rVert_1 + \frac{\alpha(1-\rho)}{2} \lVert w \rVert_2^2`,
  halfMse: String.raw`L = \frac{1}{m}\sum_{i \in B} \frac{1}{2}\left(y_i - \hat y_i\right)^2`,
  crossEntropy: String.raw`L = -\frac{1}{m}\sum_{i \in B} \Big[ y_i \log p_i + (1 - y_i)\log(1 - p_i) \Big]`,
  softmaxCrossEntropy: String.raw`L = -\frac{1}{m}\sum_{i \in B} \sum_{k} y_{ik} \log p_{ik}`,
};

const LINEAR_OUTPUT = String.raw`\hat y_i = w^\top x_i + b`;

/** What the objective's symbols stand for, written after it. */
export const OBJECTIVE_WHERE: Readonly<Record<ObjectiveId, string>> = {
  leastSquares: LINEAR_OUTPUT,
  ridge: LINEAR_OUTPUT,
  lasso: LINEAR_OUTPUT,
  elasticNet: LINEAR_OUTPUT,
  halfMse: LINEAR_OUTPUT,
  crossEntropy: String.raw`p_i = \sigma(w^\top x_i + b) = \frac{1}{1 + e^{-z_i}}`,
  softmaxCrossEntropy: String.raw`p_{ik} = \frac{e^{z_{ik}}}{\sum_j e^{z_{ij}}},\ z_{ik} = w_k^\top x_i + b_k`,
};

export const GRADIENT_TEX: Readonly<Record<GradientId, string>> = {
  leastSquares: String.raw`\nabla_\beta = -2\, X^\top (y - X\beta),\qquad \beta = (b, w)`,
  ridge: String.raw`\nabla_\beta = -2\, X^\top (y - X\beta) + 2\alpha \begin{pmatrix} 0 \\ w \end{pmatrix}`,
  lassoSubgradient: String.raw`\partial_{w_j} = -\frac{1}{n}\, x_j^\top (y - \hat y) + \alpha\, \operatorname{sign}(w_j)`,
  elasticNetSubgradient: String.raw`\partial_{w_j} = -\frac{1}{n}\, x_j^\top (y - \hat y) + \alpha\rho\, \operatorname{sign}(w_j) + \alpha(1-\rho)\, w_j`,
  squaredError: String.raw`\frac{\partial L}{\partial w} = \frac{1}{m}\sum_{i \in B} (\hat y_i - y_i)\, x_i,\qquad \frac{\partial L}{\partial b} = \frac{1}{m}\sum_{i \in B} (\hat y_i - y_i)`,
  crossEntropy: String.raw`\frac{\partial L}{\partial w} = \frac{1}{m}\sum_{i \in B} (p_i - y_i)\, x_i,\qquad \frac{\partial L}{\partial b} = \frac{1}{m}\sum_{i \in B} (p_i - y_i)`,
  softmaxCrossEntropy: String.raw`\frac{\partial L}{\partial w_k} = \frac{1}{m}\sum_{i \in B} (p_{ik} - y_{ik})\, x_i,\qquad \frac{\partial L}{\partial b_k} = \frac{1}{m}\sum_{i \in B} (p_{ik} - y_{ik})`,
};

export const UPDATE_TEX: Readonly<Record<UpdateId, string>> = {
  normalEquations: String.raw`X^\top X\, \beta = X^\top y \quad\Rightarrow\quad \beta = (X^\top X)^{-1} X^\top y`,
  ridgeNormalEquations: String.raw`\left(X^\top X + \alpha I_0\right) \beta = X^\top y,\qquad I_0 = \operatorname{diag}(0, 1, \dots, 1)`,
  coordinateDescent: String.raw`w_j \leftarrow \frac{S\!\left(\frac{1}{n} x_j^\top r^{(j)},\ \alpha\rho\right)}{\frac{1}{n} x_j^\top x_j + \alpha(1-\rho)},\qquad S(z, t) = \operatorname{sign}(z)\max(|z| - t, 0)`,
  descentStep: String.raw`w \leftarrow w - \eta\, \frac{\partial L}{\partial w},\qquad b \leftarrow b - \eta\, \frac{\partial L}{\partial b}`,
  newtonStep: String.raw`\beta \leftarrow \beta - H^{-1} \nabla L,\qquad H = X^\top S X,\ S = \operatorname{diag}\big(p_i (1 - p_i)\big)`,
  lbfgs: String.raw`\beta \leftarrow \beta - \eta_t\, H_t \nabla L,\qquad H_t \approx \left(\nabla^2 L\right)^{-1} \text{ from the last few steps}`,
};

/** The penalty a descent adds to its loss (mean form, λ = α): shown after the objective. */
export const DESCENT_PENALTY_TEX: Readonly<Record<'l1' | 'l2', string>> = {
  l1: String.raw`\; + \; \alpha \lVert w \rVert_1`,
  l2: String.raw`\; + \; \frac{\alpha}{2} \lVert w \rVert_2^2`,
};

/** The update rule with the descent's penalty folded in (l2 shrinks w, l1 soft-thresholds it). */
export const PENALISED_UPDATE_TEX: Readonly<Record<'l1' | 'l2', string>> = {
  l1: String.raw`w \leftarrow S\!\left(w - \eta\, \frac{\partial L}{\partial w},\ \eta\alpha\right),\qquad b \leftarrow b - \eta\, \frac{\partial L}{\partial b}`,
  l2: String.raw`w \leftarrow (1 - \eta\alpha)\, w - \eta\, \frac{\partial L}{\partial w},\qquad b \leftarrow b - \eta\, \frac{\partial L}{\partial b}`,
};

export interface FormulaLine {
  /** Which part of the method: objective, gradient or update. */
  readonly part: 'objective' | 'gradient' | 'update';
  readonly tex: string;
  /** Locale key of the one-sentence meaning. */
  readonly sayKey: string;
}

/** The three formulas of a fit, its penalty included (the descent objectives leave it to a separate term). */
export function formulaLines(e: Pick<Explanation, 'objective' | 'gradient' | 'update' | 'penalty'>): FormulaLine[] {
  const descentPenalty = e.update === 'descentStep' && e.penalty !== 'none' ? e.penalty : undefined;
  return [
    {
      part: 'objective',
      tex: String.raw`${OBJECTIVE_TEX[e.objective]}${descentPenalty ? DESCENT_PENALTY_TEX[descentPenalty] : ''},\qquad ${OBJECTIVE_WHERE[e.objective]}`,
      sayKey: `models.explain.say.objective.${e.objective}`,
    },
    { part: 'gradient', tex: GRADIENT_TEX[e.gradient], sayKey: `models.explain.say.gradient.${e.gradient}` },
    {
      part: 'update',
      tex: descentPenalty ? PENALISED_UPDATE_TEX[descentPenalty] : UPDATE_TEX[e.update],
      sayKey: `models.explain.say.update.${descentPenalty ? `descentStep_${descentPenalty}` : e.update}`,
    },
  ];
}
