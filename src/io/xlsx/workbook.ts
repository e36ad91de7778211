/**
 * A workbook's small parts, read once before a sheet is streamed: the sheet list (workbook.xml and
 * its relationships), the date system, which cell styles are dates (styles.xml) and the shared
 * strings. The zip is read with fflate (bundled; docs/dependencies.md).
 */
import { unzipSync } from 'fflate';
import { loadError } from '../loadMessages';
import { attribute, runText, startTags } from './xml';
import { formatIdKind } from './dates';
import type { DateKind } from './dates';

export interface SheetEntry {
  readonly name: string;
  /** The sheet's part in the zip, e.g. `xl/worksheets/sheet2.xml`. */
  readonly path: string;
}

export interface Workbook {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  /** Date kind of each cell style (`s` attribute of a cell), by index. */
  readonly styleDates: readonly DateKind[];
  readonly sharedStrings: readonly string[];
}

const decoder = new TextDecoder('utf-8');

function decodeOr<T>(bytes: Uint8Array | undefined, fallback: T): string | T {
  return bytes === undefined ? fallback : decoder.decode(bytes);
}

/** `xl/workbook.xml` by default; the package's root relationships say where it is. */
function workbookPath(parts: Record<string, Uint8Array>): string {
  const rels = parts['_rels/.rels'];
  if (rels !== undefined) {
    for (const tag of startTags(decoder.decode(rels), 'Relationship')) {
      const target = attribute(tag, 'Target');
      if (attribute(tag, 'Type')?.endsWith('/officeDocument') === true && target !== undefined) return target.replace(/^\//, '');
    }
  }
  return 'xl/workbook.xml';
}

/** A relationship target relative to the folder of `base` (`worksheets/sheet1.xml` from `xl/workbook.xml`). */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function readSheets(xml: string, rels: string, path: string): SheetEntry[] {
  const targets = new Map<string, string>();
  for (const tag of startTags(rels, 'Relationship')) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    // Chart sheets and dialog sheets have no cells: only worksheets are listed.
    if (id !== undefined && target !== undefined && attribute(tag, 'Type')?.endsWith('/worksheet') === true)
      targets.set(id, resolveTarget(path, target));
  }
  const sheets: SheetEntry[] = [];
  for (const tag of startTags(xml, 'sheet')) {
    const name = attribute(tag, 'name');
    const id = attribute(tag, 'r:id') ?? /\sr\w*:id="([^"]*)"/.exec(tag)?.[1];
    const target = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && target !== undefined) sheets.push({ name, path: target });
  }
  return sheets;
}

function readStyles(xml: string | undefined): DateKind[] {
  if (xml === undefined) return [];
  const custom = new Map<number, string>();
  for (const tag of startTags(xml, 'numFmt')) custom.set(Number(attribute(tag, 'numFmtId')), attribute(tag, 'formatCode') ?? '');
  const start = xml.indexOf('<cellXfs');
  const end = xml.indexOf('</cellXfs>', start);
  if (start === -1 || end === -1) return [];
  return startTags(xml.slice(start, end), 'xf').map((tag) => formatIdKind(Number(attribute(tag, 'numFmtId') ?? 0), custom));
}

function readSharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const strings: string[] = [];
  for (let at = xml.indexOf('<si'); at !== -1;) {
    const open = xml.indexOf('>', at);
    if (xml.charCodeAt(open - 1) === 0x2f) {
      strings.push('');
      at = xml.indexOf('<si', open);
      continue;
    }
    const close = xml.indexOf('</si>', open);
    strings.push(runText(xml, open, close === -1 ? xml.length : close));
    at = close === -1 ? -1 : xml.indexOf('<si', close);
  }
  return strings;
}

/** Reads the workbook's small parts from the whole zip; `file` names it in errors. */
export function readWorkbook(zip: Uint8Array, file: string): Workbook {
  let parts: Record<string, Uint8Array>;
  const wanted = (name: string): boolean =>
    name.endsWith('.rels') ||
    name === 'xl/workbook.xml' ||
    name.endsWith('/workbook.xml') ||
    name.endsWith('styles.xml') ||
    name.endsWith('sharedStrings.xml');
  try {
    parts = unzipSync(zip, { filter: (f) => wanted(f.name) });
  } catch (error) {
    throw loadError('UNREADABLE', 'load.xlsx.damaged', { file, reason: error instanceof Error ? error.message : String(error) }, { file });
  }
  const path = workbookPath(parts);
  const workbookXml = parts[path];
  if (workbookXml === undefined) throw loadError('BINARY_FILE', 'load.xlsx.notWorkbook', { file }, { file });
  const xml = decoder.decode(workbookXml);
  const rels = decodeOr(parts[relsPath(path)], '');
  // The styles and shared strings are where the relationships say (xl/styles.xml by default).
  const text = (type: string, fallback: string): string | undefined => {
    const tag = startTags(rels, 'Relationship').find((t) => attribute(t, 'Type')?.endsWith(`/${type}`) === true);
    const target = tag === undefined ? undefined : attribute(tag, 'Target');
    return decodeOr(parts[resolveTarget(path, target ?? fallback)], undefined);
  };
  const pr = startTags(xml, 'workbookPr')[0];
  const date1904 = pr !== undefined && ['1', 'true'].includes(attribute(pr, 'date1904') ?? '');
  return {
    sheets: readSheets(xml, rels, path),
    date1904,
    styleDates: readStyles(text('styles', 'styles.xml')),
    sharedStrings: readSharedStrings(text('sharedStrings', 'sharedStrings.xml')),
  };
}
