/** `fitplot fit linear|logistic FILE --target COL …`: fit, report (text or JSON), optionally save the model. */
import { resolve } from 'node:path';
import { EXIT_BAD_INPUT, EXIT_OK } from '../command';
import type { Command } from '../command';
import { loadFile, loadOptionsFrom } from '../loadFile';
import { parseFitArgs, readSplitFile } from '../model/fitArgs';
import { writeFileAtomic } from '../fs/atomicWrite';
import { assertOutputIsNotInput } from '../fs/outputGuard';
import { fitSummary } from '../model/fitText';
import { fitUsage } from '../model/fitUsage';
import { withWordedErrors } from '../model/wordErrors';
import { parseStudies, runStudies, studyText } from '../model/studies';
import { fitTable } from '../../models/pipeline';
import { pythonScript } from '../../models/exportPython';
import { refusePythonScriptForWorkbook } from '../../io/xlsx/pythonScriptSource';

export const fitCommand: Command = {
  name: 'fit',
  summary:
    'Fit a linear or logistic regression (least squares, ridge, lasso, gradient descent, Newton) or a small neural network (mlp) with validation and diagnosis',
  usage: fitUsage(),
  run: (args, io) =>
    withWordedErrors(async () => {
      const parsed = parseFitArgs(args);
      // The model and the script never replace the data they came from (or the split file).
      const inputs = [parsed.file, ...(parsed.split?.kind === 'file' ? [parsed.split.path] : [])];
      if (parsed.save !== undefined) assertOutputIsNotInput(parsed.save, inputs, io.cwd, '--save');
      if (parsed.python !== undefined) {
        assertOutputIsNotInput(parsed.python, inputs, io.cwd, '--python');
        refusePythonScriptForWorkbook(parsed.file);
      }
      const studyRequest = parseStudies(parsed.values['learning-curve'] === true, parsed.values['validation-curve'] as string | undefined);
      const loaded = await loadFile(parsed.file, loadOptionsFrom(parsed.loader), io);
      const split = parsed.split?.kind === 'file' ? readSplitFile(parsed.split.path, io.cwd, loaded.table.rowCount) : parsed.split;
      const { report, model } = fitTable(loaded.table, { ...parsed.spec, ...(split && { split }), fileName: loaded.fileName });
      // A diverged run's weights are useless: report why, save nothing, exit 1.
      const diverged = report.stopReason === 'diverged';
      const save = diverged ? undefined : parsed.save;
      if (save) await writeFileAtomic(resolve(io.cwd, save), `${JSON.stringify(model)}\n`);
      if (parsed.python)
        await writeFileAtomic(resolve(io.cwd, parsed.python), pythonScript({ ...parsed.spec, fileName: loaded.fileName }, report));
      const studies = runStudies(loaded.table, { ...parsed.spec, ...(split && { split }), fileName: loaded.fileName }, studyRequest);
      if (parsed.json)
        io.stdout(`${JSON.stringify({ file: loaded.fileName, ...report, ...studies, ...(save && { saved: save }) }, null, 2)}\n`);
      else {
        io.stdout(fitSummary(report, loaded.fileName));
        if (studies.learningCurve) io.stdout(`${studyText(studies.learningCurve, 'learning curve (score by training rows)')}\n`);
        if (studies.validationCurve)
          io.stdout(`${studyText(studies.validationCurve, `validation curve (score by ${studies.validationCurve.param})`)}\n`);
        if (save) io.stdout(`model saved to ${save}\n`);
      }
      if (diverged)
        io.stderr(`fitplot fit: the fit diverged${parsed.save ? `; ${parsed.save} was not written` : ''} (see the advice above).\n`);
      return diverged ? EXIT_BAD_INPUT : EXIT_OK;
    }),
};
