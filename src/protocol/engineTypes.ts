/** Engine types the renderer uses, re-exported so it imports types from the protocol only. */
export type { ColumnSlice, FilterOp, FilterSpec, MiniHistogram, RowsResult, SortSpec } from '../table/query/types';
export type { GroupDescription, GroupedDescription } from '../stats/groups';
export type { WorkbookInfo } from '../io/types';
export type { ModelChartLook } from '../charts/modelChartBase';
export type { TrainingRun } from '../charts/trainingCurves';
export type { ThemeName } from '../charts/settings';
export type { ChartSpec, OptionSpec, RoleSpec } from '../charts/spec';
export type { Delimiter, LoadWarning } from '../io/types';
export type { Verdict } from '../models/diagnosis';
export type {
  CoordinateSweepExplanation,
  DescentStepExplanation,
  Explanation,
  GradientId,
  LbfgsStepExplanation,
  NewtonStepExplanation,
  NormalEquationsExplanation,
  ObjectiveId,
  SolverStepExplanation,
  UpdateId,
} from '../models/explain/types';
export type { CoefficientInference } from '../models/inference';
export type { CurvePoints } from '../models/metrics/classification';
export type { ModelJSON } from '../models/modelJson';
export type { FitReport, FitSpec, SplitRequest } from '../models/pipeline';
export type { MetricsReport } from '../models/report';
export type { ClassificationReport } from '../models/report';
export type { ColumnDescription, TableDescription } from '../stats/descriptionSchema';
export type { ModelOptionValues } from '../models/specs';
export type { ErrorCode, ErrorInfo } from '../table/errors';
export type { Message, MessageParam, MessageParams } from '../table/messages';
export type { ColumnType } from '../table/types';
