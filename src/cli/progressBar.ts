/**
 * A progress bar on stderr for long runs: shown only when stderr is a terminal and only once a
 * run has taken over a second (short runs stay quiet; piped output stays clean).
 */
import type { CliIO } from './command';
import type { LoadProgress } from '../io/types';

const SHOW_AFTER_MS = 1000;
const BAR_WIDTH = 28;

export interface ProgressBar {
  update(progress: LoadProgress): void;
  /** Erases the bar (if it was drawn). */
  done(): void;
}

export function createProgressBar(io: CliIO, label: string, now: () => number = () => performance.now()): ProgressBar {
  const start = now();
  let drawn = false;
  return {
    update(progress) {
      if (!io.stderrIsTTY || now() - start < SHOW_AFTER_MS) return;
      io.stderr(`\r${formatProgress(label, progress)}`);
      drawn = true;
    },
    done() {
      if (drawn) io.stderr('\r\x1b[2K');
      drawn = false;
    },
  };
}

/** `label [#####-----]  42% 120.5 MB/287.0 MB  1,234,567 rows` (no percentage when the size is unknown). */
export function formatProgress(label: string, { bytesRead, totalBytes, rows }: LoadProgress): string {
  const rowsText = `${rows.toLocaleString('en-US')} rows`;
  if (!totalBytes) return `${label} ${formatMB(bytesRead)}  ${rowsText}`;
  const fraction = Math.min(1, bytesRead / totalBytes);
  const filled = Math.round(fraction * BAR_WIDTH);
  const bar = '#'.repeat(filled) + '-'.repeat(BAR_WIDTH - filled);
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  return `${label} [${bar}] ${percent} ${formatMB(bytesRead)}/${formatMB(totalBytes)}  ${rowsText}`;
}

function formatMB(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
