/** The `fitplot fit --help` text; the model-option part is generated from MODEL_SPECS, so it lists exactly the flags the parser accepts. */
import { MODEL_SPECS, allOptionSpecs } from '../../models/specs';
import type { ModelOptionSpec } from '../../models/specs';
import { flag, word } from './wording';

function optionLine(o: ModelOptionSpec): string {
  const name =
    o.kind === 'boolean'
      ? `--${o.cliFlag}|--no-${o.cliFlag}`
      : `--${o.cliFlag} ${o.kind === 'enum' ? o.choices!.join('|') : o.kind === 'integer' ? 'N' : 'X'}`;
  const range =
    o.min !== undefined || o.max !== undefined
      ? ` [${o.min !== undefined ? `${o.minExclusive ? '>' : '≥'} ${o.min}` : ''}${o.min !== undefined && o.max !== undefined ? ', ' : ''}${o.max !== undefined ? `${o.maxExclusive ? '<' : '≤'} ${o.max}` : ''}]`
      : '';
  const dflt = o.default !== undefined ? ` (default ${String(o.default)})` : '';
  return `  ${name.padEnd(26)} ${word({ key: o.helpKey })}${range}${dflt}`;
}

function methodLines(): string[] {
  return Object.values(MODEL_SPECS).flatMap((f) => [
    `  ${f.family} (default --method ${f.defaultMethod}):`,
    ...f.methods.map(
      (m) =>
        `    ${m.method.padEnd(11)} ${word({ key: m.labelKey })}${m.options.length ? `: ${m.options.map((o) => flag(o)).join(' ')}` : ''}${
          m.defaults && Object.keys(m.defaults).length
            ? `  (defaults: ${Object.entries(m.defaults)
                .filter(([k]) => m.options.includes(k))
                .map(([k, v]) => `${k} ${String(v)}`)
                .join(', ')})`
            : ''
        }`,
    ),
  ]);
}

export function fitUsage(): string {
  return `Usage: fitplot fit linear|logistic FILE --target COL [options]

  --target COL            the column to predict (numbers for linear; classes for logistic)
  --features a,b,…        feature columns (default: all other number, boolean and category columns,
                          except copies of the target); datetimes only as COL:hour, COL:dayofweek,
                          COL:month or COL:days
  --method M              one of the methods below; an option a method does not use is an error

Methods and the options each uses:
${methodLines().join('\n')}

Model options:
${allOptionSpecs().map(optionLine).join('\n')}

Data and validation:
  --seed S                random seed for splits, shuffles and init (default 0)
  --scale standard|minmax|none   feature scaling fitted on the training rows (default none)
  --degree D              polynomial features of degree 1–10 (default 1)
  --missing drop|mean|median     rows with missing features (default drop)
  --reference COL=LEVEL,… the reference (dropped) one-hot level (default: the first in sorted order)
  --keep-first-level      one-hot keeps every category level (no reference level)
  --positive-class V      binary logistic: the class counted as positive (default: the second in sorted order)
  --validation F          random validation fraction, stratified for logistic (default 0.2; 0 = fit on all rows)
  --time-split F          the last F of the rows in time order are validation (--time-column C)
  --split-file F.json     { "train": [...], "validation": [...] } with 0-based data-row indices
  --split-column COL      a category/text column marks each row train, validation or test (also training,
                          valid, val, testing; empty = left out); COL is never a feature
  --test F                with --validation or --time-split: also keep F of the rows aside as a test part
                          (the latest in time with --time-split), never used to fit
  --evaluate-test         score the test rows (--test F, or rows marked test); look at it once, at the end
  --folds K               K shuffled folds (stratified for logistic), then a fit on all rows
  --time-folds K          K time-ordered folds (expanding window: train on the past, validate on the next block)
  --compare               linear gd/minibatch/sgd: also solve by least squares; report both side by side
  --save model.json       save the fitted model (for fitplot predict); never written when the fit diverged
  --learning-curve        also report the scores by number of training rows (10 %…100 % of the training part)
  --validation-curve P=v1,v2,…   also report the scores for each value of P: alpha, C, degree or epochs
  --python script.py      write a numpy/scikit-learn script that reproduces this fit from the CSV (not for a workbook)
  --json                  print the full report as JSON (docs/models.md)
  --encoding E  --delimiter D  --decimal-comma  --no-header   as for fitplot describe
  --sheet S  --header-row N   an Excel workbook's sheet and header row, as for fitplot describe`;
}
