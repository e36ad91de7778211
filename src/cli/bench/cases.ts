/** Every benchmark row, in the order the table prints them. */
import type { BenchCase } from './benchCase';
import {
  barCase,
  loadCase,
  loadDescribeCase,
  loadDescribeFloat32Case,
  loadDescribeTwoWorkersCase,
  scatterDensityCase,
} from './engineCases';
import { leastSquaresCase, logisticDescentCase, mlpMinibatchCase } from './modelCases';
import { fitAppCase, fitCliCase } from './appFitCases';
import { appLoadDescribeCase } from './appLoadCases';
import { baselineCase, bytesReadCase, papaTokeniseCase } from './readCases';

export const BENCH_CASES: readonly BenchCase[] = [
  bytesReadCase,
  papaTokeniseCase,
  baselineCase,
  loadCase,
  loadDescribeCase,
  loadDescribeFloat32Case,
  loadDescribeTwoWorkersCase,
  appLoadDescribeCase,
  barCase,
  scatterDensityCase,
  leastSquaresCase,
  logisticDescentCase,
  mlpMinibatchCase,
  fitCliCase,
  fitAppCase,
];
