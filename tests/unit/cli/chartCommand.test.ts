// `fitplot chart` in-process: CSV in, SVG/PNG out (atomically), usage errors and data errors as exit codes.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { captureIO } from '../../helpers/cliIO';

const dir = mkdtempSync(join(tmpdir(), 'fitplot-chart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const csv = [
  'region,kind,sales,units',
  '서울,a,10,1',
  '부산,b,4,2',
  '서울,b,20,3',
  '대구,a,7,4',
  '부산,a,6,5',
  '서울,a,30,6',
  ',b,100,7',
  '광주,b,-3,8',
].join('\n');
writeFileSync(join(dir, 'shop.csv'), csv);

async function chart(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIO({ cwd: dir });
  const code = await runCli(['chart', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('fitplot chart', () => {
  it('writes an SVG bar chart of means with Korean labels', async () => {
    const r = await chart('bar', 'shop.csv', '--x', 'region', '--y', 'sales', '--agg', 'mean', '--lang', 'ko', '--out', 'bar.svg');
    expect(r.code).toBe(0);
    const svg = readFileSync(join(dir, 'bar.svg'), 'utf8');
    expect(svg).toContain('region별 sales 평균');
    expect(svg).toContain('>서울</text>');
    expect(svg).toContain('>20</text>');
    expect(r.err).toMatch(/^Wrote bar\.svg \(bar, 900×560\)/);
    // Atomic write: no temporary file left behind.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
  it('writes a PNG at the requested size and pixel ratio', async () => {
    const r = await chart(
      'scatter',
      'shop.csv',
      '--x',
      'units',
      '--y',
      'sales',
      '--color',
      'kind',
      '--trend',
      '--width',
      '400',
      '--height',
      '300',
      '--scale',
      '1.5',
      '--theme',
      'print',
      '--out',
      'scatter.png',
    );
    expect(r.code).toBe(0);
    const png = PNG.sync.read(readFileSync(join(dir, 'scatter.png')));
    expect([png.width, png.height]).toEqual([600, 450]);
  });
  it('a box of one column, a histogram and a heatmap of all number columns', async () => {
    expect((await chart('box', 'shop.csv', '--x', 'sales', '--out', 'box.svg')).code).toBe(0);
    expect((await chart('histogram', 'shop.csv', '--x', 'units', '--bins', '4', '--out', 'h.svg')).code).toBe(0);
    expect((await chart('heatmap', 'shop.csv', '--out', 'heat.svg')).code).toBe(0);
    expect(readFileSync(join(dir, 'heat.svg'), 'utf8')).toContain('>units</text>');
  });
  it('axis titles, legend place and number format from flags', async () => {
    const r = await chart(
      'bar',
      'shop.csv',
      '--x',
      'region',
      '--group',
      'kind',
      '--y',
      'units',
      '--agg',
      'sum',
      '--x-title',
      '지역',
      '--y-title',
      'Units (pcs)',
      '--legend',
      'bottom',
      '--number-format',
      'decimals1',
      '--out',
      'look.svg',
    );
    expect(r.code).toBe(0);
    const svg = readFileSync(join(dir, 'look.svg'), 'utf8');
    expect(svg).toContain('>지역</text>');
    expect(svg).toContain('>Units (pcs)</text>');
    // Value labels and value-axis ticks in the chosen format (서울 a: 1 + 6 = 7 units).
    expect(svg).toContain('>7.0</text>');
    expect(svg).toMatch(/>[0-9]+\.0<\/text>/);
    const pie = await chart('pie', 'shop.csv', '--x', 'region', '--x-title', 'Region', '--out', 'pie.svg');
    expect(pie.code).toBe(2);
    expect(pie.err).toContain('a pie chart has no axes');
    const legend = await chart('bar', 'shop.csv', '--x', 'region', '--legend', 'left', '--out', 'b.svg');
    expect(legend.code).toBe(2);
    expect(legend.err).toContain('--legend must be one of auto, top, bottom, right, none');
  });
  it("another chart type's flag is refused, naming the types that take it", async () => {
    const r = await chart('bar', 'shop.csv', '--x', 'region', '--bins', '5', '--out', 'b.svg');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--bins does not apply to a bar chart (histogram charts take it)');
    const trend = await chart('pie', 'shop.csv', '--x', 'region', '--trend', '--out', 'p.svg');
    expect(trend.code).toBe(2);
    expect(trend.err).toContain('--trend does not apply to a pie chart (scatter charts take it)');
  });
  it('usage errors exit 2 with the usage text', async () => {
    const noOut = await chart('bar', 'shop.csv', '--x', 'region');
    expect(noOut.code).toBe(2);
    expect(noOut.err).toContain('--out FILE (.svg or .png) is required.');
    const badKind = await chart('radar', 'shop.csv', '--x', 'region', '--out', 'r.svg');
    expect(badKind.code).toBe(2);
    expect(badKind.err).toContain('chart type must be one of scatter, bar, pie, bubble, histogram, line, box, heatmap');
    const badFormat = await chart('bar', 'shop.csv', '--x', 'region', '--out', 'bar.jpg');
    expect(badFormat.err).toContain("--out must end in .svg or .png (got 'bar.jpg').");
    expect((await chart('bar', 'shop.csv', '--x', 'region', '--scale', '8', '--out', 'b.png')).err).toContain(
      "--scale must be a number from 1 to 4 (got '8').",
    );
    expect((await chart('bar', 'shop.csv', '--x', 'region', '--bogus', '--out', 'b.png')).code).toBe(2);
  });
  it('data errors exit 1 with the message and hint, and write nothing', async () => {
    const r = await chart('pie', 'shop.csv', '--x', 'region', '--y', 'sales', '--out', 'pie.png');
    expect(r.code).toBe(1);
    expect(r.err).toContain("'sales' has 1 negative values (first in data row 8)");
    expect(r.err).toContain('Use a bar chart for values that can be negative');
    expect(existsSync(join(dir, 'pie.png'))).toBe(false);
    const missing = await chart('scatter', 'shop.csv', '--x', 'unit', '--y', 'sales', '--out', 's.svg');
    expect(missing.err).toContain("there is no column named 'unit'");
  });
});
