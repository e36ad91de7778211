/** `fitplot predict model.json FILE --out OUT.csv`: applies a saved model; never touches the input file. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT_OK, UsageError } from '../command';
import type { Command } from '../command';
import { loadFile, loadOptionsFrom, loaderFlags } from '../loadFile';
import { assertOutputIsNotInput } from '../fs/outputGuard';
import { writeFileAtomic } from '../model/atomicWrite';
import { predictionCsv } from '../model/csvOut';
import { applyModel, parseModelJSON } from '../../models/modelJson';
import { FitplotError } from '../../table/errors';

export const predictCommand: Command = {
  name: 'predict',
  summary: 'Apply a saved model to a CSV, writing a new CSV with prediction (and probability) columns',
  usage: `Usage: fitplot predict MODEL.json FILE --out OUT.csv [--json]

  Writes FILE's columns plus predicted_<target> (and probability_<class> for logistic models) to
  OUT.csv, atomically (a temporary file in the same folder, then renamed). FILE is never modified.
  Rows with a missing feature value get empty predictions unless the model imputes.
  --json            print a summary as JSON: { model, file, out, rows, predicted, skipped }
  --encoding E  --delimiter D  --decimal-comma  --no-header   as for fitplot describe`,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { ...loaderFlags, out: { type: 'string' }, json: { type: 'boolean' } } });
    if (positionals.length !== 2) throw new UsageError('give MODEL.json and FILE.');
    if (!values.out) throw new UsageError('--out OUT.csv is required.');
    const [modelPath, file] = positionals as [string, string];
    assertOutputIsNotInput(values.out, [file, modelPath], io.cwd);
    let text: string;
    try {
      text = readFileSync(resolve(io.cwd, modelPath), 'utf8');
    } catch (error) {
      throw new FitplotError({ code: 'UNREADABLE', message: `Cannot read the model ${modelPath} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`, file: modelPath });
    }
    const model = parseModelJSON(text, modelPath);
    const loaded = await loadFile(file, loadOptionsFrom(values), io);
    const predictions = applyModel(model, loaded.table, loaded.fileName);
    writeFileAtomic(values.out, predictionCsv(loaded.table, model.target, predictions), io.cwd);
    const rows = loaded.table.rowCount;
    const summary = { model: modelPath, file: loaded.fileName, out: values.out, rows, predicted: rows - predictions.skippedRows, skipped: predictions.skippedRows };
    if (values.json) io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
    else io.stdout(`${summary.predicted} of ${rows} rows predicted${summary.skipped ? ` (${summary.skipped} skipped: missing feature values)` : ''}; written to ${values.out}\n`);
    return EXIT_OK;
  },
};
