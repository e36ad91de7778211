/** Small dense kernels over Float64Array (docs/architecture.md: linalg imports nothing). */
export type { DenseMatrix } from './matrix';
export { matrix, fromRows, matVec, matTVec, dot } from './matrix';
export type { CrossProducts } from './gram';
export { crossProducts, columnMeans, weightedGramWithIntercept } from './gram';
export { solveUpper, solveLower, solveLowerTransposed, inverseGramDiagonal } from './triangular';
export type { Cholesky } from './cholesky';
export { cholesky, choleskySolve, choleskyInverseDiagonal } from './cholesky';
export type { QRFactorization, QROptions } from './qr';
export { qrDecompose, applyQTranspose, applyQ, upperR } from './qr';
export type { LeastSquaresSolution } from './leastSquares';
export { leastSquaresQR } from './leastSquares';
export { compensatedResiduals, compensatedTransposeProduct } from './compensated';
export { triangularConditionNumber } from './condition';
