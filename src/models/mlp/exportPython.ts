/**
 * The networks' part of pythonScript (../exportPython.ts): scikit-learn's MLPClassifier /
 * MLPRegressor with solver 'sgd' — the same forward pass, loss, L2 convention (α/2·Σw²/n per
 * batch), momentum and mini-batches. What scikit-learn does differently is written into the script
 * as comments: its own starting weights, no L1 penalty, no squared-error classifier loss, its
 * 'invscaling' schedule and its own early-stopping split.
 */
import type { FitReport } from '../fit/fitSpec';

const py = (v: unknown): string =>
  typeof v === 'string' ? JSON.stringify(v) : typeof v === 'boolean' ? (v ? 'True' : 'False') : String(v);
const SK_ACTIVATION: Readonly<Record<string, string>> = { sigmoid: 'logistic', tanh: 'tanh', relu: 'relu' };

export function isNetwork(r: FitReport): boolean {
  return r.estimator === 'MLPClassifier' || r.estimator === 'MLPRegressor';
}

/** The estimator's import, its constructor call, and the lines that print what it learned. */
export function networkLines(r: FitReport): { imports: string[]; make: string; show: string[] } {
  const s = r.settings;
  const notes: string[] = ["# scikit-learn draws its own starting weights (Glorot uniform): numbers differ slightly from Fitplot's."];
  if (s.penalty === 'l1') notes.push('# scikit-learn has no L1 penalty for networks: alpha=0 here (Fitplot used L1).');
  if (s.loss === 'squared') notes.push('# scikit-learn classifiers always use cross-entropy (Fitplot used squared error).');
  if (s.learningRateSchedule === 'decay')
    notes.push('# Fitplot decays η as η/(1 + decay·epoch); scikit-learn offers only a constant rate here.');
  if (s.earlyStopping === true) notes.push('# Fitplot stopped early on its validation rows; this script trains every epoch.');
  const batch = r.method === 'gd' ? 'len(TRAIN)' : r.method === 'sgd' ? '1' : py(s.batchSize);
  const hidden = String(s.hidden).split(',').join(', ');
  const args = [
    `hidden_layer_sizes=(${hidden},)`,
    `activation=${py(SK_ACTIVATION[String(s.activation)])}`,
    "solver='sgd'",
    `alpha=${s.penalty === 'l2' ? py(s.alpha) : '0.0'}`,
    `batch_size=${batch}`,
    "learning_rate='constant'",
    `learning_rate_init=${py(s.learningRate)}`,
    `momentum=${py(s.momentum)}`,
    'nesterovs_momentum=False',
    `max_iter=${py(s.epochs)}`,
    `shuffle=${py(s.shuffle === true)}`,
    `tol=0.0, n_iter_no_change=${py(s.epochs)}`,
    `random_state=${py(s.seed)}`,
  ];
  const kind = r.estimator;
  return {
    imports: [`from sklearn.neural_network import ${kind}`],
    make: `${kind}(${args.join(', ')})\n${notes.join('\n')}`,
    show: ['print("layer sizes", [w.shape for w in model.coefs_])', 'print("final training loss", model.loss_)'],
  };
}
