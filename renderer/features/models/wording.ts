/**
 * Words the engine's model messages (a key and parameters, src/table/messages.ts) in the UI's
 * language: the wording lives in the locales under `models.msg.<key>`. A key without wording falls
 * back to the engine's English text, so nothing is ever shown blank.
 */
import type { TFunction } from 'i18next';
import type { Message, MessageParams } from '../../../src/table/messages';
import type { Verdict } from '../../../src/models/diagnosis';

function plainParams(params: MessageParams | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) out[name] = Array.isArray(value) ? value.join(', ') : (value as string | number);
  return out;
}

export function hasWording(t: TFunction, key: string): boolean {
  const path = `models.msg.${key}`;
  return t(path, { defaultValue: '' }) !== '';
}

export function wordMessage(t: TFunction, message: Message, fallback?: string): string {
  const path = `models.msg.${message.key}`;
  const worded = t(path, { ...plainParams(message.params), defaultValue: '' });
  return worded !== '' ? worded : (fallback ?? message.key);
}

/** A verdict as the engine keys it ('good fit' → model.verdict.goodFit, as src/models/messageKeys.ts). */
export function verdictMessage(verdict: Verdict): Message {
  return { key: `model.verdict.${verdict.replace(/ (\w)/g, (_, c: string) => c.toUpperCase())}` };
}
