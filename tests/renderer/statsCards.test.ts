/** The statistics cards show what the engine computes: invalid apart from missing, kurtosis, normality tests, time gaps. */
import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { initI18n } from '../../renderer/app/i18n';
import { cardRows, duration, num, pValue } from '../../renderer/features/stats/cardRows';
import { describeToTsv } from '../../renderer/features/stats/describeTsv';
import { describeTable } from '../../src/stats/describeTable';
import type { TableDescription } from '../../src/stats/descriptionSchema';
import { GAP_MS, loadSensorLog } from './sensorLog';

let description: TableDescription;
beforeAll(async () => {
  initI18n('en');
  description = describeTable((await loadSensorLog()).table);
});

const rowsOf = (name: string) =>
  Object.fromEntries(
    cardRows(
      i18next.t,
      description.columns.find((c) => c.name === name)!,
    ),
  );

describe('statistics card rows', () => {
  it('tiny values in scientific notation (a skewness of 1.8e-17 fits the card), others with 5 significant digits', () => {
    expect(num(1.8308e-17)).toMatch(/^1\.8308E-17$/);
    expect(num(-0.00003)).toMatch(/^-3E-5$/);
    expect(num(0)).toBe('0');
    expect(num(0.12345678)).toBe('0.12346');
  });

  it('count invalid cells apart from empty ones', () => {
    const temp = rowsOf('temp');
    expect(temp['Count']).toBe('1,395');
    expect(temp['Missing']).toBe('3');
    expect(temp['Invalid']).toBe('2');
    // The engine's own numbers, as the card formats them.
    const engine = description.columns.find((c) => c.name === 'temp')!;
    expect(temp['Kurtosis (excess)']).toBe(new Intl.NumberFormat(undefined, { maximumSignificantDigits: 5 }).format(engine.kurtosis!));
    expect(temp['Jarque–Bera p']).toBe(pValue(engine.normal!.jarqueBera!.pValue));
    expect(temp['D’Agostino p']).toBe(pValue(engine.normal!.dagostino!.pValue));
  });

  it('give a time column its median interval, span and gaps', () => {
    const time = rowsOf('time');
    expect(time['Median interval']).toBe('1 s');
    expect(time['Gaps']).toBe('1');
    // 1,399 one-second steps plus the hour missing.
    expect(time['Span']).toBe('1 h 23 min');
    const gap = description.columns.find((c) => c.name === 'time')!.datetime!.gaps[0]!;
    expect(gap.length).toBe(GAP_MS + 1000);
  });

  it('word durations and p-values as reports do, in Korean too', async () => {
    expect(duration(i18next.t, 250)).toBe('250 ms');
    expect(duration(i18next.t, 1500)).toBe('1.5 s');
    expect(duration(i18next.t, 2 * 86_400_000 + 5 * 3_600_000 + 7000)).toBe('2 d 5 h');
    expect(pValue(0.0004)).toBe('< 0.001');
    expect(pValue(0.04567)).toBe('0.046');
    await i18next.changeLanguage('ko');
    expect(duration(i18next.t, 3_660_000)).toBe('1시간 1분');
    await i18next.changeLanguage('en');
  });

  it('copy invalid, kurtosis and gaps into the table too', () => {
    const [header, ...lines] = describeToTsv(description).split('\n');
    const columns = header!.split('\t');
    const temp = lines.find((l) => l.startsWith('temp\t'))!.split('\t');
    expect(temp[columns.indexOf('missing')]).toBe('3');
    expect(temp[columns.indexOf('invalid')]).toBe('2');
    const time = lines.find((l) => l.startsWith('time\t'))!.split('\t');
    expect(time[columns.indexOf('median_interval_ms')]).toBe('1000');
    expect(time[columns.indexOf('gaps')]).toBe('1');
  });
});
