/** `fitplot predict model.json FILE --out OUT.csv`: applies a saved model; never touches the input file. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT_OK, UsageError } from '../command';
import type { Command } from '../command';
import { loadFile, loadOptionsFrom, loaderFlags } from '../loadFile';
import { assertOutputIsNotInput } from '../fs/outputGuard';
import { refuseWorkbook } from '../fileKindFlags';
import { writeFileAtomic } from '../fs/atomicWrite';
import { predictionCsv } from '../../models/predictionCsv';
import { rawRecords } from '../model/rawRecords';
import { withWordedErrors } from '../model/wordErrors';
import { word } from '../model/wording';
import { parseModelJSON } from '../../models/modelJson';
import { predictTable } from '../../models/predictTable';
import type { InvalidCells } from '../../models/predictTable';
import { FitplotError } from '../../table/errors';

export const predictCommand: Command = {
  name: 'predict',
  summary: 'Apply a saved model to a CSV, writing a new CSV with prediction (and probability) columns',
  usage: `Usage: fitplot predict MODEL.json FILE --out OUT.csv [--json]

  Writes FILE's cells exactly as they are in the file, plus predicted_<target> (and
  probability_<class> for logistic models), to OUT.csv in UTF-8 with FILE's delimiter, atomically
  (a temporary file in the same folder, then renamed). FILE is never modified.
  Rows get empty prediction cells, and the summary says why, when a feature value is missing (unless
  the model imputes), is not a number, or is a category level the model never saw.
  --json            print a summary as JSON: { model, file, out, rows, predicted, skipped, messages }
  --encoding E  --delimiter D  --decimal-comma  --no-header   as for fitplot describe
  FILE must be a CSV or text file (its cells are copied as they are): save an Excel sheet as CSV first.`,
  run: (args, io) =>
    withWordedErrors(async () => {
      const { values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: { ...loaderFlags, out: { type: 'string' }, json: { type: 'boolean' } },
      });
      if (positionals.length !== 2) throw new UsageError('give MODEL.json and FILE.');
      if (!values.out) throw new UsageError('--out OUT.csv is required.');
      const [modelPath, file] = positionals as [string, string];
      assertOutputIsNotInput(values.out, [file, modelPath], io.cwd);
      refuseWorkbook(file, "predict (it copies the file's cells exactly as they are into OUT.csv)");
      let text: string;
      try {
        text = readFileSync(resolve(io.cwd, modelPath), 'utf8');
      } catch (error) {
        throw new FitplotError({
          code: 'UNREADABLE',
          message: `Cannot read the model ${modelPath} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
          file: modelPath,
        });
      }
      const model = parseModelJSON(text, modelPath);
      const loaded = await loadFile(file, loadOptionsFrom(values), io);
      const invalid: InvalidCells[] = loaded.warnings.flatMap((w) =>
        w.code === 'INVALID_CELLS' && w.column !== undefined
          ? [{ column: w.column, count: w.count ?? 0, lines: w.lines ?? [], examples: w.examples ?? [] }]
          : [],
      );
      const predictions = predictTable(model, loaded.table, loaded.fileName, invalid);
      const records = rawRecords(file, io.cwd, loaded.encoding, loaded.delimiter);
      await writeFileAtomic(resolve(io.cwd, values.out), predictionCsv(records, loaded, model.target, predictions));
      const rows = loaded.table.rowCount;
      const summary = {
        model: modelPath,
        file: loaded.fileName,
        out: values.out,
        rows,
        predicted: rows - predictions.skippedRows,
        skipped: predictions.skippedRows,
        messages: predictions.messages,
      };
      if (values.json) io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
      else {
        io.stdout(
          `${summary.predicted} of ${rows} rows predicted${summary.skipped ? ` (${summary.skipped} without a prediction)` : ''}; written to ${values.out}\n`,
        );
        for (const m of predictions.messages) io.stdout(`warning: ${word(m)}\n`);
      }
      return EXIT_OK;
    }),
};
