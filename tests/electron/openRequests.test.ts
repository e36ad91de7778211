// Files handed to the app by the OS: argv parsing (first launch and second instance) and the
// queue that holds them until the window is ready.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OpenQueue, pathsFromArgv } from '../../electron/main/openRequests';

describe('pathsFromArgv', () => {
  it('packaged: everything after the executable, minus switches, resolved against the cwd', () => {
    expect(pathsFromArgv(['/opt/Fitplot/fitplot', '--no-sandbox', 'data.csv', '/abs/b.tsv'], false, '/home/me')).toEqual([
      resolve('/home/me', 'data.csv'),
      '/abs/b.tsv',
    ]);
  });

  it('development (`electron .`): skips the app path too', () => {
    expect(pathsFromArgv(['/x/electron', '.', 'a.csv'], true, '/w')).toEqual([resolve('/w', 'a.csv')]);
    expect(pathsFromArgv(['/x/electron', '.'], true, '/w')).toEqual([]);
  });

  it('accepts file:// URLs (Linux desktop entries pass %U) and ignores remote ones', () => {
    expect(
      pathsFromArgv(['/opt/Fitplot/fitplot', 'file:///home/me/%ED%95%9C%EA%B8%80.csv', 'file://server/share/a.csv'], false, '/'),
    ).toEqual(['/home/me/한글.csv']);
  });

  it('second instance argv with Chromium switches inserted', () => {
    expect(
      pathsFromArgv(
        ['C:\\Fitplot\\Fitplot.exe', '--allow-file-access-from-files', '--original-process-start-time=1', 'C:\\d\\x.csv'],
        false,
        'C:\\d',
      ),
    ).toEqual([resolve('C:\\d', 'C:\\d\\x.csv')]);
  });
});

describe('OpenQueue', () => {
  it('holds paths until a consumer is set, then passes them straight through', () => {
    const queue = new OpenQueue();
    const seen: string[] = [];
    queue.push('/a.csv');
    queue.push('/b.csv');
    queue.setConsumer((path) => seen.push(path));
    expect(seen).toEqual(['/a.csv', '/b.csv']);
    queue.push('/c.csv');
    expect(seen).toEqual(['/a.csv', '/b.csv', '/c.csv']);
    queue.setConsumer(null);
    queue.push('/d.csv');
    expect(seen).toHaveLength(3);
  });
});
