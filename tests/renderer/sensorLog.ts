/**
 * A small sensor log as the issue describes it: 1 s readings with one hour missing, an extra field
 * on line 701, unreadable cells `n/a?` and `ERR` on lines 901 and 1201 and three empty cells.
 * Loaded through the real loader, so the tests see what the app sees.
 */
import { loadTable } from '../../src/io/loadTable';
import type { LoadResult } from '../../src/io/types';

export const START = Date.UTC(2024, 1, 3, 0, 0, 0);
export const GAP_AFTER_ROW = 500;
export const GAP_MS = 3_600_000;

/** Line n of the file holds data row n − 1 (line 1 is the header). */
export function sensorCsv(rows = 1400): string {
  const lines = ['time,temp,line'];
  for (let r = 1; r <= rows; r++) {
    const ms = START + (r - 1) * 1000 + (r > GAP_AFTER_ROW ? GAP_MS : 0);
    const line = r + 1;
    const stamp = new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
    let temp = (20 + Math.sin(r / 50) * 3).toFixed(3);
    if (line === 901) temp = 'n/a?';
    if (line === 1201) temp = 'ERR';
    if (line === 300 || line === 301 || line === 302) temp = '';
    lines.push(`${stamp},${temp},${r % 3 === 0 ? 'B' : 'A'}${line === 701 ? ',extra' : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

export function loadSensorLog(rows?: number): Promise<LoadResult> {
  // Buffer, not TextEncoder: under jsdom the latter makes its bytes in another realm.
  const bytes = new Uint8Array(Buffer.from(sensorCsv(rows), 'utf8'));
  return loadTable({
    name: 'sensors.csv',
    size: bytes.length,
    open: async function* () {
      yield bytes;
    },
  });
}
