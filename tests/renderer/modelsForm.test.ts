/**
 * The fit form's two outputs agree: the FitSpec the app fits and the `fitplot fit` command line it
 * shows, parsed back by the CLI's own argument parser, describe the same fit.
 */
import { describe, expect, it } from 'vitest';
import type { ColumnInfo } from '../../src/protocol/protocol';
import { parseFitArgs } from '../../src/cli/model/fitArgs';
import { commandLine, featureCandidates, initialForm, specFromForm } from '../../renderer/features/models/fitForm';
import type { FitFormState } from '../../renderer/features/models/fitForm';
import { methodOf, optionFlags, visibleOptions } from '../../renderer/features/models/methodSpecs';
import { modelForms } from '../../src/worker/modelForms';

const FORMS = modelForms();

const col = (name: string, type: ColumnInfo['type']): ColumnInfo => ({ name, type, missing: 0, invalid: 0 });
const DIABETES = ['age', 'sex', 'bmi', 'bp', 's1', 'target'].map((n) => col(n, 'number'));

/** Splits a shell command made by commandLine (single quotes only). */
function shellWords(command: string): string[] {
  return [...command.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((m) => (m[1] !== undefined ? m[1].replace(/'\\''/g, "'") : m[2]!));
}

describe('fit form', () => {
  it('starts with the last column as target and the other number columns as features', () => {
    const form = initialForm([...DIABETES.slice(0, 5), col('city', 'category'), DIABETES[5]!], FORMS);
    expect(form.target).toBe('target');
    expect(form.model).toBe('linear');
    expect(form.features).toEqual(['age', 'sex', 'bmi', 'bp', 's1']);
    expect(form.split).toBe('random');
    expect(initialForm([col('when', 'datetime'), col('x', 'number'), col('label', 'category')], FORMS)).toMatchObject({
      model: 'logistic',
      split: 'time',
      method: 'newton',
    });
    expect(
      featureCandidates([col('when', 'datetime'), col('x', 'number'), col('c', 'category'), col('t', 'text')], 'x').map((c) => c.name),
    ).toEqual(['c']);
  });

  it('shows an option only when the option it requires applies', () => {
    const gd = methodOf(FORMS, 'linear', 'gd')!;
    const names = (values: Record<string, string | boolean>) => visibleOptions(gd, values).map((o) => o.name);
    expect(names({})).not.toContain('patience');
    expect(names({})).not.toContain('decay');
    expect(names({ earlyStopping: true })).toContain('patience');
    expect(names({ learningRateSchedule: 'decay' })).toContain('decay');
    expect(names({})).not.toContain('alpha');
    expect(names({ penalty: 'l2' })).toContain('alpha');
  });

  it('shows and sends α (and l1Ratio) for ridge, lasso and elastic net, whose penalty the method fixes', () => {
    for (const name of ['ridge', 'lasso', 'elasticnet']) {
      const method = methodOf(FORMS, 'linear', name)!;
      expect(visibleOptions(method, {}).map((o) => o.name)).toContain('alpha');
      const form: FitFormState = {
        ...initialForm(DIABETES, FORMS),
        method: name,
        options: { alpha: 0.25, ...(name === 'elasticnet' && { l1Ratio: 0.3 }) },
      };
      expect(specFromForm(form, 'd.csv', method).options).toEqual(form.options);
      expect(commandLine(form, 'd.csv', optionFlags(method, form.options))).toContain('--alpha 0.25');
    }
  });

  it('shows a command line that the CLI parses into the same fit', () => {
    const form: FitFormState = {
      ...initialForm(DIABETES, FORMS),
      features: ['bmi', 'bp'],
      method: 'sgd',
      options: { learningRate: 0.05, epochs: 40, batchSize: 8, shuffle: false, earlyStopping: false, patience: 5 },
      scale: 'standard',
      seed: 7,
      fraction: 0.25,
    };
    const method = methodOf(FORMS, 'linear', 'sgd')!;
    const spec = specFromForm(form, 'my data.csv', method);
    const command = commandLine(form, 'my data.csv', optionFlags(method, form.options));
    const [program, ...args] = shellWords(command);
    expect(program).toBe('fitplot');
    expect(args[0]).toBe('fit');
    const parsed = parseFitArgs(args.slice(1));
    expect(parsed.file).toBe('my data.csv');
    const { fileName: _file, split, ...fitted } = spec;
    expect(parsed.split).toEqual(split);
    expect(parsed.spec).toEqual(fitted);
    // batchSize is not an option of stochastic descent, and patience only applies with early
    // stopping: neither the spec nor the command carries them; a switch set off is sent as off.
    expect(spec.options).toEqual({ learningRate: 0.05, epochs: 40, shuffle: false, earlyStopping: false });
    expect(command).toContain('--no-shuffle');
  });

  it('a split by a column and a test part: the command line the CLI parses back describes the same split', () => {
    const columns = [...DIABETES.slice(0, 5), col('part', 'category'), col('note', 'text'), DIABETES[5]!];
    const base = initialForm(columns, FORMS);
    expect(base).toMatchObject({ splitColumn: 'part', testFraction: 0 });
    const method = methodOf(FORMS, base.model, base.method)!;
    const forms: FitFormState[] = [
      { ...base, split: 'column', splitColumn: 'note' },
      { ...base, split: 'random', fraction: 0.2, testFraction: 0.15 },
      { ...base, split: 'time', fraction: 0.1, testFraction: 0.2 },
    ];
    const expected = [
      { kind: 'column', column: 'note' },
      { kind: 'random', fraction: 0.2, testFraction: 0.15 },
      { kind: 'time', fraction: 0.1, testFraction: 0.2 },
    ];
    forms.forEach((form, i) => {
      const spec = specFromForm(form, 'd.csv', method);
      expect(spec.split).toEqual(expected[i]);
      const command = commandLine(form, 'd.csv', optionFlags(method, form.options));
      const parsed = parseFitArgs(shellWords(command).slice(2));
      expect(parsed.split).toEqual(spec.split);
    });
    expect(commandLine(forms[0]!, 'd.csv', [])).toContain('--split-column note');
    expect(commandLine(forms[1]!, 'd.csv', [])).toContain('--validation 0.2 --test 0.15');
    // No test part: no --test flag, and the spec stays as before.
    expect(commandLine(base, 'd.csv', [])).not.toContain('--test');
    expect(specFromForm(base, 'd.csv', method).split).toEqual({ kind: 'random', fraction: 0.2 });
  });

  it("names a workbook's sheet and header row, which the CLI reads back", () => {
    const form = initialForm(DIABETES, FORMS);
    const method = methodOf(FORMS, form.model, form.method)!;
    const command = commandLine(form, 'plant report.xlsx', optionFlags(method, form.options), {
      sheet: '2월 측정',
      sheets: ['요약', '2월 측정'],
      firstRow: 3,
    });
    const parsed = parseFitArgs(shellWords(command).slice(2));
    expect(parsed.file).toBe('plant report.xlsx');
    expect(parsed.loader).toMatchObject({ sheet: '2월 측정', 'header-row': '3' });
    expect(commandLine(form, 'd.csv', optionFlags(method, form.options))).not.toContain('--sheet');
  });
});
