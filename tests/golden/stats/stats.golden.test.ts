/**
 * src/stats against numpy/scipy (fixtures from generate_stats.py; versions recorded in the JSON).
 * Moments are checked against exact rational arithmetic on the same floats (rtol 1e-10), and
 * against numpy/scipy at rtol 1e-10 — except the 1e9-offset dataset, where numpy's rounded mean
 * shifts scipy's skewness/kurtosis by up to ~1e-3 relative; there scipy is checked at rtol 1e-2
 * and the exact values carry the 1e-10 check. Same for Pearson r (exact at 1e-12; numpy at 1e-12
 * absolute, 1e-9 on the offset data).
 */
import { describe, expect, it } from 'vitest';
import { binCount, histogram } from '../../../src/stats/histogram';
import { momentsOf } from '../../../src/stats/moments';
import { summarizeMoments } from '../../../src/stats/momentSummary';
import { normalFitFromSummary } from '../../../src/stats/normal';
import { pearsonMatrix } from '../../../src/stats/correlation';
import { quantiles, sortedFinite } from '../../../src/stats/quantiles';
import { spearmanMatrix } from '../../../src/stats/spearman';
import { expectClose } from '../../helpers/expectClose';
import { columnsOf, fixtures } from './fixtures';

const RTOL = 1e-10;
const ATOL = 1e-14; // for expected values that are exactly 0 (symmetric data)

describe('golden statistics (numpy/scipy)', () => {
  it('records the generator library versions', () => {
    expect(fixtures.versions.numpy).toMatch(/^\d+\.\d+/);
    expect(fixtures.versions.scipy).toMatch(/^\d+\.\d+/);
  });

  for (const [datasetName, dataset] of Object.entries(fixtures.datasets)) {
    const scipyRtol = datasetName === 'offset' ? 1e-2 : RTOL;
    describe(datasetName, () => {
      for (const column of columnsOf(dataset)) {
        const g = dataset.golden[column.name];
        if (g === undefined) throw new Error(`no golden for ${column.name}`);
        const label = `${datasetName}.${column.name}`;
        const s = summarizeMoments(momentsOf(column.values, column.missing));

        it(`${column.name}: moments equal exact arithmetic`, () => {
          expect(s.count).toBe(g.exact.count);
          expectClose(s.mean, g.exact.mean, { rtol: RTOL }, `${label} mean`);
          expectClose(s.sum, g.exact.sum, { rtol: RTOL }, `${label} sum`);
          expectClose(s.variance, g.exact.variance, { rtol: RTOL, atol: ATOL }, `${label} variance`);
          expectClose(s.populationVariance, g.exact.populationVariance, { rtol: RTOL, atol: ATOL }, `${label} populationVariance`);
          expectClose(s.skewness, g.exact.skewness, { rtol: RTOL, atol: ATOL }, `${label} skewness`);
          expectClose(s.kurtosis, g.exact.kurtosis, { rtol: RTOL, atol: ATOL }, `${label} kurtosis`);
        });

        it(`${column.name}: numpy mean/var/min/max and linear quantiles`, () => {
          expectClose(s.mean, g.numpy.mean, { rtol: RTOL }, `${label} mean`);
          expectClose(s.variance, g.numpy.variance, { rtol: RTOL, atol: ATOL }, `${label} variance`);
          expect(s.min).toBe(g.numpy.min);
          expect(s.max).toBe(g.numpy.max);
          const q = quantiles(column.values, fixtures.quantileProbabilities, column.missing);
          for (const [p, expected] of Object.entries(g.numpy.quantiles)) expectClose(q[p], expected, { rtol: 1e-14 }, `${label} q${p}`);
        });

        it(`${column.name}: scipy skew/kurtosis (both conventions), Jarque–Bera, normaltest`, () => {
          const sc = g.scipy;
          if (sc.skewness === undefined) {
            expect(s.skewness).toBeNull();
            expect(normalFitFromSummary(s).jarqueBera).toBeNull();
            return;
          }
          const tol = { rtol: scipyRtol, atol: ATOL };
          expectClose(s.skewness, sc.skewness, tol, `${label} skewness`);
          expectClose(s.kurtosis, sc.kurtosis ?? null, tol, `${label} kurtosis`);
          expectClose(s.skewnessCorrected, sc.skewnessCorrected ?? null, tol, `${label} skewnessCorrected`);
          expectClose(s.kurtosisCorrected, sc.kurtosisCorrected ?? null, tol, `${label} kurtosisCorrected`);
          const fit = normalFitFromSummary(s);
          expectClose(fit.jarqueBera?.statistic, sc.jarqueBera?.statistic ?? null, tol, `${label} JB`);
          expectClose(fit.jarqueBera?.pValue, sc.jarqueBera?.pValue ?? null, { ...tol, atol: 1e-15 }, `${label} JB p`);
          if (sc.dagostino === null || sc.dagostino === undefined) expect(fit.dagostino).toBeNull();
          else {
            expectClose(fit.dagostino?.statistic, sc.dagostino.statistic, tol, `${label} K2`);
            expectClose(fit.dagostino?.pValue, sc.dagostino.pValue, { ...tol, atol: 1e-15 }, `${label} K2 p`);
          }
        });

        it(`${column.name}: histogram counts equal numpy.histogram for the same edges`, () => {
          for (const h of g.histograms) {
            expect(histogram(column.values, column.missing, { edges: h.edges }).counts, `${label} edges ${h.edges.length}`).toEqual(
              h.counts,
            );
          }
        });

        if (g.fdBins !== undefined && g.sturgesBins !== undefined) {
          it(`${column.name}: bin count rule is numpy's FD (Sturges below, clamped)`, () => {
            const sorted = sortedFinite(column.values, column.missing);
            const q = quantiles(sorted, [0.25, 0.75]);
            const k = binCount(
              sorted.length,
              sorted[0] as number,
              sorted[sorted.length - 1] as number,
              (q['0.75'] as number) - (q['0.25'] as number),
            );
            expect(k).toBe(Math.max(Math.min(10, g.sturgesBins as number), Math.min(200, g.fdBins as number)));
          });
        }
      }

      it('pairwise-complete Pearson and Spearman', () => {
        const columns = columnsOf(dataset);
        const pearson = pearsonMatrix(columns);
        const spearman = spearmanMatrix(columns);
        const c = dataset.correlation;
        expect(pearson.n).toEqual(c.n);
        expect(spearman.n).toEqual(c.n);
        c.columns.forEach((name, j) => {
          // numpy.corrcoef carries its rounded means' error (up to ~1e-10 absolute on the offset
          // data, where column c spreads over 1e-3 at magnitude 3e8); the exact value is the
          // tight reference.
          expectClose(
            pearson.pearson[j] as (number | null)[] as number[],
            c.pearsonExact[j] as number[],
            { rtol: 1e-12, atol: 1e-14 },
            `exact pearson ${name}`,
          );
          expectClose(
            pearson.pearson[j] as (number | null)[] as number[],
            c.pearson[j] as number[],
            { rtol: 0, atol: datasetName === 'offset' ? 1e-9 : 1e-12 },
            `numpy pearson ${name}`,
          );
          expectClose(
            spearman.pearson[j] as (number | null)[] as number[],
            c.spearman[j] as number[],
            { rtol: 1e-12, atol: 1e-13 },
            `spearman ${name}`,
          );
        });
      });
    });
  }
});
