/** Starting and stopping fits: the only place the model view talks to the engine about a fit. */
import type { FitSpec } from '../../../src/protocol/protocol';
import { engine } from '../../engine/EngineClient';
import { actModels } from './runsStore';

export function startFit(datasetId: string, fileName: string, spec: FitSpec, methodLabelKey: string): string {
  const { runId, result } = engine().fit(datasetId, spec, (event) => actModels('progress', event.runId, event));
  actModels('started', { id: runId, datasetId, fileName, spec, methodLabel: { key: methodLabelKey }, startedAt: performance.now() });
  void result.then((outcome) => {
    if (outcome.kind === 'ok') actModels('finished', runId, outcome.value);
    else if (outcome.kind === 'error') actModels('failed', runId, outcome.error);
  });
  return runId;
}

export function stopFit(runId: string): void {
  engine().stopFit(runId);
}
