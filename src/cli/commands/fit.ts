/** `fitplot fit linear|logistic FILE --target COL …`: fit, report (text or JSON), optionally save the model. */
import { EXIT_OK } from '../command';
import type { Command } from '../command';
import { loadFile, loadOptionsFrom } from '../loadFile';
import { parseFitArgs, readSplitFile } from '../model/fitArgs';
import { writeFileAtomic } from '../model/atomicWrite';
import { fitSummary } from '../model/fitText';
import { fitTable } from '../../models/pipeline';

export const fitCommand: Command = {
  name: 'fit',
  summary: 'Fit a linear or logistic regression (least squares, ridge, lasso, gradient descent, Newton) with validation and diagnosis',
  usage: `Usage: fitplot fit linear|logistic FILE --target COL [options]

  --target COL            the column to predict (numbers for linear; classes for logistic)
  --features a,b,…        feature columns (default: all other number, boolean and category columns);
                          datetimes only as COL:hour, COL:dayofweek, COL:month or COL:days
  --method M              linear: ols (default) | ridge | lasso | elasticnet | gd | minibatch | sgd
                          logistic: newton (default) | lbfgs | gd | minibatch | sgd
  --alpha A               penalty strength: ridge ‖y−Xw‖²+A‖w‖²; lasso/elasticnet/gd (1/2n)‖y−Xw‖²+A·penalty
  --l1-ratio R            elastic-net mix in [0, 1] (default 0.5)
  --penalty l1|l2|none    gradient descent and logistic penalty (logistic default l2)
  --C C                   logistic inverse strength as scikit-learn (default 1): λ = 1/(n·C)
  --lr η                  learning rate (default 0.01)      --lr-schedule constant|decay
  --epochs N              (default 100)                     --batch-size B   mini-batch size (default 32)
  --shuffle|--no-shuffle  reshuffle rows every epoch with the seed (default: file order)
  --init zeros|ones|random   initial weights (default zeros)
  --early-stopping        stop when validation loss stops improving (--patience N, default 10)
  --seed S                random seed for splits, shuffles and init (default 0)
  --scale standard|minmax|none   feature scaling fitted on the training rows (default none)
  --degree D              polynomial features of degree 1–10 (default 1)
  --missing drop|mean|median     rows with missing features (default drop)
  --keep-first-level      one-hot keeps every category level (default: drop the first)
  --no-intercept          ols only: fit through the origin (R² then measures y about 0, as R's lm)
  --positive-class V      binary logistic: the class counted as positive (default: the second in sorted order)
  --threshold P           binary logistic decision threshold (default 0.5)
  --validation F          random validation fraction, stratified for logistic (default 0.2; 0 = fit on all rows)
  --time-split F          the last F of the rows in time order are validation (--time-column C)
  --split-file F.json     { "train": [...], "validation": [...] } with 0-based data-row indices
  --folds K               K-fold cross-validation (stratified for logistic), then a fit on all rows
  --compare               linear gd/minibatch/sgd: also solve by least squares; report both side by side
  --save model.json       save the fitted model (for fitplot predict)
  --json                  print the full report as JSON (schema in README)
  --encoding E  --delimiter D  --decimal-comma  --no-header   as for fitplot describe`,
  async run(args, io) {
    const parsed = parseFitArgs(args);
    const loaded = await loadFile(parsed.file, loadOptionsFrom(parsed.loader), io);
    const split = parsed.split?.kind === 'file' ? readSplitFile(parsed.split.path, io.cwd, loaded.table.rowCount) : parsed.split;
    const { report, model } = fitTable(loaded.table, { ...parsed.spec, ...(split && { split }), fileName: loaded.fileName });
    if (parsed.save) writeFileAtomic(parsed.save, [`${JSON.stringify(model)}\n`], io.cwd);
    if (parsed.json) io.stdout(`${JSON.stringify({ file: loaded.fileName, ...report, ...(parsed.save && { saved: parsed.save }) }, null, 2)}\n`);
    else {
      io.stdout(fitSummary(report, loaded.fileName));
      if (parsed.save) io.stdout(`model saved to ${parsed.save}\n`);
    }
    return EXIT_OK;
  },
};
