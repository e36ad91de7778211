/** One column's statistics: the engine's numbers, its histogram with the normal curve, its top values or its time gaps. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnDescription } from '../../../src/protocol/protocol';
import { EChart } from '../../components/EChart';
import { cardRows, date, duration, num } from './cardRows';
import { columnCardHistogram } from '../../engine/statsCharts';

function GapList({ column }: { column: ColumnDescription }) {
  const { t } = useTranslation();
  const gaps = column.datetime?.gaps ?? [];
  if (gaps.length === 0) return null;
  return (
    <div className="gap-list" data-testid="gap-list">
      <span className="muted">{t('stats.longestGaps', { factor: column.datetime?.gapFactor ?? 5 })}</span>
      <ol>
        {gaps.map((gap) => (
          <li key={gap.start}>
            <span>
              {date(gap.start)} → {date(gap.end)}
            </span>
            <span>{duration(t, gap.length)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

export function ColumnCard({
  column,
  theme,
  filtered = false,
}: {
  column: ColumnDescription;
  theme: 'light' | 'dark';
  filtered?: boolean;
}) {
  const { t } = useTranslation();
  const option = useMemo(() => columnCardHistogram(column, theme), [column, theme]);
  const pairs = cardRows(t, column, filtered);
  const topMax = Math.max(1, ...(column.top ?? []).map((c) => c.count));
  return (
    <article className="panel stat-card" aria-label={column.name} data-testid="stat-card">
      <h3 title={column.name}>
        {column.name}{' '}
        <span className="muted" style={{ fontWeight: 400 }}>
          · {t(`types.${column.type}`)}
        </span>
      </h3>
      <dl>
        {pairs.map(([k, v]) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {option && <EChart option={option} theme={theme} className="chart-box" label={`${column.name} histogram`} />}
      <GapList column={column} />
      {column.top && (
        <ul className="top-list">
          {column.top.slice(0, 6).map((c) => (
            <li key={String(c.value)}>
              <span className="bar" style={{ width: `${(c.count / topMax) * 100}%` }} />
              <span title={String(c.value)}>{String(c.value)}</span>
              <span>{num(c.count)}</span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
