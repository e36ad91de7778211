/** Every benchmark row, in the order the table prints them. */
import type { BenchCase } from './benchCase';
import { leastSquaresCase, logisticDescentCase } from './modelCases';
import { baselineCase, bytesReadCase, papaTokeniseCase } from './readCases';

export const BENCH_CASES: readonly BenchCase[] = [bytesReadCase, papaTokeniseCase, baselineCase, leastSquaresCase, logisticDescentCase];
