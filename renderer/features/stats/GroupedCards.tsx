/** Statistics split by a group column: one card per column, a row of numbers per group. */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ColumnDescription, GroupedDescription } from '../../../src/protocol/protocol';
import { date, duration, num } from './cardRows';

type Cells = (c: ColumnDescription) => string[];

function layout(t: TFunction, type: ColumnDescription['type']): { headers: string[]; cells: Cells } {
  if (type === 'number') {
    return {
      headers: [
        t('stats.count'),
        t('stats.mean'),
        t('stats.std'),
        t('stats.min'),
        t('stats.median'),
        t('stats.max'),
        t('stats.missingOrInvalid'),
      ],
      cells: (c) => [num(c.count), num(c.mean), num(c.std), num(c.min), num(c.quantiles?.['0.5']), num(c.max), num(c.missing)],
    };
  }
  if (type === 'datetime') {
    return {
      headers: [t('stats.count'), t('stats.min'), t('stats.max'), t('stats.medianInterval'), t('stats.gaps')],
      cells: (c) => [num(c.count), date(c.min), date(c.max), duration(t, c.datetime?.medianInterval), num(c.datetime?.gapCount)],
    };
  }
  return {
    headers: [t('stats.count'), t('stats.distinct'), t('stats.top'), t('stats.missingOrInvalid')],
    cells: (c) => [num(c.count), num(c.distinct), String(c.mode ?? '–'), num(c.missing)],
  };
}

export function GroupedCards({ grouped }: { grouped: GroupedDescription }) {
  const { t } = useTranslation();
  const columns = grouped.groups[0]?.columns ?? [];
  return (
    <>
      {grouped.otherGroups > 0 && (
        <p className="muted">
          {t('stats.otherGroups', { groups: grouped.otherGroups.toLocaleString(), rows: grouped.otherRows.toLocaleString() })}
        </p>
      )}
      {grouped.missingRows > 0 && (
        <p className="muted">{t('stats.noGroup', { rows: grouped.missingRows.toLocaleString(), name: grouped.column })}</p>
      )}
      <div className="group-cards">
        {columns.map((column, index) => {
          if (column.name === grouped.column) return null;
          const { headers, cells } = layout(t, column.type);
          return (
            <article key={column.name} className="panel stat-card" aria-label={column.name} data-testid="group-card">
              <h3 title={column.name}>
                {column.name}{' '}
                <span className="muted" style={{ fontWeight: 400 }}>
                  · {t(`types.${column.type}`)}
                </span>
              </h3>
              <div className="table-scroll">
                <table className="group-table">
                  <thead>
                    <tr>
                      <th scope="col">{grouped.column}</th>
                      <th scope="col">{t('stats.rows')}</th>
                      {headers.map((h) => (
                        <th key={h} scope="col">
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {grouped.groups.map((group) => (
                      <tr key={group.label}>
                        <th scope="row">{group.label}</th>
                        <td>{num(group.rows)}</td>
                        {cells(group.columns[index]!).map((v, i) => (
                          <td key={i}>{v}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </article>
          );
        })}
      </div>
    </>
  );
}
