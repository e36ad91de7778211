/**
 * `fitplot fit logistic` then `fitplot predict` in-process: the model file round trip, atomic
 * output that leaves the input untouched (also through a symbolic link), and what predict could
 * not predict, by column and line.
 */
import { readFileSync, readdirSync, writeFileSync, copyFileSync, existsSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFitCli as run, tempDir } from '../../helpers/fitCli';

const samples = resolve(__dirname, '../../../assets/samples');

describe('fitplot fit logistic + predict', () => {
  it('fits breast_cancer.csv with the text diagnosis column, saves, and predicts to a new CSV atomically', async () => {
    const dir = tempDir();
    const input = join(dir, 'bc.csv');
    copyFileSync(join(samples, 'breast_cancer.csv'), input);
    const before = readFileSync(input);
    const header = before.toString('utf8').split('\n')[0]!;
    const features = header
      .split(',')
      .filter((c) => c !== 'diagnosis' && c !== 'target')
      .slice(0, 10)
      .join(',');
    const r = await run(
      ['fit', 'logistic', input, '--target', 'diagnosis', '--features', features, '--scale', 'standard', '--save', 'model.json', '--json'],
      dir,
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.classes.length).toBe(2);
    expect(j.positiveClass).toBe(j.classes[1]);
    expect(j.metrics.validation.accuracy).toBeGreaterThan(0.9);
    expect(j.metrics.validation.confusion.flat().reduce((a: number, b: number) => a + b, 0)).toBe(j.split.validationRows);
    expect(j.metrics.validation.roc.x[0]).toBe(0);
    const p = await run(['predict', 'model.json', 'bc.csv', '--out', 'out.csv', '--json'], dir);
    expect(p.err).toBe('');
    expect(p.code).toBe(0);
    expect(JSON.parse(p.out)).toMatchObject({ rows: 569, predicted: 569, skipped: 0 });
    expect(readFileSync(input).equals(before)).toBe(true);
    const lines = readFileSync(join(dir, 'out.csv'), 'utf8').trimEnd().split('\n');
    expect(lines.length).toBe(570);
    expect(lines[0]).toContain(`predicted_diagnosis,probability_${j.classes[0]},probability_${j.classes[1]}`);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--save and --python never replace the data file, also through a symbolic link', async () => {
    const dir = tempDir();
    copyFileSync(join(samples, 'diabetes.csv'), join(dir, 'data.csv'));
    symlinkSync(join(dir, 'data.csv'), join(dir, 'link.csv'));
    const before = readFileSync(join(dir, 'data.csv'), 'utf8');
    for (const out of [
      ['--save', 'data.csv'],
      ['--python', 'link.csv'],
    ]) {
      const r = await run(['fit', 'linear', 'data.csv', '--target', 'target', ...out], dir);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(new RegExp(`${out[0]} ${out[1]} is the input file .*an input is never overwritten`));
    }
    expect(readFileSync(join(dir, 'data.csv'), 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['data.csv', 'link.csv']);
  });

  it('predict names a missing feature column and writes nothing', async () => {
    const dir = tempDir();
    expect(
      (await run(['fit', 'linear', join(samples, 'diabetes.csv'), '--target', 'target', '--features', 'bmi,bp', '--save', 'm.json'], dir))
        .code,
    ).toBe(0);
    writeFileSync(join(dir, 'new.csv'), 'bmi,pressure\n30,90\n');
    const r = await run(['predict', 'm.json', 'new.csv', '--out', 'out.csv'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Column 'bp' is not in new.csv/);
    expect(existsSync(join(dir, 'out.csv'))).toBe(false);
  });
});

describe('fitplot predict reports what it could not predict and copies cells exactly (issue 11)', () => {
  const train = [
    'time,line,temp,out',
    ...Array.from(
      { length: 30 },
      (_, i) =>
        `2025-03-0${1 + (i % 5)} 0${i % 10}:00:00,${'ABC'[i % 3]},${(20 + (i % 7) * 0.5).toFixed(3)},${(3 * (20 + (i % 7) * 0.5) + (i % 3) * 2 + (i % 4) * 0.1).toFixed(2)}`,
    ),
  ].join('\n');

  it('unseen levels by column, level and count; text in a number feature by line and value; cells copied as written', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'train.csv'), `${train}\n`);
    expect((await run(['fit', 'linear', 'train.csv', '--target', 'out', '--features', 'line,temp', '--save', 'm.json'], dir)).code).toBe(0);
    // Two text cells among twelve: the loader keeps 'temp' a number column and reports them.
    const more = Array.from({ length: 7 }, (_, i) => `2025-03-04 1${i}:00:00,A,2${i}.25`);
    const rows = [
      '2025-03-03 06:00:00,A,2.460',
      '2025-03-03 07:00:00,D,21.5',
      '2025-03-03 08:00:00,B,n/a?',
      '2025-03-03 09:00:00,D,22',
      '2025-03-03 10:00:00,C,"20,5"',
      ...more,
    ];
    writeFileSync(join(dir, 'new.csv'), `time,line,temp\n${rows.join('\n')}\n`);
    const r = await run(['predict', 'm.json', 'new.csv', '--out', 'out.csv', '--json'], dir);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ rows: 12, predicted: 8, skipped: 4 });
    expect(j.messages).toContainEqual({ key: 'model.predict.unseenLevel', params: { column: 'line', level: 'D', count: 2 } });
    expect(j.messages).toContainEqual({
      key: 'model.predict.invalidCells',
      params: { column: 'temp', count: 2, lines: [4, 6], values: ['n/a?', '20,5'] },
    });
    const out = readFileSync(join(dir, 'out.csv'), 'utf8').trimEnd().split('\n');
    expect(out[0]).toBe('time,line,temp,predicted_out');
    expect(out[1]).toMatch(/^2025-03-03 06:00:00,A,2\.460,-?\d/);
    expect(out[2]).toBe('2025-03-03 07:00:00,D,21.5,');
    expect(out[5]).toBe('2025-03-03 10:00:00,C,"20,5",');
    const text = await run(['predict', 'm.json', 'new.csv', '--out', 'out2.csv'], dir);
    expect(text.out).toMatch(/8 of 12 rows predicted \(4 without a prediction\)/);
    expect(text.out).toMatch(/Column 'line': level 'D' was not in the training data \(2 rows\); those rows have no prediction\./);
    expect(text.out).toMatch(/Column 'temp': 2 cell\(s\) are not numbers, e\.g\. "n\/a\?" \(line 4\), "20,5" \(line 6\)/);
  });
});
