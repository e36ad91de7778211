// `fitplot chart` export options for reports: pixel size × scale in the PNG header, transparent or
// solid backgrounds, the print theme in the SVG, and the chart-logic refusals with their flag hints.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { CHART_MESSAGE_KEYS } from '../../../src/charts/messageKeys';
import { cliHint } from '../../../src/cli/cliHints';
import { THEMES } from '../../../src/charts/theme';
import { captureIO } from '../../helpers/cliIO';

const dir = mkdtempSync(join(tmpdir(), 'fitplot-chart-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(
  join(dir, 'shop.csv'),
  ['region,kind,sales,sex,age', '서울,a,10,1,30', '부산,b,4,2,41', '서울,b,20,2,25', '대구,a,7,1,52', '부산,a,6,1,33'].join('\n'),
);

async function chart(...args: string[]): Promise<{ code: number; err: string }> {
  const io = captureIO({ cwd: dir });
  const code = await runCli(['chart', ...args], io);
  return { code, err: io.err() };
}

/** Width and height from the PNG's IHDR chunk (bytes 16–23), as any viewer reads them. */
function pngHeaderSize(file: string): [number, number] {
  const bytes = readFileSync(join(dir, file));
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('fitplot chart export options', () => {
  it('writes width × scale by height × scale pixels', async () => {
    expect(
      (await chart('bar', 'shop.csv', '--x', 'region', '--width', '1280', '--height', '720', '--scale', '3', '--out', 'slide.png')).code,
    ).toBe(0);
    expect(pngHeaderSize('slide.png')).toEqual([3840, 2160]);
    expect(
      (await chart('bar', 'shop.csv', '--x', 'region', '--width', '640', '--height', '360', '--scale', '1', '--out', 'small.png')).code,
    ).toBe(0);
    expect(pngHeaderSize('small.png')).toEqual([640, 360]);
  });
  it('leaves a transparent background transparent, and fills a solid one', async () => {
    await chart(
      'bar',
      'shop.csv',
      '--x',
      'region',
      '--width',
      '400',
      '--height',
      '300',
      '--scale',
      '1',
      '--background',
      'transparent',
      '--out',
      'clear.png',
    );
    const clear = PNG.sync.read(readFileSync(join(dir, 'clear.png')));
    expect(clear.data[3]).toBe(0); // top-left pixel: alpha 0
    await chart(
      'bar',
      'shop.csv',
      '--x',
      'region',
      '--width',
      '400',
      '--height',
      '300',
      '--scale',
      '1',
      '--theme',
      'dark',
      '--out',
      'dark.png',
    );
    const dark = PNG.sync.read(readFileSync(join(dir, 'dark.png')));
    // The dark theme's background #16181d, opaque.
    expect([...dark.data.subarray(0, 4)]).toEqual([0x16, 0x18, 0x1d, 255]);
    await chart('bar', 'shop.csv', '--x', 'region', '--background', 'transparent', '--out', 'clear.svg');
    expect(readFileSync(join(dir, 'clear.svg'), 'utf8')).not.toContain(`fill="${THEMES.light.background}"`);
  });
  it('draws the print theme in the SVG: black text and axes, larger type', async () => {
    await chart('bar', 'shop.csv', '--x', 'region', '--theme', 'print', '--title', '지역별 개수', '--out', 'print.svg');
    const svg = readFileSync(join(dir, 'print.svg'), 'utf8');
    expect(svg).toContain('지역별 개수');
    // Title 17 px × 1.15 = 20 px in black (light theme: 17 px in #1f2328).
    expect(svg).toMatch(/font-size:20px;[^>]*fill="#000000">지역별 개수<\/text>/);
    expect(svg).not.toContain('#1f2328');
  });
  it('orders bar groups as asked and refuses stacked means with the flag to use', async () => {
    expect((await chart('bar', 'shop.csv', '--x', 'region', '--group', 'kind', '--group-order', 'label', '--out', 'g.svg')).code).toBe(0);
    const stacked = await chart(
      'bar',
      'shop.csv',
      '--x',
      'region',
      '--y',
      'sales',
      '--agg',
      'mean',
      '--group',
      'kind',
      '--stacked',
      '--out',
      's.svg',
    );
    expect(stacked.code).toBe(1);
    expect(stacked.err).toContain('Use --agg sum or --agg count with --stacked');
    const unused = await chart('pie', 'shop.csv', '--x', 'region', '--y', 'sales', '--agg', 'count', '--out', 'p.svg');
    expect(unused.err).toContain('Leave out --y to count rows');
    expect((await chart('bar', 'shop.csv', '--x', 'region', '--group-order', 'size', '--out', 'x.svg')).err).toContain(
      "--group-order must be one of value, label, data (got 'size').",
    );
  });
  it('colours points by a 1/2-coded number column', async () => {
    expect((await chart('scatter', 'shop.csv', '--x', 'age', '--y', 'sales', '--color', 'sex', '--out', 'sex.svg')).code).toBe(0);
    const svg = readFileSync(join(dir, 'sex.svg'), 'utf8');
    expect(svg).toContain('>1</text>');
    expect(svg).toContain('>2</text>');
  });
  it('has a flag hint for every chart message key', () => {
    expect(CHART_MESSAGE_KEYS.filter((key) => cliHint({ code: 'CHART', key, message: '' }) === undefined)).toEqual([]);
  });
});
