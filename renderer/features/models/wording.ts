/**
 * Words the engine's model messages (a key and parameters, src/table/messages.ts) in the UI's
 * language: the wording lives in the locales under `models.msg.<key>`. Parameters are made
 * readable first: numbers rounded, lists joined, option names replaced by their labels in the
 * form, and a range / percentage derived where the wording needs one. A key without wording
 * falls back to the engine's English text, so nothing is ever shown blank.
 */
import type { TFunction } from 'i18next';
import type { Message, MessageParam, MessageParams, Verdict } from '../../../src/protocol/protocol';
import { fmt } from './format';

/** Parameters that hold option names (MODEL_SPECS), shown as the form's labels. */
const OPTION_PARAMS = new Set(['option', 'other', 'requires', 'options']);

function readable(t: TFunction, name: string, value: MessageParam): string {
  const one = (v: string | number): string => {
    if (OPTION_PARAMS.has(name)) return t(`models.option.${String(v)}`, { defaultValue: String(v) });
    if (name === 'metric') return t(`models.metricName.${String(v)}`, { defaultValue: String(v) });
    return typeof v === 'number' && !Number.isInteger(v) ? fmt(v) : String(v);
  };
  if (Array.isArray(value)) return value.length === 0 ? t('models.none') : value.map(one).join(', ');
  return one(value as string | number);
}

export function wordingParams(t: TFunction, params: MessageParams | undefined): Record<string, string> {
  const p = params ?? {};
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(p)) out[name] = readable(t, name, value);
  if (p.minRule !== undefined || p.maxRule !== undefined) {
    out.range = [
      p.min !== undefined && `${String(p.minRule)} ${readable(t, 'min', p.min)}`,
      p.max !== undefined && `${String(p.maxRule)} ${readable(t, 'max', p.max)}`,
    ]
      .filter(Boolean)
      .join(', ');
  }
  if (typeof p.fraction === 'number') out.percent = fmt(100 * p.fraction);
  return out;
}

export function wordMessage(t: TFunction, message: Message, fallback?: string): string {
  const worded = t(`models.msg.${message.key}`, { ...wordingParams(t, message.params), defaultValue: '' });
  return worded !== '' ? worded : (fallback ?? message.key);
}

/** A verdict as the engine keys it ('good fit' → model.verdict.goodFit, as src/models/messageKeys.ts). */
export function verdictMessage(verdict: Verdict): Message {
  return { key: `model.verdict.${verdict.replace(/ (\w)/g, (_, c: string) => c.toUpperCase())}` };
}
