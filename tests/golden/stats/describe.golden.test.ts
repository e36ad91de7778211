/**
 * describeTable end to end on the golden datasets: the JSON-ready output carries the same numbers
 * as numpy/scipy (tolerances as in stats.golden.test.ts; the 1e9-offset dataset compares scipy's
 * skewness family loosely and the exact values tightly).
 */
import { describe, expect, it } from 'vitest';
import { describeTable } from '../../../src/stats/describeTable';
import { histogram } from '../../../src/stats/histogram';
import { makeTable } from '../../../src/table/build';
import { expectClose } from '../../helpers/expectClose';
import { columnsOf, fixtures } from './fixtures';

for (const [datasetName, dataset] of Object.entries(fixtures.datasets)) {
  describe(`describeTable on ${datasetName}`, () => {
    const columns = columnsOf(dataset);
    const d = describeTable(makeTable(columns), { spearman: true });
    const scipyRtol = datasetName === 'offset' ? 1e-2 : 1e-10;

    it('per column: counts, moments, quantiles, normality, histogram', () => {
      for (const c of d.columns) {
        const g = dataset.golden[c.name];
        if (g === undefined) throw new Error(`no golden for ${c.name}`);
        expect(c.count).toBe(g.exact.count);
        expect(c.count + c.missing + c.nan + c.infinite).toBe(d.rows);
        expectClose(c.mean, g.exact.mean, { rtol: 1e-12 }, `${c.name} mean`);
        expectClose(c.variance, g.exact.variance, { rtol: 1e-10, atol: 1e-14 }, `${c.name} variance`);
        expectClose(c.skewness, g.exact.skewness, { rtol: 1e-10, atol: 1e-14 }, `${c.name} skewness`);
        expect(c.min).toBe(g.numpy.min);
        expect(c.max).toBe(g.numpy.max);
        expect(c.quantiles).toEqual(g.numpy.quantiles); // bit for bit: same lerp, exact order statistics
        expect(c.iqr).toBe((g.numpy.quantiles['0.75'] as number) - (g.numpy.quantiles['0.25'] as number));
        if (g.scipy.jarqueBera !== undefined)
          expectClose(c.normal?.jarqueBera?.statistic, g.scipy.jarqueBera.statistic, { rtol: scipyRtol }, `${c.name} JB`);
        if (g.scipy.dagostino !== undefined && g.scipy.dagostino !== null)
          expectClose(c.normal?.dagostino?.statistic, g.scipy.dagostino.statistic, { rtol: scipyRtol }, `${c.name} K2`);
        const h = c.histogram;
        expect(h).not.toBeNull();
        expect((h?.edges[0] as number) <= (c.min as number) && (h?.edges.at(-1) as number) >= (c.max as number)).toBe(true);
        expect(h?.counts.reduce((a, b) => a + b, 0)).toBe(c.count);
        // Same counts as the standalone helper given these edges (which numpy agrees with, see stats.golden.test.ts).
        const column = columns.find((x) => x.name === c.name);
        expect(histogram(column?.values ?? [], column?.missing, { edges: h?.edges ?? [] }).counts).toEqual(h?.counts);
      }
    });

    it('correlation block: pairwise n, Pearson (exact) and Spearman (scipy)', () => {
      expect(d.correlation.columns).toEqual(dataset.correlation.columns);
      expect(d.correlation.n).toEqual(dataset.correlation.n);
      d.correlation.columns.forEach((name, j) => {
        expectClose(
          d.correlation.pearson[j] as number[],
          dataset.correlation.pearsonExact[j] as number[],
          { rtol: 1e-12, atol: 1e-14 },
          `pearson ${name}`,
        );
        expectClose(
          d.correlation.spearman?.[j] as number[],
          dataset.correlation.spearman[j] as number[],
          { rtol: 1e-12, atol: 1e-13 },
          `spearman ${name}`,
        );
      });
    });
  });
}
