/** What every long engine call carries and returns (see protocol.ts for why). */
import type { ErrorInfo } from '../table/errors';

export type RequestId = number;
export type DatasetId = string;

/** Stamped by the client on every request and echoed in the reply. */
export interface RequestMeta {
  readonly requestId: RequestId;
  /** Monotonic per kind of view state (dataset, grid query, chart); stale replies carry an older one. */
  readonly revision: number;
}

export type Reply<T> =
  | { readonly ok: true; readonly requestId: RequestId; readonly revision: number; readonly value: T }
  | { readonly ok: false; readonly requestId: RequestId; readonly revision: number; readonly error: ErrorInfo };
