/**
 * Binds the invoke channels of electron/shared/bridge.ts to handlers. Each call is checked
 * twice before a handler runs: the sender must be the top frame of a page on the app origin
 * (never a subframe, devtools or a page that navigated elsewhere), and the payload must pass
 * the channel's validator. Channels not in INVOKE_CHANNELS are never registered.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { InvokeChannel, InvokeMap } from '../../shared/bridge';
import { INVOKE_CHANNELS } from '../../shared/bridge';
import { isAppUrl } from '../security';
import {
  validateDropClaim,
  validateDropProof,
  validateImagePayload,
  validateNoPayload,
  validatePreferences,
  validateRecentPayload,
  validateSamplePayload,
  validateSavePayload,
} from './validators';

export type Handlers = {
  [C in InvokeChannel]: (payload: InvokeMap[C]['payload']) => Promise<InvokeMap[C]['result']> | InvokeMap[C]['result'];
};

type Validators = { [C in InvokeChannel]: (value: unknown) => InvokeMap[C]['payload'] };

export const VALIDATORS: Validators = {
  'fitplot:file.pick': validateNoPayload,
  'fitplot:file.save': validateSavePayload,
  'fitplot:recent.list': validateNoPayload,
  'fitplot:recent.open': validateRecentPayload,
  'fitplot:drop.challenge': validateDropClaim,
  'fitplot:drop.prove': validateDropProof,
  'fitplot:sample.list': validateNoPayload,
  'fitplot:sample.open': validateSamplePayload,
  'fitplot:clipboard.writeImage': validateImagePayload,
  'fitplot:prefs.apply': validatePreferences,
};

export class UntrustedSenderError extends Error {
  override readonly name = 'UntrustedSenderError';
}

/** The sender must be the top-level frame of a page served by the app itself. */
export function assertTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): void {
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null || !isAppUrl(frame.url)) {
    throw new UntrustedSenderError(`Rejected IPC from an untrusted frame (${frame?.url ?? 'gone'})`);
  }
}

function bind<C extends InvokeChannel>(ipcMain: Pick<IpcMain, 'handle'>, channel: C, handlers: Handlers): void {
  const validate = VALIDATORS[channel];
  const handle = handlers[channel];
  ipcMain.handle(channel, async (event, payload: unknown) => {
    assertTrustedSender(event);
    return handle(validate(payload));
  });
}

export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, handlers: Handlers): void {
  for (const channel of Object.values(INVOKE_CHANNELS)) bind(ipcMain, channel, handlers);
}
