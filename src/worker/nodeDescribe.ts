/**
 * The describe half of a two-thread `fitplot describe --workers 2` (src/cli/parallelDescribe.ts),
 * run in a worker_threads worker: the main thread sends number columns whose arrays live in
 * SharedArrayBuffers (LoadOptions.sharedMemory), so nothing is copied, and asks for the
 * correlation pass over a row range or for some columns' descriptions. Replies are small.
 */
import type { MessagePort } from 'node:worker_threads';
import type { DescribeReply, DescribeRequest } from '../protocol/protocol';
import { describeNumberColumn } from '../stats/describeColumn';
import { describeCorrelation } from '../stats/describeTable';

function answer(request: DescribeRequest): DescribeReply {
  if (request.type === 'correlation')
    return { type: 'correlation', acc: describeCorrelation(request.columns, request.shifts, request.start, request.end) };
  const rows = request.columns[0]?.length ?? 0;
  const scratch = { finite: new Float64Array(rows) };
  return {
    type: 'columns',
    descriptions: request.columns.map((c, i) => describeNumberColumn(c, request.options, scratch, request.extents[i] ?? null)),
  };
}

/** Answers each request on `port` until the worker is terminated. */
export function serveDescribe(port: MessagePort): void {
  port.on('message', (request: DescribeRequest) => {
    try {
      port.postMessage(answer(request) satisfies DescribeReply);
    } catch (error) {
      port.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies DescribeReply);
    }
  });
}
