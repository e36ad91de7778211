/**
 * Locates the bundled Korean-capable font (NanumGothic, SIL OFL 1.1, licence beside it in
 * assets/fonts/) for PNG rendering. The search walks up from this module (src/cli/render in
 * development, dist/ in the bundled CLI) and from the working directory to the project root.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { FitplotError } from '../../table/errors';

export const BUNDLED_FONT_FILE = 'NanumGothic.ttf';
export const BUNDLED_FONT_FAMILY = 'NanumGothic';

function* ancestors(start: string): Generator<string> {
  let dir = resolve(start);
  for (;;) {
    yield dir;
    const parent = dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

export function bundledFontPath(cwd = process.cwd()): string {
  const starts = [typeof __dirname === 'string' ? __dirname : undefined, cwd].filter((s): s is string => s !== undefined);
  for (const start of starts) {
    for (const dir of ancestors(start)) {
      const candidate = join(dir, 'assets', 'fonts', BUNDLED_FONT_FILE);
      if (existsSync(candidate)) return candidate;
    }
  }
  throw new FitplotError({
    code: 'INTERNAL',
    message: `The bundled font assets/fonts/${BUNDLED_FONT_FILE} was not found.`,
    hint: 'Run fitplot from its installation folder, or reinstall it: PNG export needs the bundled Korean font.',
  });
}
