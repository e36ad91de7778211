import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { generateSensorCsv, sensorCsvHeaders } from '../../../src/cli/generate/sensorCsv';
import type { SensorCsvOptions } from '../../../src/cli/generate/sensorCsv';

function collect(options: SensorCsvOptions): { bytes: Uint8Array; chunks: number; summary: { rows: number; bytes: number } } {
  const parts: Uint8Array[] = [];
  const it = generateSensorCsv(options);
  let step = it.next();
  for (; !step.done; step = it.next()) parts.push(step.value);
  return { bytes: Buffer.concat(parts), chunks: parts.length, summary: step.value };
}

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const lines = (bytes: Uint8Array): string[] => Buffer.from(bytes).toString('utf8').split('\n');

describe('generateSensorCsv', () => {
  it('gives the same bytes for the same seed, whatever the chunk size, and other bytes for another seed', () => {
    const a = collect({ rows: 3000, seed: 7 });
    const b = collect({ rows: 3000, seed: 7, chunkBytes: 4096 });
    expect(b.chunks).toBeGreaterThan(a.chunks);
    expect(sha(b.bytes)).toBe(sha(a.bytes));
    expect(sha(collect({ rows: 3000, seed: 8 }).bytes)).not.toBe(sha(a.bytes));
    expect(a.summary).toEqual({ rows: 3000, bytes: a.bytes.length });
  });

  it('stops at the last whole row that fits the target size', () => {
    for (const targetBytes of [1_000_000, 2_345_678]) {
      const { bytes, summary } = collect({ targetBytes, chunkBytes: 65536 });
      expect(bytes.length).toBe(summary.bytes);
      expect(bytes.length).toBeLessThanOrEqual(targetBytes);
      // No further row would have fitted: rows here are well under 300 bytes.
      expect(bytes.length).toBeGreaterThan(targetBytes - 300);
      expect(bytes[bytes.length - 1]).toBe(0x0a);
      expect(lines(bytes).length - 2).toBe(summary.rows);
    }
  });

  it('writes timestamp, line, status and the sensors, every row with the same field count', () => {
    const { bytes } = collect({ rows: 2000 });
    const [header, ...rows] = lines(bytes).slice(0, -1);
    const names = header!.split(',');
    expect(names).toHaveLength(25);
    expect(names.slice(0, 4)).toEqual(['timestamp', 'line', 'status', 'temp_inlet_c']);
    expect(names).toEqual(sensorCsvHeaders());
    let previous = -Infinity;
    let oneMinuteSteps = 0;
    for (const row of rows) {
      const fields = row.split(',');
      expect(fields).toHaveLength(25);
      expect(fields[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:00$/);
      const t = Date.parse(`${fields[0]!.replace(' ', 'T')}Z`);
      expect(t - previous).toBeGreaterThanOrEqual(60_000);
      if (t - previous === 60_000) oneMinuteSteps++;
      previous = t;
      expect(['A', 'B', 'C']).toContain(fields[1]);
      expect(['RUN', 'IDLE', 'ALARM']).toContain(fields[2]);
      for (const cell of fields.slice(3)) expect(cell).toMatch(/^(-?\d+(\.\d+)?)?$/);
    }
    expect(rows[0]!.startsWith('2025-03-03 06:00:00,')).toBe(true);
    // Mostly one-minute steps, with a few logging gaps (about one in 1,500 rows).
    expect(oneMinuteSteps).toBeGreaterThan(rows.length - 10);
    expect(oneMinuteSteps).toBeLessThan(rows.length - 1);
  });

  it('repeats sensors with a suffix beyond 22 and accepts as few as 4 columns', () => {
    expect(sensorCsvHeaders({ columns: 27 }).slice(25)).toEqual(['temp_inlet_c_2', 'temp_outlet_c_2']);
    expect(sensorCsvHeaders({ columns: 4 })).toEqual(['timestamp', 'line', 'status', 'temp_inlet_c']);
    const row = lines(collect({ rows: 5, columns: 27 }).bytes)[1]!.split(',');
    expect(row).toHaveLength(27);
  });

  it('leaves the requested fraction of sensor cells empty, and only sensor cells', () => {
    const rows = 20_000;
    const { bytes } = collect({ rows, missingFraction: 0.02, seed: 3 });
    let empty = 0;
    for (const row of lines(bytes).slice(1, -1)) {
      const fields = row.split(',');
      expect(fields[0]).not.toBe('');
      expect(fields[1]).not.toBe('');
      expect(fields[2]).not.toBe('');
      for (let j = 3; j < fields.length; j++) if (fields[j] === '') empty++;
    }
    const cells = rows * 22;
    // Binomial(440,000, 0.02): mean 8,800, sd ≈ 93; ±5 sd.
    expect(Math.abs(empty - 0.02 * cells)).toBeLessThan(5 * Math.sqrt(cells * 0.02 * 0.98));
    expect(lines(collect({ rows: 2000, missingFraction: 0 }).bytes).join('\n')).not.toMatch(/,,|,\n|,$/m);
  });

  it('writes Korean names and labels, in CP949 with the same numbers as the UTF-8 Korean file', () => {
    const cp949 = collect({ rows: 300, encoding: 'cp949', seed: 5 }).bytes;
    const utf8 = collect({ rows: 300, korean: true, seed: 5 }).bytes;
    const text = iconv.decode(Buffer.from(cp949), 'cp949');
    expect(text).toBe(Buffer.from(utf8).toString('utf8'));
    expect(text.split('\n')[0]!.split(',').slice(0, 5)).toEqual(['시각', '라인', '상태', '온도_입구', '온도_출구']);
    expect(text).toMatch(/A라인\(똠\)|B라인\(햏\)|C라인\(뷁\)/);
    expect(text).toContain(',가동,');
    // The Korean file differs from the English one only in names and labels.
    const english = Buffer.from(collect({ rows: 300, seed: 5 }).bytes).toString('utf8');
    const numbers = (csv: string) =>
      csv
        .split('\n')
        .slice(1)
        .map((l) =>
          l
            .split(',')
            .filter((_, j) => j !== 1 && j !== 2)
            .join(','),
        );
    expect(numbers(text)).toEqual(numbers(english));
  });

  it('rejects impossible options with a BAD_OPTION error', () => {
    expect(() => collect({ rows: 10, targetBytes: 100 })).toThrow(/either a row count or a target size/);
    expect(() => collect({ columns: 3 })).toThrow(expect.objectContaining({ code: 'BAD_OPTION' }));
    expect(() => collect({ missingFraction: 1 })).toThrow(/missing fraction/);
    expect(() => collect({ rows: -1 })).toThrow(/row count/);
  });
});
