/**
 * The app's memory budget per table, in MiB, unless the user sets another in the import view. A
 * browser tab or an Electron renderer holds a few GB at most before it is killed with no message;
 * a file whose table is estimated above the budget is refused up front (TOO_LARGE, naming the
 * estimate, the budget and what helps), which is better than a crash half-way through.
 */
export const DEFAULT_MEMORY_BUDGET_MB = 4096;
