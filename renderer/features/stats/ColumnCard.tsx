/** One column's statistics: the engine's numbers, its histogram with the normal curve, or its top values. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnDescription } from '../../../src/stats/describe';
import { EChart } from '../../components/EChart';
import { histogramOption } from './statsCharts';

const fmt = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 5 });
const num = (v: number | null | undefined) => (v === null || v === undefined ? '–' : fmt.format(v));
const date = (v: number | null | undefined) => (v === null || v === undefined ? '–' : new Date(v).toISOString().slice(0, 19).replace('T', ' '));

export function ColumnCard({ column, theme }: { column: ColumnDescription; theme: 'light' | 'dark' }) {
  const { t } = useTranslation();
  const option = useMemo(() => histogramOption(column, theme === 'dark' ? '#5b93f5' : '#2f6fde'), [column, theme]);
  const q = column.quantiles;
  const pairs: [string, string][] =
    column.type === 'number'
      ? [
          [t('stats.count'), num(column.count)], [t('stats.missing'), num(column.missing)],
          [t('stats.mean'), num(column.mean)], [t('stats.std'), num(column.std)],
          [t('stats.min'), num(column.min)], [t('stats.max'), num(column.max)],
          [t('stats.q1'), num(q?.['0.25'])], [t('stats.median'), num(q?.['0.5'])],
          [t('stats.q3'), num(q?.['0.75'])], [t('stats.skewness'), num(column.skewness)],
        ]
      : column.type === 'datetime'
        ? [[t('stats.count'), num(column.count)], [t('stats.missing'), num(column.missing)], [t('stats.min'), date(column.min)], [t('stats.max'), date(column.max)]]
        : [[t('stats.count'), num(column.count)], [t('stats.missing'), num(column.missing)], [t('stats.distinct'), num(column.distinct)], [t('stats.top'), String(column.mode ?? '–')]];
  const topMax = Math.max(1, ...(column.top ?? []).map((c) => c.count));
  return (
    <article className="panel stat-card" aria-label={column.name} data-testid="stat-card">
      <h3 title={column.name}>{column.name} <span className="muted" style={{ fontWeight: 400 }}>· {t(`types.${column.type}`)}</span></h3>
      <dl>
        {pairs.map(([k, v]) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {option && <EChart option={option} theme={theme} className="chart-box" label={`${column.name} histogram`} />}
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
