/** The chart look applied on the renderer's side: value-axis tick formatters are functions, which the worker cannot send. */
export { withNumberFormat } from '../../src/charts/numberFormat';
export type { NumberFormat } from '../../src/charts/numberFormat';
