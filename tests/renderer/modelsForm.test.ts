/**
 * The fit form's two outputs agree: the FitSpec the app fits and the `fitplot fit` command line it
 * shows, parsed back by the CLI's own argument parser, describe the same fit.
 */
import { describe, expect, it } from 'vitest';
import type { ColumnInfo } from '../../src/protocol/protocol';
import { parseFitArgs } from '../../src/cli/model/fitArgs';
import { commandLine, featureCandidates, initialForm, specFromForm } from '../../renderer/features/models/fitForm';
import type { FitFormState } from '../../renderer/features/models/fitForm';
import { optionFlags, usedOptionNames } from '../../renderer/features/models/methodSpecs';

const col = (name: string, type: ColumnInfo['type']): ColumnInfo => ({ name, type, missing: 0, invalid: 0 });
const DIABETES = ['age', 'sex', 'bmi', 'bp', 's1', 'target'].map((n) => col(n, 'number'));

/** Splits a shell command made by commandLine (single quotes only). */
function shellWords(command: string): string[] {
  return [...command.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((m) => (m[1] !== undefined ? m[1].replace(/'\\''/g, "'") : m[2]!));
}

describe('fit form', () => {
  it('starts with the last column as target and the other number columns as features', () => {
    const form = initialForm([...DIABETES.slice(0, 5), col('city', 'category'), DIABETES[5]!]);
    expect(form.target).toBe('target');
    expect(form.model).toBe('linear');
    expect(form.features).toEqual(['age', 'sex', 'bmi', 'bp', 's1']);
    expect(form.split).toBe('random');
    expect(initialForm([col('when', 'datetime'), col('x', 'number'), col('label', 'category')])).toMatchObject({ model: 'logistic', split: 'time', method: 'newton' });
    expect(featureCandidates([col('when', 'datetime'), col('x', 'number'), col('c', 'category'), col('t', 'text')], 'x').map((c) => c.name)).toEqual(['c']);
  });

  it('shows a command line that the CLI parses into the same fit', () => {
    const form: FitFormState = {
      ...initialForm(DIABETES),
      features: ['bmi', 'bp'],
      method: 'sgd',
      options: { learningRate: 0.05, epochs: 40, batchSize: 8 },
      scale: 'standard',
      seed: 7,
      fraction: 0.25,
    };
    const spec = specFromForm(form, 'my data.csv', usedOptionNames(form.model, form.method));
    const command = commandLine(form, 'my data.csv', optionFlags(form.model, form.method, form.options));
    const [program, ...args] = shellWords(command);
    expect(program).toBe('fitplot');
    expect(args[0]).toBe('fit');
    const parsed = parseFitArgs(args.slice(1));
    expect(parsed.file).toBe('my data.csv');
    const { fileName: _file, split, ...fitted } = spec;
    expect(parsed.split).toEqual(split);
    expect(parsed.spec).toEqual(fitted);
    // batchSize is not an option of stochastic descent: neither the spec nor the command carries it.
    expect(spec).not.toHaveProperty('batchSize');
  });
});
