/**
 * The Import view's choices for an Excel workbook: which sheet, and which sheet row holds the
 * column names. Plain functions over ImportOptions, so the store and a test use the same rules.
 */
import type { ImportOptions, WorkbookInfo } from '../../../src/protocol/protocol';

/**
 * Another sheet: its own header row is found again (another sheet has its own layout; a header
 * row chosen for the old one would skip or misread the new one's rows).
 */
export function withSheet(options: ImportOptions, sheet: string): ImportOptions {
  const { headerRow: _old, ...rest } = options;
  return { ...rest, sheet };
}

/** The header-row input's text as an option: blank is "the first row with data"; anything but a whole number ≥ 1 is not taken. */
export function headerRowFromInput(text: string): { readonly ok: true; readonly value: number | undefined } | { readonly ok: false } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  return /^[0-9]+$/.test(trimmed) && Number(trimmed) >= 1 ? { ok: true, value: Number(trimmed) } : { ok: false };
}

/** What the form shows: the sheets to choose from, the sheet chosen (the loader's first by default) and the row the loader found. */
export function workbookChoice(
  options: ImportOptions,
  workbook: WorkbookInfo | null,
): { readonly sheets: readonly string[]; readonly sheet: string | undefined; readonly detectedRow: number | undefined } {
  return { sheets: workbook?.sheets ?? [], sheet: options.sheet ?? workbook?.sheet, detectedRow: workbook?.firstRow };
}
