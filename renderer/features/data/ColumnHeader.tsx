/** Grid column header: name, type and a mini histogram; click sorts (shift-click adds a sort). */
import { useEffect, useRef, useState } from 'react';
import type { IHeaderParams } from 'ag-grid-community';
import { useTranslation } from 'react-i18next';
import type { ColumnType, MiniHistogram } from '../../../src/protocol/protocol';

export interface HeaderExtras {
  readonly type: ColumnType;
  readonly histogram?: MiniHistogram;
}

function Sparkbars({ histogram }: { histogram: MiniHistogram }) {
  const counts = histogram.counts;
  const max = Math.max(1, ...counts);
  const width = 96;
  const height = 18;
  const bar = width / Math.max(counts.length, 1);
  return (
    <svg width={width} height={height} aria-hidden="true">
      {counts.map((c, i) => (
        <rect
          key={i}
          x={i * bar + 0.5}
          y={height - (c / max) * height}
          width={Math.max(bar - 1, 1)}
          height={(c / max) * height}
          fill="var(--accent)"
          opacity={0.55}
        />
      ))}
    </svg>
  );
}

export function ColumnHeader(props: IHeaderParams & HeaderExtras) {
  const { t } = useTranslation();
  const [sort, setSort] = useState(props.column.getSort());
  useEffect(() => {
    const update = () => setSort(props.column.getSort());
    props.column.addEventListener('sortChanged', update);
    return () => props.column.removeEventListener('sortChanged', update);
  }, [props.column]);
  const [filtered, setFiltered] = useState(props.column.isFilterActive());
  useEffect(() => {
    const update = () => setFiltered(props.column.isFilterActive());
    props.column.addEventListener('filterChanged', update);
    return () => props.column.removeEventListener('filterChanged', update);
  }, [props.column]);
  const filterButton = useRef<HTMLButtonElement>(null);
  const arrow = sort === 'asc' ? ' ▲' : sort === 'desc' ? ' ▼' : '';
  return (
    <div className="col-header" onClick={(e) => props.enableSorting && props.progressSort(e.shiftKey)} title={props.displayName}>
      <span className="name-row">
        <span className="name">
          {props.displayName}
          {arrow}
        </span>
        {props.enableFilterButton && (
          <button
            ref={filterButton}
            className={`filter-button${filtered ? ' active' : ''}`}
            aria-label={t('data.filter', { name: props.displayName })}
            data-testid="column-filter"
            onClick={(e) => {
              e.stopPropagation();
              if (filterButton.current) props.showFilter(filterButton.current);
            }}
          >
            <svg width="11" height="11" viewBox="0 0 16 16" aria-hidden="true">
              <path d="M1 2h14l-5.5 6.5V14l-3 -1.5V8.5z" fill="currentColor" />
            </svg>
          </button>
        )}
      </span>
      <span className="type">{t(`types.${props.type}`)}</span>
      {props.histogram && <Sparkbars histogram={props.histogram} />}
    </div>
  );
}
