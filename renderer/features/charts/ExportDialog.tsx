/**
 * Export chart: format, size (preset or width × height), PNG scale, a theme of its own (not the
 * UI's), background and file name. Opens with the last choice (exportChoice.ts) and remembers
 * the new one on Export; says when a size or scale is beyond the limits and what is used instead.
 */
import { Fragment, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo, ThemeName } from '../../../src/protocol/protocol';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useEscape } from '../../components/ShortcutsDialog';
import { useDialogFocus } from '../../components/useDialogFocus';
import {
  EXPORT_THEMES,
  MAX_PNG_PIXELS,
  MAX_PNG_SIDE,
  MAX_SIDE,
  MIN_SIDE,
  PRESET_SIZES,
  SCALES,
  SIZE_PRESETS,
  exportSize,
  loadChoice,
  saveChoice,
} from './exportChoice';
import type { ExportChoice, ExportFormat, Size, SizePreset } from './exportChoice';
import { ExportError, exportActive } from './exportChart';

interface Props {
  /** The preview's size now (the "as on screen" preset). */
  readonly screen: Size;
  readonly suggestedName: string;
  readonly onClose: () => void;
  readonly onSaved: (fileName: string) => void;
}

/** An export failure in the UI's language: the engine's refusal as it is, anything else (drawing, saving) with what to try. */
export function exportErrorInfo(t: TFunction, error: unknown): ErrorInfo {
  if (error instanceof ExportError) return error.info;
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: t('chartExport.failed', { reason }), hint: t('chartExport.failedHint') };
}

function presetSize(preset: SizePreset, choice: ExportChoice, screen: Size): Size {
  if (preset === 'screen') return screen;
  return preset === 'custom' ? choice : PRESET_SIZES[preset];
}

export function ExportDialog({ screen, suggestedName, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDivElement | null>(null);
  useEscape(onClose);
  useDialogFocus(dialog);
  const [choice, setChoice] = useState<ExportChoice>(loadChoice);
  const [name, setName] = useState(suggestedName);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const update = (patch: Partial<ExportChoice>) => setChoice((c) => ({ ...c, ...patch }));
  const size = exportSize(choice, screen);
  const shown = presetSize(choice.preset, choice, screen);
  const png = choice.format === 'png';

  // Typing a width or height makes the size custom, starting from the size shown.
  const setSide = (side: 'width' | 'height', text: string) =>
    update({ preset: 'custom', width: shown.width, height: shown.height, [side]: Number(text) || 0 });

  const save = async () => {
    // Remembered as used: typed sizes within the limits.
    const used = { ...choice, ...(choice.preset === 'custom' && { width: size.width, height: size.height }) };
    saveChoice(used);
    setBusy(true);
    setError(null);
    try {
      const saved = await exportActive(used, name);
      if (saved) onSaved(saved);
    } catch (caught) {
      setError(exportErrorInfo(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div
        ref={dialog}
        className="panel dialog export-dialog"
        role="dialog"
        aria-modal="true"
        aria-label={t('chartExport.title')}
        onClick={(e) => e.stopPropagation()}
        data-testid="export-dialog"
      >
        <h2>{t('chartExport.title')}</h2>
        <form
          className="export-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label htmlFor="export-format">{t('chartExport.format')}</label>
          <select
            id="export-format"
            value={choice.format}
            onChange={(e) => update({ format: e.target.value as ExportFormat })}
            data-testid="export-format"
          >
            {(['png', 'svg'] as const).map((f) => (
              <option key={f} value={f}>
                {t(`chartExport.formats.${f}`)}
              </option>
            ))}
          </select>

          <label htmlFor="export-preset">{t('chartExport.size')}</label>
          <select
            id="export-preset"
            value={choice.preset}
            onChange={(e) => update({ preset: e.target.value as SizePreset })}
            data-testid="export-preset"
          >
            {SIZE_PRESETS.map((p) => {
              const s = presetSize(p, choice, screen);
              return (
                <option key={p} value={p}>
                  {t(`chartExport.presets.${p}`)}
                  {p === 'custom' ? '' : ` (${s.width} × ${s.height})`}
                </option>
              );
            })}
          </select>

          <span />
          <div className="row export-sides">
            {(['width', 'height'] as const).map((side, i) => (
              <Fragment key={side}>
                {i > 0 && <span aria-hidden="true">×</span>}
                <label>
                  {t(`chartExport.${side}`)}
                  <input
                    type="number"
                    min={MIN_SIDE}
                    max={MAX_SIDE}
                    step={1}
                    value={shown[side] || ''}
                    onChange={(e) => setSide(side, e.target.value)}
                    data-testid={`export-${side}`}
                  />
                </label>
              </Fragment>
            ))}
          </div>

          <label htmlFor="export-scale">{t('chartExport.scale')}</label>
          <select
            id="export-scale"
            value={choice.scale}
            disabled={!png}
            onChange={(e) => update({ scale: Number(e.target.value) })}
            data-testid="export-scale"
          >
            {SCALES.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>

          <span />
          <p className="muted export-note" role="status" data-testid="export-pixels">
            {png
              ? t('chartExport.pngPixels', {
                  width: (size.width * size.scale).toLocaleString(),
                  height: (size.height * size.scale).toLocaleString(),
                })
              : t('chartExport.svgScale')}
          </p>

          <label htmlFor="export-theme">{t('chartExport.theme')}</label>
          <select
            id="export-theme"
            value={choice.theme}
            onChange={(e) => update({ theme: e.target.value as ThemeName })}
            data-testid="export-theme"
          >
            {EXPORT_THEMES.map((th) => (
              <option key={th} value={th}>
                {t(`chartExport.themes.${th}`)}
              </option>
            ))}
          </select>

          <label htmlFor="export-background">{t('chartExport.background')}</label>
          <select
            id="export-background"
            value={choice.transparent ? 'transparent' : 'solid'}
            onChange={(e) => update({ transparent: e.target.value === 'transparent' })}
            data-testid="export-background"
          >
            <option value="solid">{t('chartExport.solid')}</option>
            <option value="transparent">{t('chartExport.transparent')}</option>
          </select>

          <label htmlFor="export-name">{t('chartExport.fileName')}</label>
          <div className="row export-name">
            <input
              id="export-name"
              type="text"
              value={name}
              onChange={(e) => setName(e.target.value)}
              spellCheck={false}
              data-testid="export-name"
            />
            <span className="muted">.{choice.format}</span>
          </div>
        </form>

        {(size.sizeClamped || size.scaleClamped) && (
          <div className="export-clamped" role="alert" data-testid="export-clamped">
            {size.sizeClamped && (
              <p>
                {t('chartExport.sizeClamped', {
                  min: MIN_SIDE,
                  max: MAX_SIDE.toLocaleString(),
                  width: size.width.toLocaleString(),
                  height: size.height.toLocaleString(),
                })}
              </p>
            )}
            {size.scaleClamped && (
              <p>
                {t('chartExport.scaleClamped', {
                  scale: size.scale,
                  side: MAX_PNG_SIDE.toLocaleString(),
                  megapixels: MAX_PNG_PIXELS / 1e6,
                })}
              </p>
            )}
          </div>
        )}
        {error && <ErrorBanner action="export" error={error} onDismiss={() => setError(null)} />}

        <div className="row" style={{ justifyContent: 'flex-end', marginTop: 12 }}>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => void save()} disabled={busy} aria-busy={busy} data-testid="export-save">
            {busy ? t('chartExport.working') : t('chartExport.save')}
          </button>
        </div>
      </div>
    </div>
  );
}
