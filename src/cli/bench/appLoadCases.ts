/**
 * The app's load + describe against the CLI's (`load-describe`), on the same file: `app-load-describe`
 * times what the Import and Statistics views ask of the engine worker — engineService().open over
 * the file as a Blob (what a browser File is; Node's `fs.openAsBlob` here), with a progress
 * listener so the running statistics are computed as in the app, then engineService().describe.
 * The report gives its time as a ratio of load-describe's (issue #13 §6 asks ≤ 1.3×).
 */
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import type { BenchCase } from './benchCase';
import { registerNodeDecoders } from '../../node/nodeDecoders';
import { engineService } from '../../worker/engineService';
import type { ProgressEvent } from '../../protocol/protocol';

export const appLoadDescribeCase: BenchCase = {
  id: 'app-load-describe',
  label: "app's load + describe (worker path over a Blob)",
  group: 'load',
  comparedWith: 'load-describe',
  async prepare({ csvPath }) {
    registerNodeDecoders();
    return async () => {
      const service = engineService();
      let partials = 0;
      const onProgress = (event: ProgressEvent): void => {
        if (event.partial) partials++;
      };
      const blob = await openAsBlob(csvPath);
      const opened = await service.open({ requestId: 1, revision: 0 }, { name: basename(csvPath), blob }, {}, onProgress);
      if (!opened.ok) throw new Error(opened.error.message);
      const described = await service.describe({ requestId: 2, revision: 0 }, opened.value.datasetId);
      if (!described.ok) throw new Error(described.error.message);
      if (partials === 0 && opened.value.elapsedMs > 1000) throw new Error('the load reported no running statistics');
      return { rows: described.value.rows };
    };
  },
};
