import { describe, expect, it } from 'vitest';
import { createProgressBar, formatProgress } from '../../../src/cli/progressBar';
import { captureIO } from '../../helpers/cliIO';

const progress = { bytesRead: 50_000_000, totalBytes: 200_000_000, rows: 1_234_567, elapsedMs: 2000, truncated: false };

describe('progress bar', () => {
  it('formats bytes, percentage and rows', () => {
    expect(formatProgress('Loading a.csv', progress)).toBe(
      'Loading a.csv [#######---------------------]  25% 50.0 MB/200.0 MB  1,234,567 rows',
    );
    expect(formatProgress('Loading', { ...progress, totalBytes: undefined })).toBe('Loading 50.0 MB  1,234,567 rows');
  });

  it('stays quiet during the first second and when stderr is not a terminal', () => {
    let clock = 0;
    const tty = captureIO({ stderrIsTTY: true });
    const bar = createProgressBar(tty, 'L', () => clock);
    clock = 500;
    bar.update(progress);
    expect(tty.err()).toBe('');
    clock = 1500;
    bar.update(progress);
    expect(tty.err()).toContain('25%');
    bar.done();
    expect(tty.err().endsWith('\r\x1b[2K')).toBe(true);

    const piped = captureIO({ stderrIsTTY: false });
    const quiet = createProgressBar(piped, 'L', () => clock);
    clock = 5000;
    quiet.update(progress);
    quiet.done();
    expect(piped.err()).toBe('');
  });
});
