/** Progress of a full load: bar, rows, rows/s, time left, and Cancel. */
import { useTranslation } from 'react-i18next';
import type { LoadingState } from '../../app/store';

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

/** rows/s and seconds left, estimated from bytes read so far (file size known). */
export function rates(progress: NonNullable<LoadingState['progress']>): {
  rate: number;
  secondsLeft: number | null;
  fraction: number | null;
} {
  const seconds = Math.max(progress.elapsedMs / 1000, 1e-3);
  const rate = progress.rows / seconds;
  if (!progress.totalBytes || progress.bytesRead === 0) return { rate, secondsLeft: null, fraction: null };
  const fraction = Math.min(1, progress.bytesRead / progress.totalBytes);
  return { rate, secondsLeft: (seconds * (1 - fraction)) / fraction, fraction };
}

export function LoadProgress({ loading, onCancel }: { loading: LoadingState; onCancel: () => void }) {
  const { t } = useTranslation();
  const p = loading.progress;
  const r = p ? rates(p) : null;
  return (
    <div className="panel" role="status" aria-live="polite" data-testid="load-progress">
      <h2>{t('import.loadingTitle', { name: loading.fileName })}</h2>
      <div
        className="progress"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={r?.fraction != null ? Math.round(r.fraction * 100) : undefined}
      >
        <div style={{ width: `${((r?.fraction ?? 0) * 100).toFixed(1)}%` }} />
      </div>
      <div className="row" style={{ marginTop: 8, justifyContent: 'space-between' }}>
        <span className="muted" data-testid="progress-text">
          {p && r
            ? r.secondsLeft !== null
              ? t('import.progress', {
                  rows: p.rows.toLocaleString(),
                  rate: Math.round(r.rate).toLocaleString(),
                  left: formatDuration(r.secondsLeft),
                })
              : t('import.progressNoEta', { rows: p.rows.toLocaleString(), rate: Math.round(r.rate).toLocaleString() })
            : t('common.loading')}
        </span>
        <button onClick={onCancel} disabled={loading.cancelling} data-testid="cancel-load">
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
