/** Per-epoch training curves recorded by every iterative fit (plain arrays: JSON and charts take them as is). */
export interface TrainingCurves {
  /** 1-based epoch (or coordinate-descent sweep / Newton iteration) numbers. */
  readonly epochs: number[];
  /**
   * Mean row loss on the training rows after each epoch, without the penalty so it is comparable
   * with validation: ½·squared error for regression (½·MSE), cross-entropy for classification.
   */
  readonly trainLoss: number[];
  readonly validationLoss: number[];
  /** Name of the main metric: 'r2' for regression, 'accuracy' for classification. */
  readonly metric: string;
  readonly trainMetric: number[];
  readonly validationMetric: number[];
  /** The full training objective (data loss + penalty) after each epoch. */
  readonly objective: number[];
}

export function emptyCurves(metric: string): TrainingCurves {
  return { epochs: [], trainLoss: [], validationLoss: [], metric, trainMetric: [], validationMetric: [], objective: [] };
}
