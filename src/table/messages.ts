/**
 * Messages the user reads — errors, warnings, diagnosis, advice — travel as a key and parameters,
 * never as finished prose: each front end words them (the CLI in English with its flag hints, the
 * app in the UI's language). Keys are dotted and grouped by area (`load.*`, `model.*`, `chart.*`).
 * The engine may still carry an English `message` beside the key as a fallback for logs and for
 * any key a front end has not worded yet; a test per front end checks that every key it can
 * receive has wording.
 */
export type MessageParam = string | number | readonly (string | number)[];
export type MessageParams = Readonly<Record<string, MessageParam>>;

export interface Message {
  readonly key: string;
  readonly params?: MessageParams;
}

/** A message with parameters; parameters left out when there are none, so JSON stays small. */
export function msg(key: string, params?: MessageParams): Message {
  return params && Object.keys(params).length > 0 ? { key, params } : { key };
}
