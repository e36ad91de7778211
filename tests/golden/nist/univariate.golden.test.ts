/**
 * `describe` against NIST's nine StRD univariate datasets: mean, standard deviation (n − 1) and
 * lag-1 autocorrelation to at least 8 digits (LRE ≥ 8). That is as far as double precision goes on
 * NumAcc4: its values 10000000.1/.2/.3 are stored with absolute errors near 10⁻⁹, about 10⁻⁸ of
 * their spread of 0.1, which leaves its standard deviation with about 8 correct digits whatever
 * the algorithm. The LRE table is printed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { makeTable, numberColumn } from '../../../src/table/build';
import { describeTable } from '../../../src/stats/describeTable';
import { lre, lreTable, univariateDatasets } from './nistFixtures';

const rows: (string | number)[][] = [];
const MIN_LRE = 8;

describe('NIST StRD univariate statistics through describeTable', () => {
  for (const d of univariateDatasets()) {
    it(`${d.name}: mean, std and lag-1 autocorrelation`, () => {
      const c = describeTable(makeTable([numberColumn('y', d.data.map(Number))])).columns[0]!;
      expect(c.count).toBe(d.data.length);
      const s = {
        mean: lre(c.mean!, d.certified.mean),
        std: lre(c.std!, d.certified.standardDeviation),
        autocorrelation: lre(c.autocorrelation!, d.certified.autocorrelation),
      };
      rows.push([d.name, s.mean, s.std, s.autocorrelation]);
      const atLeast = expect.toSatisfy((v: number) => v >= MIN_LRE, `LRE ≥ ${MIN_LRE}`);
      expect(s).toEqual({ mean: atLeast, std: atLeast, autocorrelation: atLeast });
    });
  }
  afterAll(() => console.log(lreTable('LRE of describe (digits in agreement with NIST)', ['dataset', 'mean', 'std', 'lag-1 r'], rows)));
});
