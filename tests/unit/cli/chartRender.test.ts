// SSR export: SVG checked structurally, PNG decoded (size, non-blank, Hangul actually drawn).
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { buildBar } from '../../../src/charts/bar';
import { buildPie } from '../../../src/charts/pie';
import { buildScatter } from '../../../src/charts/scatter';
import { renderPng, checkScale } from '../../../src/cli/render/renderPng';
import { renderSvg } from '../../../src/cli/render/renderSvg';
import { baseOption } from '../../../src/charts/base';
import { categoryColumn, makeTable, numberColumn } from '../../../src/table/build';

const table = makeTable([
  categoryColumn('지역', ['서울', '부산', '서울', '대구', '부산', '서울']),
  categoryColumn('kind', ['a', 'b', 'a', 'b', 'a', 'b']),
  numberColumn('매출', [10, 4, 20, 7, 6, 30]),
  numberColumn('units', [1, 2, 3, 4, 5, 6]),
]);

describe('renderSvg', () => {
  it('draws one bar per category with value labels and the Korean title as text', () => {
    const option = buildBar(table, { kind: 'bar', x: '지역', y: '매출', agg: 'sum', locale: 'ko' });
    const svg = renderSvg(option, { width: 640, height: 400 });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toMatch(/width="640" height="400"/);
    expect(svg).toContain('지역별 매출 합계');
    for (const label of ['서울', '부산', '대구', '60', '10', '7']) expect(svg).toContain(`>${label}</text>`);
    // Three bars: each is a path filled with the first palette colour.
    expect(svg.match(/fill="#0072B2"/g)).toHaveLength(3);
    // The font stack reaches the SVG in a parseable form (single-quoted families).
    expect(svg).toContain("font-family:'Noto Sans KR', NanumGothic");
  });
  it('draws one legend entry per colour series', () => {
    const option = buildScatter(table, { kind: 'scatter', x: 'units', y: '매출', color: 'kind' });
    const svg = renderSvg(option, { width: 640, height: 400 });
    expect(svg).toContain('>a</text>');
    expect(svg).toContain('>b</text>');
  });
});

function decode(png: Buffer): PNG {
  return PNG.sync.read(png);
}

/** Dark pixels (luminance < 128) inside a rectangle. */
function darkPixels(png: PNG, x0: number, y0: number, x1: number, y1: number): number {
  let dark = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * png.width + x) * 4;
      const lum = 0.299 * png.data[i]! + 0.587 * png.data[i + 1]! + 0.114 * png.data[i + 2]!;
      if (lum < 128) dark++;
    }
  }
  return dark;
}

describe('renderPng', () => {
  it('renders at width × scale with the theme background and visible content', () => {
    const option = buildPie(table, { kind: 'pie', x: '지역' });
    const png = decode(renderPng(option, { width: 400, height: 300, scale: 2 }));
    expect([png.width, png.height]).toEqual([800, 600]);
    // Corner = white background; plenty of non-white pixels overall.
    expect(Array.from(png.data.subarray(0, 4))).toEqual([255, 255, 255, 255]);
    let coloured = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i] !== 255 || png.data[i + 1] !== 255 || png.data[i + 2] !== 255) coloured++;
    expect(coloured / (png.width * png.height)).toBeGreaterThan(0.1);
  });
  it('draws Hangul glyphs with the bundled font: a Korean title darkens the title area', () => {
    const titled = (title: string) => ({
      ...baseOption({ title, subtitle: [], theme: 'light', locale: 'ko' }),
      xAxis: { show: false },
      yAxis: { show: false },
      series: [],
    });
    const withTitle = decode(renderPng(titled('한국어 제목 테스트'), { width: 400, height: 200, scale: 1 }));
    const empty = decode(renderPng(titled(''), { width: 400, height: 200, scale: 1 }));
    const area = [0, 0, 300, 45] as const;
    expect(darkPixels(empty, ...area)).toBe(0);
    // ~9 Hangul syllables at 17 px: hundreds of dark pixels (a missing glyph draws nothing or a thin box).
    expect(darkPixels(withTitle, ...area)).toBeGreaterThan(300);
  });
  it('uses the dark theme background and refuses pixel ratios outside 1–4', () => {
    const option = buildBar(table, { kind: 'bar', x: '지역', theme: 'dark' });
    const png = decode(renderPng(option, { width: 300, height: 200, scale: 1 }));
    expect(Array.from(png.data.subarray(0, 3))).toEqual([0x16, 0x18, 0x1d]);
    expect(() => checkScale(5)).toThrow(expect.objectContaining({ code: 'BAD_OPTION' }));
    expect(() => checkScale(0.5)).toThrow(/from 1 to 4/);
  });
});
