/**
 * Statistics while a file loads: the running count, missing, mean, min/max and a provisional
 * histogram per number column that the engine sends with each progress tick (ProgressEvent.partial,
 * src/worker/liveStats.ts). Marked provisional: when the load is done the app switches to the
 * Statistics view, whose exact description (quantiles, the file's own bins) replaces it.
 * Wide files: the table scrolls under a sticky header; columns the engine did not summarise are counted.
 */
import { useTranslation } from 'react-i18next';
import type { PartialColumnStats, PartialStats } from '../../../src/protocol/protocol';
import { num } from '../stats/cardRows';

const HIST_WIDTH = 96;
const HIST_HEIGHT = 22;
const NUMBER_HEADINGS = ['stats.count', 'stats.missing', 'stats.mean', 'stats.min', 'stats.max'] as const;

function MiniHistogram({ column }: { column: PartialColumnStats }) {
  const { t } = useTranslation();
  const histogram = column.histogram;
  if (histogram === null) return null;
  const { counts, outside } = histogram;
  const tallest = Math.max(1, ...counts);
  const step = HIST_WIDTH / counts.length;
  const label = [t('liveStats.histogramOf', { name: column.name }), outside > 0 ? t('liveStats.outside', { count: outside }) : '']
    .filter(Boolean)
    .join('. ');
  return (
    <svg width={HIST_WIDTH} height={HIST_HEIGHT} role="img" aria-label={label} style={{ display: 'block' }}>
      <title>{label}</title>
      {counts.map((count, i) => {
        // At least a hairline for a bin that holds anything, so a rare value still shows.
        const height = count === 0 ? 0 : Math.max(1, (count / tallest) * HIST_HEIGHT);
        return <rect key={i} x={i * step} y={HIST_HEIGHT - height} width={Math.max(1, step - 1)} height={height} fill="var(--accent)" />;
      })}
    </svg>
  );
}

export function LiveStatsPanel({ partial }: { partial: PartialStats }) {
  const { t } = useTranslation();
  const notShown = partial.numberColumns - partial.columns.length;
  return (
    <section
      className="panel"
      aria-labelledby="live-stats-title"
      data-testid="live-stats"
      style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
    >
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="live-stats-title" style={{ margin: 0 }}>
          {t('liveStats.title')}
        </h2>
        <em className="muted" data-testid="live-stats-provisional">
          {t('liveStats.provisional')}
        </em>
      </div>
      <span data-testid="live-stats-rows">{t('liveStats.rows', { rows: partial.rows.toLocaleString() })}</span>
      {partial.columns.length > 0 && (
        <div className="preview-wrap" style={{ maxHeight: '40vh' }}>
          <table className="preview" style={{ width: '100%' }}>
            <thead>
              <tr>
                <th scope="col">{t('liveStats.column')}</th>
                {NUMBER_HEADINGS.map((key) => (
                  <th key={key} scope="col" style={{ textAlign: 'right' }}>
                    {t(key)}
                  </th>
                ))}
                <th scope="col">{t('liveStats.histogram')}</th>
              </tr>
            </thead>
            <tbody>
              {partial.columns.map((column) => (
                <tr key={column.column} data-testid="live-stats-row">
                  <th
                    scope="row"
                    title={column.name}
                    style={{
                      position: 'static',
                      background: 'none',
                      verticalAlign: 'middle',
                      fontWeight: 600,
                      maxWidth: 220,
                      overflow: 'hidden',
                      textOverflow: 'ellipsis',
                    }}
                  >
                    {column.name}
                  </th>
                  <td className="num">{column.count.toLocaleString()}</td>
                  <td className="num">{column.missing.toLocaleString()}</td>
                  <td className="num">{num(column.mean)}</td>
                  <td className="num">{num(column.min)}</td>
                  <td className="num">{num(column.max)}</td>
                  <td>
                    <MiniHistogram column={column} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {notShown > 0 && <span className="muted">{t('liveStats.more', { count: notShown })}</span>}
    </section>
  );
}
