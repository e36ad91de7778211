/**
 * JSON written piece by piece, exactly as JSON.stringify(value, null, 2) would write it, without
 * ever holding the whole text: a wide file's description (thousands of columns, a correlation
 * matrix of millions of pairs) is larger than a JavaScript string may be ("Invalid string
 * length"). Pieces are gathered into ~64 KiB writes.
 */
const FLUSH_CHARS = 64 * 1024;

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json | undefined };

/** What JSON.stringify makes of a value before writing it: toJSON applied, non-finite numbers null. */
function normalise(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function')
    return (value as { toJSON: () => unknown }).toJSON();
  return value;
}

function* pieces(value: unknown, indent: string): Generator<string> {
  const v = normalise(value);
  if (v === null || typeof v !== 'object') {
    yield JSON.stringify(v) ?? 'null';
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.length === 0) {
      yield '[]';
      return;
    }
    yield '[\n';
    for (let i = 0; i < v.length; i++) {
      yield inner;
      const item = normalise(v[i]);
      yield* item === undefined || typeof item === 'function' || typeof item === 'symbol' ? ['null'] : pieces(item, inner);
      yield i < v.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}]`;
    return;
  }
  const entries = Object.entries(v as Record<string, unknown>).filter(([, item]) => {
    const n = normalise(item);
    return n !== undefined && typeof n !== 'function' && typeof n !== 'symbol';
  });
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [key, item] = entries[i] as [string, unknown];
    yield `${inner}${JSON.stringify(key)}: `;
    yield* pieces(item, inner);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}}`;
}

/** Writes `value` as indented JSON plus a line break through `write`, in pieces of about 64 KiB. */
export function writeJson(value: Json | object, write: (text: string) => void): void {
  let buffer: string[] = [];
  let size = 0;
  for (const piece of pieces(value, '')) {
    buffer.push(piece);
    size += piece.length;
    if (size >= FLUSH_CHARS) {
      write(buffer.join(''));
      buffer = [];
      size = 0;
    }
  }
  buffer.push('\n');
  write(buffer.join(''));
}
