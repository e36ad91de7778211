/** `fitplot chart KIND FILE …`: loads a CSV, builds the chart option, and writes SVG or PNG (server-side, no browser). */
import { extname, resolve } from 'node:path';
import { EXIT_OK, UsageError } from '../command';
import type { Command } from '../command';
import { parseFlags } from '../generate/cliFlags';
import { loadFile, loaderFlags, loadOptionsFrom } from '../loadFile';
import { buildChart } from '../../charts/build';
import { withNumberFormat } from '../../charts/numberFormat';
import { renderPng } from '../render/renderPng';
import { renderSvg } from '../render/renderSvg';
import { CHART_FLAGS, numberFlag, settingsFromFlags } from '../render/settingsFromFlags';
import { CHART_KINDS, CHART_TYPES } from '../../charts/registry';
import { writeFileAtomic } from '../fs/atomicWrite';
import { assertOutputIsNotInput } from '../fs/outputGuard';

const FLAGS = {
  ...loaderFlags,
  ...CHART_FLAGS,
  scale: { type: 'string' },
  background: { type: 'string' },
  out: { type: 'string', short: 'o' },
} as const;

/** One line per chart type, from its module: `  bar         --x COL [--y COL] …`. */
const CHART_TYPE_LINES = CHART_KINDS.map((kind) => `  ${kind.padEnd(11)} ${CHART_TYPES[kind].cli.usage}`).join('\n');

export const chartCommand: Command = {
  name: 'chart',
  summary: 'Draw a chart of a CSV file or an Excel sheet to SVG or PNG',
  // The chart types and the flags each takes come from the registry; what a flag means is
  // written once below, by hand, since several chart types share a flag (--x, --top, --agg).
  usage: `Usage: fitplot chart ${CHART_KINDS.join('|')} FILE --out chart.svg|chart.png [options]

Chart types and their flags:
${CHART_TYPE_LINES}
Columns:
  --x COL             x / category column (box: the value column when --y is absent)
  --y COL             y / value column (repeat for several lines, or heatmap columns)
  --size COL          bubble size (area ∝ value) or scatter marker size
  --color COL         colour by category (scatter, bubble); bar: same as --group
  --group COL         bar: second category (grouped or --stacked bars)
Chart:
  --agg A             count|sum|mean|median|min|max (bar; pie: count|sum)
  --top N             keep the N largest categories, the rest as "other"
  --sort S            bar order: value (default), label or none
  --group-order O     bar groups (series): value (default), label or data (as first seen)
  --bins N            histogram bins (default: automatic)
  --trend             scatter: fitted line with its equation and R²
  --density M         scatter: auto (default: above 200,000 points), always or never
  --horizontal, --stacked, --donut
Look and output:
  --title T, --subtitle T, --lang en|ko (generated texts), --theme light|dark|print
  --x-title T, --y-title T  axis titles (e.g. with units) instead of the column names
  --legend P          auto (default), top, bottom, right or none
  --number-format F   value axes and labels: auto, plain, thousands, decimals1, decimals2,
                      percent (0.125 → 12.5%) or scientific
  --width W --height H  size in CSS pixels (default 900 × 560)
  --scale S           PNG pixel ratio 1–4 (default 2)
  --background C      background colour, or transparent (default: the theme's)
  --out FILE          .svg or .png (written atomically)
Loading: --encoding E, --delimiter D, --decimal-comma, --no-header; an Excel workbook: --sheet S, --header-row N (as for fitplot describe)`,
  async run(args, io) {
    const { values, positionals } = parseFlags({ args: [...args], allowPositionals: true, options: FLAGS });
    if (positionals.length !== 2)
      throw new UsageError(`expected a chart type and a FILE (got ${positionals.length ? `'${positionals.join(' ')}'` : 'nothing'}).`);
    if (values.out === undefined) throw new UsageError('--out FILE (.svg or .png) is required.');
    const format = extname(values.out).toLowerCase();
    if (format !== '.svg' && format !== '.png') throw new UsageError(`--out must end in .svg or .png (got '${values.out}').`);
    const settings = settingsFromFlags(positionals[0]!, values);
    const scale = numberFlag('--scale', values.scale, 1, 4) ?? 2;
    assertOutputIsNotInput(values.out, [positionals[1]!], io.cwd);
    const loaded = await loadFile(positionals[1]!, loadOptionsFrom(values), io);
    const started = performance.now();
    // Tick formatters are functions, added here as the app adds them on its side (see numberFormat.ts).
    const built = withNumberFormat(buildChart(loaded.table, settings), settings.numberFormat);
    // The same background in both formats: 'transparent' leaves the page showing through.
    const option = values.background ? { ...built, backgroundColor: values.background } : built;
    const size = { width: settings.width ?? 900, height: settings.height ?? 560 };
    const out = resolve(io.cwd, values.out);
    if (format === '.svg') await writeFileAtomic(out, renderSvg(option, size));
    else await writeFileAtomic(out, renderPng(option, { ...size, scale }));
    io.stderr(
      `Wrote ${values.out} (${settings.kind}, ${size.width}×${size.height}${format === '.png' ? ` @${scale}×` : ''}) in ${Math.round(performance.now() - started)} ms\n`,
    );
    return EXIT_OK;
  },
};
