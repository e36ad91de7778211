/** Numbers in result tables: 4 significant digits, scientific notation outside [1e-3, 1e6), "—" for missing. */
export function fmt(value: number | undefined | null): string {
  if (value === undefined || value === null || Number.isNaN(value)) return '—';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e6 || abs < 1e-3) return value.toExponential(3);
  return Number(value.toPrecision(4)).toString();
}

/** p-values: "< 0.0001" below the smallest shown. */
export function fmtP(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  return value < 1e-4 ? '< 0.0001' : value.toFixed(4);
}

/** Milliseconds as "850 ms", "12.4 s" or "3 min 05 s". */
export function fmtDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}
