/** Header names: trimmed, empty ones filled (`column_3`), duplicates made unique (`temp`, `temp_2`). */
import type { LoadWarning } from './types';
import { loadWarning } from './loadMessages';

export interface Headers {
  readonly names: string[];
  readonly warnings: LoadWarning[];
}

export function defaultName(index: number): string {
  return `column_${index + 1}`;
}

export function makeHeaders(fields: readonly string[], line: number): Headers {
  const warnings: LoadWarning[] = [];
  const trimmed = fields.map((f) => f.trim());
  const taken = new Set(trimmed.filter((name) => name !== ''));
  const seen = new Set<string>();
  const empty: number[] = [];
  const renamed: string[] = [];
  const names = trimmed.map((name, i) => {
    if (name === '') {
      empty.push(i + 1);
      let filled = defaultName(i);
      for (let k = 2; taken.has(filled); k++) filled = `${defaultName(i)}_${k}`;
      taken.add(filled);
      seen.add(filled);
      return filled;
    }
    if (!seen.has(name)) {
      seen.add(name);
      return name;
    }
    let unique = `${name}_2`;
    for (let k = 3; taken.has(unique); k++) unique = `${name}_${k}`;
    taken.add(unique);
    seen.add(unique);
    renamed.push(`"${name}" → "${unique}"`);
    return unique;
  });
  if (empty.length > 0) {
    const names = empty.map((p) => defaultName(p - 1));
    warnings.push(
      loadWarning(
        'EMPTY_HEADER',
        'load.emptyHeader',
        { line, count: empty.length, positions: empty, names },
        { count: empty.length, lines: [line] },
      ),
    );
  }
  if (renamed.length > 0) {
    warnings.push(loadWarning('DUPLICATE_HEADER', 'load.duplicateHeader', { line, renamed }, { count: renamed.length, lines: [line] }));
  }
  return { names, warnings };
}
