/** Grid column header: name, type and a mini histogram; click sorts (shift-click adds a sort). */
import { useEffect, useState } from 'react';
import type { IHeaderParams } from 'ag-grid-community';
import { useTranslation } from 'react-i18next';
import type { MiniHistogram } from '../../../src/protocol/protocol';
import type { ColumnType } from '../../../src/table/types';

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
        <rect key={i} x={i * bar + 0.5} y={height - (c / max) * height} width={Math.max(bar - 1, 1)} height={(c / max) * height} fill="var(--accent)" opacity={0.55} />
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
  const arrow = sort === 'asc' ? ' ▲' : sort === 'desc' ? ' ▼' : '';
  return (
    <div className="col-header" onClick={(e) => props.enableSorting && props.progressSort(e.shiftKey)} title={props.displayName}>
      <span className="name">{props.displayName}{arrow}</span>
      <span className="type">{t(`types.${props.type}`)}</span>
      {props.histogram && <Sparkbars histogram={props.histogram} />}
    </div>
  );
}
