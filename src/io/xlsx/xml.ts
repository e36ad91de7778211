/**
 * The little XML the workbook parts need, read with indexOf over strings (no DOM in a worker, and a
 * tree of a sheet would not fit in memory): attribute values, text with entities, and Excel's
 * `_xHHHH_` escapes for characters XML cannot hold.
 */

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text with its entities (`&amp;`, `&#10;`, `&#x20AC;`) and Excel's `_x000D_` escapes decoded. */
export function xmlText(raw: string): string {
  let text = raw;
  if (text.indexOf('&') !== -1) {
    text = text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
      if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name] ?? whole;
    });
  }
  if (text.indexOf('_x') !== -1) text = text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return text;
}

/** The value of attribute `name` in the tag text `tag` (`<c r="A1" t="s">`), decoded; undefined when absent. */
export function attribute(tag: string, name: string): string | undefined {
  const needle = ` ${name}="`;
  let at = tag.indexOf(needle);
  let quote = '"';
  if (at === -1) {
    at = tag.indexOf(` ${name}='`);
    quote = "'";
    if (at === -1) return undefined;
  }
  const start = at + needle.length;
  const end = tag.indexOf(quote, start);
  return end === -1 ? undefined : xmlText(tag.slice(start, end));
}

/** Every start tag `<name …>` or `<name …/>` in `xml`, as its text. */
export function startTags(xml: string, name: string): string[] {
  const tags: string[] = [];
  const open = `<${name}`;
  for (let at = xml.indexOf(open); at !== -1; at = xml.indexOf(open, at + 1)) {
    const next = xml.charCodeAt(at + open.length);
    // `<c` must not match `<col`: the name ends at a space, `>` or `/`.
    if (next !== 0x20 && next !== 0x3e && next !== 0x2f && next !== 0x0a && next !== 0x0d && next !== 0x09) continue;
    const end = xml.indexOf('>', at);
    if (end === -1) break;
    tags.push(xml.slice(at, end + 1));
  }
  return tags;
}

/**
 * The text of a string item (`<si>` of the shared strings, `<is>` of an inline string): its `<t>`
 * runs joined, without phonetic guides (`<rPh>`, the readings Japanese Excel adds).
 */
export function runText(xml: string, from = 0, to = xml.length): string {
  let text = '';
  let at = from;
  for (;;) {
    const phonetic = xml.indexOf('<rPh', at);
    let t = xml.indexOf('<t', at);
    if (t === -1 || t >= to) return text;
    if (phonetic !== -1 && phonetic < t) {
      const close = xml.indexOf('</rPh>', phonetic);
      at = close === -1 ? to : close + 6;
      continue;
    }
    const next = xml.charCodeAt(t + 2);
    if (next !== 0x3e && next !== 0x20) {
      at = t + 2;
      continue;
    }
    const tagEnd = xml.indexOf('>', t);
    if (xml.charCodeAt(tagEnd - 1) === 0x2f) {
      at = tagEnd + 1;
      continue;
    }
    const close = xml.indexOf('</t>', tagEnd);
    t = close === -1 ? to : close;
    text += xmlText(xml.slice(tagEnd + 1, t));
    at = t + 4;
  }
}

/** 0-based column of a cell reference (`A1` → 0, `AB12` → 27); -1 when it has no letters. */
export function columnOf(ref: string): number {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 0x41 || c > 0x5a) break;
    column = column * 26 + (c - 0x40);
  }
  return i === 0 ? -1 : column - 1;
}

/** The row number of a cell reference (`AB12` → 12); NaN when it has none. */
export function rowOf(ref: string): number {
  const digits = ref.replace(/^[A-Z]+/, '');
  return digits === '' ? Number.NaN : Number(digits);
}
