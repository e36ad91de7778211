import { describe, expect, it } from 'vitest';
import { accumulateHistogram, binCount, histogram, histogramFromFineBins, mergeHistograms, niceEdges } from '../../../src/stats/histogram';
import { fineBins } from '../../../src/stats/select';
import { SeededRandom } from '../../../src/stats/random';
import { FitplotError } from '../../../src/table/errors';

describe('histogram counts (numpy.histogram membership)', () => {
  it('half-open bins, the last one closed: [0,1,2,3] over edges [0,1,2,3] → [1,1,2]', () => {
    // numpy.histogram([0, 1, 2, 3], bins=[0, 1, 2, 3]) → array([1, 1, 2])
    expect(histogram([0, 1, 2, 3], undefined, { edges: [0, 1, 2, 3] }).counts).toEqual([1, 1, 2]);
  });

  it('ignores values outside the edges, NaN, ±Infinity and missing cells', () => {
    const h = histogram([-1, 0.5, NaN, Infinity, 1.5, 4, 1.7], new Uint8Array([0, 0, 0, 0, 0, 0, 1]), { edges: [0, 1, 2] });
    expect(h.counts).toEqual([1, 1]);
  });

  it('uneven edges: values exactly on inner edges go to the bin on their right', () => {
    expect(histogram([0.1, 0.3, 0.3, 0.7, 1], undefined, { edges: [0, 0.3, 0.7, 1] }).counts).toEqual([1, 2, 2]);
  });

  it('chunks over fixed edges add up to the whole', () => {
    const r = new SeededRandom(2);
    const x = Float64Array.from({ length: 5000 }, () => r.nextNormal());
    const edges = niceEdges(-5, 5, 20);
    const whole = accumulateHistogram(new Float64Array(edges.length - 1), edges, x);
    const a = { edges, counts: Array.from(accumulateHistogram(new Float64Array(edges.length - 1), edges, x, undefined, 0, 1234)) };
    const b = { edges, counts: Array.from(accumulateHistogram(new Float64Array(edges.length - 1), edges, x, undefined, 1234, 5000)) };
    expect(mergeHistograms(a, b).counts).toEqual(Array.from(whole));
    expect(() => mergeHistograms(a, { edges: [0, 1], counts: [1] })).toThrow(FitplotError);
  });
});

describe('bin count rule', () => {
  it('Freedman–Diaconis: 1000 values over range 10 with IQR 1 → ⌈10 / (2·1000^(−1/3))⌉ = 50', () => {
    expect(binCount(1000, 0, 10, 1)).toBe(50);
  });

  it('Sturges when the IQR is 0: n = 1000 → ⌈log2 1000⌉ + 1 = 11', () => {
    expect(binCount(1000, 0, 10, 0)).toBe(11);
  });

  it('clamped to [min(10, Sturges), 200]', () => {
    expect(binCount(1_000_000, 0, 1e6, 1)).toBe(200); // heavy tails
    expect(binCount(1000, 0, 1, 0.9)).toBe(10); // FD asks for 6; at least min(10, Sturges 11)
    expect(binCount(4, 0, 1, 0.5)).toBe(3); // tiny n: Sturges = 3
  });
});

describe('nice edges', () => {
  it('cover the range with round steps', () => {
    expect(niceEdges(0.13, 9.7, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(niceEdges(1e9 - 2.7, 1e9 + 3.1, 6)).toEqual([1e9 - 3, 1e9 - 2, 1e9 - 1, 1e9, 1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4]);
  });

  it('a constant column gets one bin [x − 0.5, x + 0.5]', () => {
    expect(histogram([2, 2, 2])).toEqual({ edges: [1.5, 2.5], counts: [3] });
  });

  it('falls back to equal widths when the magnitude leaves no nice step', () => {
    const edges = niceEdges(1e17, 1e17 + 256, 4);
    expect(edges[0]).toBe(1e17);
    expect(edges[edges.length - 1]).toBe(1e17 + 256);
  });

  it('a span that overflows (−1e308 … 1e308) still gets finite edges and counts every value', () => {
    const h = histogram([-1e308, 0, 1e308]);
    expect(h.edges.every(Number.isFinite)).toBe(true);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(3);
    expect(h.counts[0]).toBe(1);
    expect(h.counts.at(-1)).toBe(1);
  });

  it('histogram(): no finite value → no bins; bins option; bad options → BAD_OPTION', () => {
    expect(histogram([NaN, Infinity])).toEqual({ edges: [], counts: [] });
    const h = histogram(
      Float64Array.from({ length: 100 }, (_, i) => i),
      undefined,
      { bins: 5 },
    );
    expect(h.edges).toEqual([0, 20, 40, 60, 80, 100]);
    expect(h.counts).toEqual([20, 20, 20, 20, 20]);
    expect(() => histogram([1, 2], undefined, { bins: 0 })).toThrow(FitplotError);
    expect(() => histogram([1, 2], undefined, { edges: [1, 1] })).toThrow(/strictly increasing/);
  });

  it('counting from the quantile fine bins equals counting every value (discrete data, edges on values, outside the range, several edges per fine bin)', () => {
    const r = new SeededRandom(7);
    const cases: { data: Float64Array; edges: number[] }[] = [];
    // Sensor-like values with one decimal: many values sit exactly on nice edges.
    const discrete = Float64Array.from({ length: 20_000 }, () => Math.round(r.nextNormal() * 80) / 10);
    cases.push({ data: discrete, edges: niceEdges(-8, 8, 40) });
    // Edges narrower than the fine bins (several edges share one), and edges beyond both ends.
    const uniform = Float64Array.from({ length: 3000 }, () => r.next() * 10);
    cases.push({ data: uniform, edges: Array.from({ length: 2001 }, (_, i) => i * 0.005) });
    cases.push({ data: uniform, edges: [2, 2.5, 7, 9.999, 12] });
    cases.push({ data: uniform, edges: [-5, -1, 0.3, 4] });
    // The last edge equal to the maximum (closed last bin) and values below the first edge.
    const ints = Float64Array.from({ length: 5000 }, (_, i) => i % 101);
    cases.push({ data: ints, edges: [10, 20, 50, 100] });
    for (const { data, edges } of cases) {
      const fine = fineBins(data);
      expect(fine).not.toBeNull();
      if (fine === null) continue;
      const expected = accumulateHistogram(new Float64Array(edges.length - 1), edges, data);
      expect(Array.from(histogramFromFineBins(new Float64Array(edges.length - 1), edges, data, fine))).toEqual(Array.from(expected));
    }
  });
});
