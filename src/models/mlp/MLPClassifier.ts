/**
 * A multilayer perceptron classifier: one sigmoid output for two classes, softmax over K ≥ 3;
 * cross-entropy (default) or squared-error loss. y holds class indices 0..K−1 (1 = positive class
 * for binary problems).
 */
import type { DenseMatrix } from '../../linalg';
import { FitplotError } from '../../table/errors';
import type { EstimatorJSON, FitOptions } from '../estimatorContract';
import { checkXY } from '../estimatorContract';
import { MLPBase } from './MLPBase';
import type { MLPOptions } from './options';
import type { Head } from './outputLayer';

export class MLPClassifier extends MLPBase {
  readonly kind = 'MLPClassifier';
  classes = 0;

  constructor(options: MLPOptions = {}) {
    super('MLPClassifier', options);
  }

  private head(classes: number): Head {
    const threshold = this.options.threshold ?? 0.5;
    const loss = this.options.loss ?? 'crossEntropy';
    return classes === 2
      ? { activation: 'sigmoid', loss, outputs: 1, cut: Math.log(threshold / (1 - threshold)) }
      : { activation: 'softmax', loss, outputs: classes, cut: 0 };
  }

  fit(x: DenseMatrix, y: ArrayLike<number>, fitOptions: FitOptions = {}): this {
    checkXY(this.kind, x, y);
    const seen = new Set<number>();
    for (let i = 0; i < y.length; i++) {
      const v = y[i]!;
      if (!(Number.isInteger(v) && v >= 0))
        throw new FitplotError({
          code: 'BAD_OPTION',
          message: `MLPClassifier: class labels must be indices 0, 1, …; row ${i + 1} has ${v}.`,
        });
      seen.add(v);
    }
    if (seen.size < 2)
      throw new FitplotError({
        code: 'NOT_ENOUGH_DATA',
        key: 'model.error.oneClass',
        message: 'MLPClassifier: the target has only one class in the training rows.',
        hint: 'Check the target column, or use a stratified split.',
      });
    this.classes = Math.max(this.options.classes ?? 0, Math.max(...seen) + 1);
    this.train(x, y, this.head(this.classes), 'accuracy', fitOptions);
    return this;
  }

  /** n × K class probabilities, row-major (binary: column 1 is the positive class). */
  predictProba(x: DenseMatrix): Float64Array {
    return this.outputs(x);
  }

  predict(x: DenseMatrix): Float64Array {
    const proba = this.outputs(x);
    const k = this.classes;
    const out = new Float64Array(x.rows);
    const threshold = this.options.threshold ?? 0.5;
    for (let i = 0; i < x.rows; i++) {
      if (k === 2) {
        out[i] = proba[2 * i + 1]! >= threshold ? 1 : 0;
        continue;
      }
      let best = 0;
      for (let c = 1; c < k; c++) if (proba[i * k + c]! > proba[i * k + best]!) best = c;
      out[i] = best;
    }
    return out;
  }

  /** Accuracy. */
  score(x: DenseMatrix, y: ArrayLike<number>): number {
    const pred = this.predict(x);
    let ok = 0;
    for (let i = 0; i < y.length; i++) if (pred[i] === y[i]) ok++;
    return ok / y.length;
  }

  protected extraSettings() {
    return { loss: this.options.loss ?? 'crossEntropy', ...(this.classes === 2 && { threshold: this.options.threshold ?? 0.5 }) };
  }

  toJSON(): EstimatorJSON {
    return this.stateJSON({ classes: this.classes });
  }

  static fromJSON(j: EstimatorJSON): MLPClassifier {
    const m = new MLPClassifier(j.options as MLPOptions);
    m.classes = Number(j.state.classes);
    if (!(Number.isInteger(m.classes) && m.classes >= 2)) m.classes = 0;
    m.restore(j, m.head(Math.max(m.classes, 2)));
    return m;
  }
}
