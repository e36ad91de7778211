/**
 * Classification metrics with scikit-learn's definitions: confusion_matrix (rows = true class,
 * columns = predicted), precision/recall/F1 per class and macro (0 when undefined, as
 * zero_division=0), accuracy, log_loss (probabilities clipped to [1e-15, 1 − 1e-15]), roc_auc_score
 * (Mann–Whitney U with average ranks for ties), roc_curve and precision_recall_curve.
 */

export interface ClassMetrics {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

export interface ClassificationMetrics {
  readonly n: number;
  readonly accuracy: number;
  /** Binary: the positive class's precision/recall/F1. Multiclass: macro averages. */
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly perClass: readonly ClassMetrics[];
  readonly macroF1: number;
  readonly logLoss: number;
  /** Binary only: area under the ROC curve of the positive-class probability. */
  readonly rocAuc?: number;
  readonly confusion: number[][];
}

export function confusionMatrix(y: ArrayLike<number>, pred: ArrayLike<number>, classes: number): number[][] {
  const m = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  for (let i = 0; i < y.length; i++) m[y[i]!]![pred[i]!]! += 1;
  return m;
}

/** Log loss from an n×K probability matrix (row-major), y in 0..K−1. */
export function logLoss(y: ArrayLike<number>, proba: ArrayLike<number>, classes: number): number {
  const eps = 1e-15;
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    // sklearn renormalises rows after clipping; rows here already sum to 1, so clipping suffices.
    const p = Math.min(Math.max(proba[i * classes + y[i]!]!, eps), 1 - eps);
    s -= Math.log(p);
  }
  return s / y.length;
}

/** ROC AUC = P(score of a random positive > score of a random negative), ties counted ½. */
export function rocAuc(y01: ArrayLike<number>, score: ArrayLike<number>): number {
  const n = y01.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => score[a]! - score[b]!);
  let rankSumPos = 0;
  let nPos = 0;
  for (let s = 0; s < n;) {
    let e = s;
    while (e + 1 < n && score[order[e + 1]!] === score[order[s]!]) e++;
    const avgRank = (s + e) / 2 + 1;
    for (let t = s; t <= e; t++)
      if (y01[order[t]!] === 1) {
        rankSumPos += avgRank;
        nPos++;
      }
    s = e + 1;
  }
  const nNeg = n - nPos;
  if (nPos === 0 || nNeg === 0) return Number.NaN;
  return (rankSumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

export interface CurvePoints {
  /** Decision thresholds, decreasing; point i counts scores ≥ thresholds[i] as positive. */
  readonly thresholds: number[];
  readonly x: number[];
  readonly y: number[];
}

/** ROC (x = FPR, y = TPR) and precision–recall (x = recall, y = precision) at each distinct score. */
export function rocAndPrCurves(y01: ArrayLike<number>, score: ArrayLike<number>, maxPoints = 512): { roc: CurvePoints; pr: CurvePoints } {
  const n = y01.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => score[b]! - score[a]!);
  let nPos = 0;
  for (let i = 0; i < n; i++) nPos += y01[i] === 1 ? 1 : 0;
  const nNeg = n - nPos;
  const roc: CurvePoints = { thresholds: [Infinity], x: [0], y: [0] };
  const pr: CurvePoints = { thresholds: [], x: [], y: [] };
  let tp = 0;
  let fp = 0;
  const distinct: number[] = [];
  for (let s = 0; s < n;) {
    let e = s;
    while (e + 1 < n && score[order[e + 1]!] === score[order[s]!]) e++;
    distinct.push(e);
    s = e + 1;
  }
  const stride = Math.max(1, Math.ceil(distinct.length / maxPoints));
  let prev = 0;
  distinct.forEach((e, idx) => {
    for (let t = prev; t <= e; t++) {
      if (y01[order[t]!] === 1) tp++;
      else fp++;
    }
    prev = e + 1;
    if (idx % stride !== 0 && idx !== distinct.length - 1) return;
    const th = score[order[e]!]!;
    roc.thresholds.push(th);
    roc.x.push(nNeg ? fp / nNeg : 0);
    roc.y.push(nPos ? tp / nPos : 0);
    pr.thresholds.push(th);
    pr.x.push(nPos ? tp / nPos : 0);
    pr.y.push(tp / (tp + fp));
  });
  return { roc, pr };
}

/**
 * All metrics at once. proba is n×K row-major (K = 2 for binary, column 1 = positive class);
 * pred are predicted class indices (for binary, from the chosen threshold).
 */
export function classificationMetrics(
  y: ArrayLike<number>,
  pred: ArrayLike<number>,
  proba: ArrayLike<number>,
  classes: number,
): ClassificationMetrics {
  const n = y.length;
  const confusion = confusionMatrix(y, pred, classes);
  let correct = 0;
  for (let k = 0; k < classes; k++) correct += confusion[k]![k]!;
  const perClass = confusion.map((row, k) => {
    const tp = row[k]!;
    const support = row.reduce((a, b) => a + b, 0);
    const predicted = confusion.reduce((a, r) => a + r[k]!, 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return { precision, recall, f1, support };
  });
  const macro = (key: keyof ClassMetrics) => perClass.reduce((a, c) => a + c[key], 0) / classes;
  const binary = classes === 2;
  const pos = perClass[1]!;
  let rocAucValue: number | undefined;
  if (binary) {
    const s = new Float64Array(n);
    const y01 = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = proba[i * 2 + 1]!;
      y01[i] = y[i] === 1 ? 1 : 0;
    }
    rocAucValue = rocAuc(y01, s);
  }
  return {
    n,
    accuracy: correct / n,
    precision: binary ? pos.precision : macro('precision'),
    recall: binary ? pos.recall : macro('recall'),
    f1: binary ? pos.f1 : macro('f1'),
    perClass,
    macroF1: macro('f1'),
    logLoss: logLoss(y, proba, classes),
    ...(rocAucValue !== undefined && { rocAuc: rocAucValue }),
    confusion,
  };
}
