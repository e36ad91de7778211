/**
 * The Statistics view's charts, built on the UI thread from the description the worker returned:
 * they are small (a histogram of ≤ 60 bins per card, a heatmap of ≤ 40 columns), so a worker round
 * trip per card would cost more than it saves. The builders are the engine's (src/charts).
 */
export { columnCardHistogram, correlationHeatmap } from '../../src/charts';
