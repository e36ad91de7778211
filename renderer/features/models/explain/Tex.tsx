/**
 * A formula typeset by KaTeX, bundled with the app (its CSS and fonts go through the Vite build,
 * so it works offline under the app's CSP: font-src 'self' data:). KaTeX writes both HTML for the
 * eye and MathML for screen readers. Its input is the app's own LaTeX (formulas.ts) with numbers
 * and escaped column names, so its HTML is safe to insert.
 */
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useMemo } from 'react';

export function Tex({ tex, block = false }: { tex: string; block?: boolean }) {
  // strict 'ignore': column names in \text may hold any script (Korean headers) without console warnings.
  const html = useMemo(
    () => katex.renderToString(tex, { displayMode: block, throwOnError: false, strict: 'ignore', output: 'htmlAndMathml' }),
    [tex, block],
  );
  return <span className={block ? 'tex tex-block' : 'tex'} dangerouslySetInnerHTML={{ __html: html }} />;
}
