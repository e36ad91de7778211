/**
 * The worker_threads entry of the CLI's `--workers 2` (bundled as dist/nodeWorker.cjs). For a split
 * load (src/cli/splitLoad.ts) it runs the fast pass over its part of the file and posts the
 * partial column states back, their arrays transferred or shared (not copied); it posts
 * `undefined` when the part needs the general path. Started with `{ kind: 'describe' }` it serves
 * the second thread of a describe instead (./nodeDescribe.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fileRange } from '../node/fileRange';
import { registerNodeDecoders } from '../node/nodeDecoders';
import { partialPass } from '../io/fast/partialPass';
import { partialBuffers } from '../io/partialColumn';
import type { DescribeJob, PartJob, PartMessage } from '../protocol/protocol';
import { serveDescribe } from './nodeDescribe';

async function run(job: PartJob): Promise<void> {
  const port = parentPort;
  if (port === null) return;
  registerNodeDecoders();
  // The first part carries the header; a later part reads the header from the file's start and its records from its range.
  const source = job.start === 0 ? fileRange(job.path, 0, job.end) : fileRange(job.path, 0, job.size);
  const body = job.start === 0 ? undefined : fileRange(job.path, job.start, job.end);
  try {
    // Only the first part's arrays can become the table's (the merge appends to them); a later
    // part's are copied and then freed, which a shared buffer cannot be on demand.
    const options = body === undefined ? job.options : { ...job.options, sharedMemory: false };
    const result = await partialPass(source, options, body, body === undefined ? job.size : body.size, (bytesRead, records) =>
      port.postMessage({ type: 'progress', bytesRead, records } satisfies PartMessage),
    );
    const transfer = result === undefined ? [] : result.columns.flatMap(partialBuffers);
    port.postMessage({ type: 'done', result } satisfies PartMessage, transfer);
  } catch (error) {
    port.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies PartMessage);
  }
}

const job = workerData as PartJob | DescribeJob;
if (job.kind === 'describe') {
  if (parentPort !== null) serveDescribe(parentPort);
} else void run(job);
