/** The export dialog's rules: stored choices read field by field, preset sizes, the pixel limits and file names from titles. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CHOICE,
  STORAGE_KEY,
  exportFileName,
  exportSize,
  fileBaseName,
  loadChoice,
  parseChoice,
  saveChoice,
} from '../../renderer/features/charts/exportChoice';
import type { ExportChoice } from '../../renderer/features/charts/exportChoice';

const screen = { width: 900, height: 560 };
const choice = (patch: Partial<ExportChoice>): ExportChoice => ({ ...DEFAULT_CHOICE, ...patch });

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
}

describe('stored choice', () => {
  it('keeps the valid fields and replaces each invalid one by its default', () => {
    const parsed = parseChoice({
      format: 'svg',
      preset: 'poster',
      width: 'wide',
      height: 900,
      scale: 7,
      theme: 'print',
      transparent: 'yes',
    });
    expect(parsed).toEqual({ format: 'svg', preset: 'screen', width: 1280, height: 900, scale: 2, theme: 'print', transparent: false });
  });

  it('clamps a stored custom size into 200–8000 px and rounds it', () => {
    expect(parseChoice({ width: 50, height: 12_000.4 })).toMatchObject({ width: 200, height: 8000 });
    expect(parseChoice({ width: 640.6, height: Number.NaN })).toMatchObject({ width: 641, height: 720 });
  });

  it('falls back to the defaults for nothing, non-objects and broken JSON', () => {
    expect(parseChoice(null)).toEqual(DEFAULT_CHOICE);
    expect(parseChoice('png')).toEqual(DEFAULT_CHOICE);
    expect(loadChoice(memoryStorage())).toEqual(DEFAULT_CHOICE);
    expect(loadChoice(memoryStorage({ [STORAGE_KEY]: '{"format":' }))).toEqual(DEFAULT_CHOICE);
  });

  it('round-trips through storage under fitplot.chartExport', () => {
    const storage = memoryStorage();
    const chosen = choice({ format: 'svg', preset: 'custom', width: 1600, height: 400, scale: 3, theme: 'dark', transparent: true });
    saveChoice(chosen, storage);
    expect([...storage.items.keys()]).toEqual(['fitplot.chartExport']);
    expect(loadChoice(storage)).toEqual(chosen);
  });

  it('does not throw when storage refuses to save (full or blocked)', () => {
    expect(() =>
      saveChoice(DEFAULT_CHOICE, {
        getItem: () => null,
        setItem: () => {
          throw new Error('QuotaExceededError');
        },
      }),
    ).not.toThrow();
  });
});

describe('export size', () => {
  it('uses the preset sizes, the screen size, or the custom size', () => {
    expect(exportSize(choice({ preset: 'slide169' }), screen)).toMatchObject({ width: 1280, height: 720, scale: 2 });
    expect(exportSize(choice({ preset: 'slide43' }), screen)).toMatchObject({ width: 1024, height: 768 });
    // 170 mm × 121.7 mm at 96 dpi (see the comment on PRESET_SIZES).
    expect(exportSize(choice({ preset: 'a4half' }), screen)).toMatchObject({ width: 643, height: 460 });
    expect(exportSize(choice({ preset: 'screen' }), screen)).toMatchObject({ width: 900, height: 560 });
    expect(exportSize(choice({ preset: 'custom', width: 1000, height: 300 }), screen)).toMatchObject({
      width: 1000,
      height: 300,
      sizeClamped: false,
    });
  });

  it('moves a typed size into 200–8000 px and says so', () => {
    expect(exportSize(choice({ preset: 'custom', width: 0, height: 9000 }), screen)).toEqual({
      width: 200,
      height: 8000,
      scale: 2,
      sizeClamped: true,
      scaleClamped: false,
    });
    expect(exportSize(choice({ preset: 'custom', width: 150, height: 300, format: 'svg' }), screen)).toEqual({
      width: 200,
      height: 300,
      scale: 1,
      sizeClamped: true,
      scaleClamped: false,
    });
  });

  it('lowers the PNG scale to stay within 16,384 px a side and 64 megapixels', () => {
    // 5000 × 3000 at 4× would be 20,000 px wide; 3× is 15,000 × 9,000 = 135 MP; 2× is 10,000 × 6,000 = 60 MP.
    expect(exportSize(choice({ preset: 'custom', width: 5000, height: 3000, scale: 4 }), screen)).toMatchObject({
      scale: 2,
      scaleClamped: true,
    });
    // 4100 wide at 4× = 16,400 px (> 16,384): 3×.
    expect(exportSize(choice({ preset: 'custom', width: 4100, height: 200, scale: 4 }), screen)).toMatchObject({
      scale: 3,
      scaleClamped: true,
    });
    expect(exportSize(choice({ preset: 'custom', width: 4096, height: 200, scale: 4 }), screen)).toMatchObject({
      scale: 4,
      scaleClamped: false,
    });
    // The largest size still exports at 1×.
    expect(exportSize(choice({ preset: 'custom', width: 8000, height: 8000, scale: 4 }), screen)).toMatchObject({
      scale: 1,
      scaleClamped: true,
    });
  });

  it('gives SVG no scale and never lowers it', () => {
    expect(exportSize(choice({ format: 'svg', preset: 'custom', width: 8000, height: 8000, scale: 4 }), screen)).toEqual({
      width: 8000,
      height: 8000,
      scale: 1,
      sizeClamped: false,
      scaleClamped: false,
    });
  });
});

describe('file names from chart titles', () => {
  it('replaces characters file systems refuse, keeping Korean and spaces', () => {
    expect(fileBaseName('Temp / flow: 2025?')).toBe('Temp_flow_2025');
    expect(fileBaseName('라인별 전력 (kW) 차트')).toBe('라인별 전력 (kW) 차트');
    expect(fileBaseName('a<b>c|d"e*f\\g')).toBe('a_b_c_d_e_f_g');
    expect(fileBaseName('tab\there\nnew line')).toBe('tab_here_new line');
  });

  it('drops leading and trailing dots and spaces, and avoids Windows device names', () => {
    expect(fileBaseName('  ..hidden chart.. ')).toBe('hidden chart');
    expect(fileBaseName('CON')).toBe('CON_');
    expect(fileBaseName('nul.txt')).toBe('nul.txt_');
  });

  it('uses the fallback, then "chart", when nothing is left', () => {
    expect(fileBaseName(undefined, 'Scatter')).toBe('Scatter');
    expect(fileBaseName('  ', '산점도')).toBe('산점도');
    expect(fileBaseName('???', '')).toBe('chart');
  });

  it('keeps a long Korean title within 200 UTF-8 bytes without splitting a character', () => {
    const name = fileBaseName('가'.repeat(100)); // 300 bytes
    expect(name).toBe('가'.repeat(66)); // 198 bytes; a 67th would make 201
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(200);
  });

  it('joins Korean typed as separate jamo (NFD, as macOS file names come) into syllables', () => {
    expect(fileBaseName('\u1112\u1161\u11ab')).toBe('한');
  });

  it('adds the extension once and cleans a typed name', () => {
    expect(exportFileName('온도 차트', 'png')).toBe('온도 차트.png');
    expect(exportFileName('온도 차트.PNG', 'png')).toBe('온도 차트.png');
    expect(exportFileName('report.png', 'svg')).toBe('report.png.svg');
    expect(exportFileName('../secret', 'svg')).toBe('secret.svg');
    expect(exportFileName('', 'png')).toBe('chart.png');
  });
});
