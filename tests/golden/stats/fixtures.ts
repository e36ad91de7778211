/** Typed access to stats_fixtures.json (made by generate_stats.py from numpy/scipy). */
import { readFileSync } from 'node:fs';
import { numberColumn } from '../../../src/table/build';
import type { NumberColumn } from '../../../src/table/types';

export interface TestValue {
  statistic: number;
  pValue: number;
}

export interface ColumnGolden {
  exact: {
    count: number;
    mean: number;
    sum: number;
    populationVariance: number;
    variance: number | null;
    skewness: number | null;
    kurtosis: number | null;
  };
  numpy: {
    mean: number;
    sum: number;
    min: number;
    max: number;
    variance: number | null;
    populationVariance: number;
    quantiles: Record<string, number>;
  };
  scipy: {
    skewness?: number;
    kurtosis?: number;
    skewnessCorrected?: number | null;
    kurtosisCorrected?: number | null;
    jarqueBera?: TestValue;
    dagostino?: TestValue | null;
  };
  histograms: { edges: number[]; counts: number[] }[];
  fdBins?: number;
  sturgesBins?: number;
}

export interface Dataset {
  columns: Record<string, (number | null)[]>;
  golden: Record<string, ColumnGolden>;
  correlation: {
    columns: string[];
    pearson: (number | null)[][];
    pearsonExact: (number | null)[][];
    spearman: (number | null)[][];
    n: number[][];
  };
}

export interface Fixtures {
  versions: Record<string, string>;
  quantileProbabilities: number[];
  datasets: Record<string, Dataset>;
}

export const fixtures = JSON.parse(readFileSync(new URL('./stats_fixtures.json', import.meta.url), 'utf8')) as Fixtures;

export function columnsOf(dataset: Dataset): NumberColumn[] {
  return Object.entries(dataset.columns).map(([name, values]) => numberColumn(name, values));
}
